// Loaded, beside one build of the elements, by the pages of test/node/bundle-vs-source.test.mjs:
// renders a Storybook story as Storybook does (its args on the element, the stories' fetch stub
// for the `mock/…` URLs) and serialises what the page shows. It defines no element itself.
import {render} from 'lit';
import {installMockFetch} from '../../../stories/support/mock-fetch.ts';
import * as card from '../../../stories/commitment-card.stories.ts';
import * as grid from '../../../stories/policy-area-grid.stories.ts';
import * as tracker from '../../../stories/progress-tracker.stories.ts';
import * as list from '../../../stories/commitment-list.stories.ts';
import * as dashboard from '../../../stories/action-plan.stories.ts';
import * as theming from '../../../stories/theming.stories.ts';
import * as forcedColors from '../../../stories/forced-colors.stories.ts';

const FILES = {card, grid, tracker, list, dashboard, theming, forcedColors};

installMockFetch();

/** Every story: [file, story name, whether it stays loading]. */
window.storyList = () =>
  Object.entries(FILES).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([name]) => name !== 'default')
      .map(([name, story]) => [file, name, Boolean(story.tags?.includes('loading'))]),
  );

/**
 * The tree under `root` as indented lines: elements with their attributes (sorted), text with
 * whitespace runs collapsed (whitespace-only text and comments left out), and each shadow root
 * with the rules of its adopted stylesheets as the browser serialises them.
 */
function serialise(root, indent = '') {
  const lines = [];
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, ' ');
      if (text.trim()) lines.push(`${indent}${JSON.stringify(text)}`);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      lines.push(`${indent}<${[node.localName, ...attributes].join(' ')}>`);
      if (node.shadowRoot) lines.push(...serialiseShadow(node.shadowRoot, `${indent}    `));
      lines.push(...serialise(node, `${indent}  `));
    }
  }
  return lines;
}

function serialiseShadow(shadowRoot, indent) {
  const rules = shadowRoot.adoptedStyleSheets.flatMap((sheet, i) =>
    [...sheet.cssRules].map((rule) => `${indent}  sheet ${i}: ${rule.cssText.replace(/\s+/g, ' ')}`),
  );
  return [`${indent}#shadow-root`, ...rules, ...serialise(shadowRoot, `${indent}  `)];
}

/** Whether any widget under `root`, shadow roots included, still says it is busy. */
function busy(root) {
  if (root.querySelector('[aria-busy="true"]')) return true;
  return [...root.querySelectorAll('*')].some((element) => element.shadowRoot && busy(element.shadowRoot));
}

/**
 * Renders one story in language `lang` and resolves to its serialisation once it has settled: no
 * widget busy (unless the story stays loading) and nothing changed for 150 ms.
 */
window.renderStory = async (file, name, lang, today) => {
  const module = FILES[file];
  const meta = module.default;
  const story = module[name];
  const args = {...meta.args, ...story.args};
  if (meta.component) args.lang = lang;
  if ('today' in args) args.today = today;
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  render((story.render ?? meta.render)(args, {args, globals: {locale: lang}}), container);
  const widgets = () => [...container.querySelectorAll('*')].filter((element) => element.localName.startsWith('ogp-'));
  const loading = Boolean(story.tags?.includes('loading'));
  let last = '';
  let since = performance.now();
  const deadline = performance.now() + 10_000;
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = serialise(container).join('\n');
      if (now !== last) [last, since] = [now, performance.now()];
      const rendered = widgets().length && widgets().every((widget) => widget.shadowRoot?.childElementCount);
      if (rendered && (loading || !busy(container)) && performance.now() - since >= 150) return last;
      if (performance.now() > deadline) throw new Error(`${file}/${name} (${lang}) did not settle:\n${now}`);
    }
  } finally {
    render(null, container);
    container.remove();
  }
};
