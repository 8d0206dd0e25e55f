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
import {settled} from './serialise.js';

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
  try {
    return await settled(container, {
      label: `${file}/${name} (${lang})`,
      loading: Boolean(story.tags?.includes('loading')),
    });
  } finally {
    render(null, container);
    container.remove();
  }
};
