// Runs in the browser, beside one build of the elements: what a widget shows, as indented lines
// that two builds (or two versions) can compare. Used by story-harness.js (dist vs sources) and by
// render-harness.js (today's rendering vs the rendering before progress reports).

/**
 * The tree under `root` as indented lines: elements with their attributes (sorted), text with
 * whitespace runs collapsed (whitespace-only text and comments left out), and each shadow root,
 * with the rules of its adopted stylesheets unless `styles` is false. Elements matching `skip`
 * (a selector) are left out with everything inside them.
 */
export function serialise(root, {styles = true, skip} = {}, indent = '') {
  const lines = [];
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, ' ');
      if (text.trim()) lines.push(`${indent}${JSON.stringify(text)}`);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (skip && node.matches(skip)) continue;
      const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      lines.push(`${indent}<${[node.localName, ...attributes].join(' ')}>`);
      if (node.shadowRoot) lines.push(...serialiseShadow(node.shadowRoot, {styles, skip}, `${indent}    `));
      lines.push(...serialise(node, {styles, skip}, `${indent}  `));
    }
  }
  return lines;
}

function serialiseShadow(shadowRoot, options, indent) {
  const rules = options.styles
    ? shadowRoot.adoptedStyleSheets.flatMap((sheet, i) =>
        [...sheet.cssRules].map((rule) => `${indent}  sheet ${i}: ${rule.cssText.replace(/\s+/g, ' ')}`),
      )
    : [];
  return [`${indent}#shadow-root`, ...rules, ...serialise(shadowRoot, options, `${indent}  `)];
}

/** Whether any widget under `root`, shadow roots included, still says it is busy. */
export function busy(root) {
  if (root.querySelector('[aria-busy="true"]')) return true;
  return [...root.querySelectorAll('*')].some((element) => element.shadowRoot && busy(element.shadowRoot));
}

/**
 * Resolves to the serialisation of `container` (see `serialise`) once it has settled: every
 * widget in it rendered, none busy (unless `loading`: a story that stays loading), and nothing
 * changed for 150 ms. Rejects after 10 s, naming `label`.
 */
export async function settled(container, {label, loading = false, ...options}) {
  const widgets = () => [...container.querySelectorAll('*')].filter((element) => element.localName.startsWith('ogp-'));
  let last = '';
  let since = performance.now();
  const deadline = performance.now() + 10_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = serialise(container, options).join('\n');
    if (now !== last) [last, since] = [now, performance.now()];
    const rendered = widgets().length && widgets().every((widget) => widget.shadowRoot?.childElementCount);
    if (rendered && (loading || !busy(container)) && performance.now() - since >= 150) return last;
    if (performance.now() > deadline) throw new Error(`${label} did not settle:\n${now}`);
  }
}
