// The in-page side of bench/bench.mjs: renders a case with the widget ("ours") or with the vanilla
// renderer ("floor"), times it, and checks that both show the same number of commitments.
// bench.mjs drives it through window.harness.
import * as vanilla from './vanilla.js';

const params = new URLSearchParams(location.search);
const BUNDLE = params.get('bundle') ?? '/dist/ogp-widgets.js';
// The CDN bundle does not export the validator; bench.mjs builds it with the CDN files' settings
// and passes it here (?validator=URL), so the data figures time the code as shipped.
const VALIDATOR = params.get('validator');
const TODAY = '2026-10-15';
const stage = document.getElementById('stage');
const collect = () => globalThis.gc?.();

/** What each render case mounts: the element and attributes, the plan, and the vanilla rendering. */
const CASES = {
  'list-12': {
    tag: 'ogp-commitment-list',
    plan: 'taiwan',
    attrs: {'page-size': '0'},
    floor: (p) => vanilla.list(p, {today: TODAY, pageSize: 0}),
  },
  'list-100': {
    tag: 'ogp-commitment-list',
    plan: 'gen-100',
    attrs: {'page-size': '0'},
    floor: (p) => vanilla.list(p, {today: TODAY, pageSize: 0}),
  },
  'list-1000': {
    tag: 'ogp-commitment-list',
    plan: 'gen-1000',
    attrs: {'page-size': '0'},
    floor: (p) => vanilla.list(p, {today: TODAY, pageSize: 0}),
  },
  dashboard: {
    tag: 'ogp-action-plan',
    plan: 'illustrative',
    attrs: {},
    floor: null,
  },
  tracker: {
    tag: 'ogp-progress-tracker',
    plan: 'illustrative',
    attrs: {},
    floor: (p) => vanilla.tracker(p, {today: TODAY}),
  },
};

const plans = {};
const texts = {};
let lib;
let validatePlan;

/** `validatePlan` from the bundle under test, else from the validator built as the CDN files ship it. */
async function findValidator() {
  if (typeof lib.validatePlan === 'function') return lib.validatePlan;
  if (!VALIDATOR) throw new Error('the bundle exports no validatePlan and no ?validator= module was given');
  const {validatePlan} = await import(VALIDATOR);
  return validatePlan;
}

async function loadPlan(name) {
  if (!texts[name]) {
    texts[name] = await (await fetch(`/__bench/plans/${name}.json`)).text();
    plans[name] = JSON.parse(texts[name]);
  }
  return plans[name];
}

/** Every element in a tree, shadow roots included. */
function countElements(root) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

const OGP_TAGS = Object.values(CASES)
  .map((c) => c.tag)
  .concat('ogp-commitment-card', 'ogp-policy-area-grid')
  .join(', ');

/**
 * The ogp- elements inside a widget's shadow tree (the dashboard's children). A native query by
 * tag name, recursing only into those widgets' shadow roots: this runs inside the timed window,
 * so it must cost next to nothing even with 20,000 elements in the tree.
 */
function nested(root, out = []) {
  for (const el of root?.querySelectorAll(OGP_TAGS) ?? []) {
    out.push(el);
    nested(el.shadowRoot, out);
  }
  return out;
}

/**
 * True once a widget shows its loaded plan: the plan validated, no update pending, and its root
 * holding the view's content, not the loading skeleton (`[part="skeleton"]`, `aria-busy`) that
 * stands in while the view's code is on its way. Only the root's children are looked at (the
 * skeleton sits there), so the check does not walk the whole rendered tree.
 */
const drawn = (e) => {
  if (!e.loadedPlan || e.isUpdatePending) return false;
  const root = e.shadowRoot?.querySelector('.root');
  if (!root || !root.firstElementChild) return false;
  for (const child of root.children) if (child.matches('[part="skeleton"], [aria-busy="true"]')) return false;
  return true;
};

/**
 * Resolves when the widget and every widget inside it have rendered their loaded plan.
 * `updateComplete` also waits for code that loads on first use (the element's view chunk, the
 * validator), so after the warm-up this settles in microtasks, without yielding to the event loop
 * (which could let the browser lay out and paint in between); a timer round is only a fallback.
 * Returns the number of extra passes needed (0: all drawn when `updateComplete` resolved).
 */
async function settle(el) {
  for (let round = 0; round < 200; round++) {
    await el.updateComplete;
    // Only the dashboard holds other widgets; the lists are not searched (20,000 elements).
    const composite = el.localName === 'ogp-action-plan';
    const inner = composite ? nested(el.shadowRoot) : [];
    for (const e of inner) await e.updateComplete;
    if (drawn(el) && inner.every(drawn) && (!composite || nested(el.shadowRoot).length === inner.length)) return round;
    if (round > 3) await new Promise((resolve) => setTimeout(resolve, round > 20 ? 10 : 0));
  }
  throw new Error(`<${el.localName}> did not settle: ${el.shadowRoot?.innerHTML.slice(0, 200)}`);
}

/** The widget's stylesheets, read each time: a lazily loaded view adds its own to `elementStyles`. */
function sheetsOf(tag) {
  return customElements.get(tag).elementStyles.map((s) => s.styleSheet ?? s);
}

function floorRender(name, plan) {
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  if (name === 'dashboard') {
    root.adoptedStyleSheets = sheetsOf('ogp-action-plan');
    root.innerHTML = vanilla.dashboardHeader(plan);
    const parts = [
      ['.slot-tracker', 'ogp-progress-tracker', vanilla.tracker(plan, {today: TODAY, level: 3, selectable: true, notice: false})],
      ['.slot-grid', 'ogp-policy-area-grid', vanilla.grid(plan, {level: 3})],
      [
        '.slot-list',
        'ogp-commitment-list',
        vanilla.list(plan, {
          today: TODAY,
          pageSize: 20,
          level: 3,
          selectable: true,
          // The dashboard names its list after the plan and says the plan's stage once, itself.
          label: vanilla.plainText(plan.title),
          notice: false,
        }),
      ],
    ];
    for (const [slot, tag, markup] of parts) {
      const inner = root.querySelector(slot).attachShadow({mode: 'open'});
      inner.adoptedStyleSheets = sheetsOf(tag);
      inner.innerHTML = markup;
      vanilla.applyShares(inner);
    }
  } else {
    root.adoptedStyleSheets = sheetsOf(CASES[name].tag);
    root.innerHTML = CASES[name].floor(plan);
    vanilla.applyShares(root);
  }
  stage.append(host);
  return host;
}

function oursRender(name, plan) {
  const {tag, attrs} = CASES[name];
  const el = document.createElement(tag);
  el.setAttribute('today', TODAY);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  el.plan = plan;
  stage.append(el);
  return el;
}

/** Text and comment nodes in a tree, shadow roots included (Lit's part markers are comments). */
function countNodes(root, n = {text: 0, comments: 0}) {
  const walker = document.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) n.text++;
    else if (node.nodeType === Node.COMMENT_NODE) n.comments++;
    else if (node.shadowRoot) countNodes(node.shadowRoot, n);
  }
  return n;
}

/** Commitments shown (cards / rows) anywhere in the tree. */
const shownCommitments = (root) => {
  let n = root.querySelectorAll('[data-commitment]').length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += shownCommitments(el.shadowRoot);
  return n;
};

window.harness = {
  cases: Object.keys(CASES),
  ready: (async () => {
    lib = await import(BUNDLE);
    validatePlan = await findValidator();
    await Promise.all(Object.values(CASES).map((c) => customElements.whenDefined(c.tag)));
    for (const c of Object.values(CASES)) await loadPlan(c.plan);
    // Each element once, so code it loads lazily (views, styles) is in before anything is timed.
    for (const tag of new Set(Object.values(CASES).map((c) => c.tag))) {
      try {
        const el = document.createElement(tag);
        el.plan = structuredClone(plans.illustrative);
        stage.append(el);
        await settle(el);
        if (!shownCommitments(el.shadowRoot) && tag !== 'ogp-progress-tracker')
          throw new Error('no commitment rendered');
      } catch (error) {
        console.warn(`warm-up of <${tag}> failed: ${error.message}`); // its cases fail on their own
      }
      stage.replaceChildren();
    }
    return true;
  })(),
  /**
   * One timed render. `which` is `ours` or `floor`. The plan is a fresh copy made before the clock
   * starts (the widgets cache validation per object, so a reused object would skip it). Returns
   * the time to the rendered state (DOM built, `updateComplete` resolved for the widget and the
   * widgets inside it) and with style and layout forced too.
   */
  async render(name, which, {keep = false} = {}) {
    const plan = structuredClone(await loadPlan(CASES[name].plan));
    stage.replaceChildren();
    collect();
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    let el;
    let rounds = 0;
    if (which === 'ours') {
      el = oursRender(name, plan);
      rounds = await settle(el);
    } else {
      el = floorRender(name, plan);
    }
    const rendered = performance.now();
    void document.body.offsetHeight;
    const laidOut = performance.now();
    const shown = shownCommitments(el.shadowRoot);
    const elements = countElements(el.shadowRoot);
    const nodes = countNodes(el.shadowRoot);
    const text = el.shadowRoot.textContent.length;
    if (!keep) stage.replaceChildren();
    return {
      ms: rendered - start,
      layoutMs: laidOut - start,
      shown,
      elements,
      text,
      nodes,
      rounds,
    };
  },
  /** Makes the copy of a case's plan that `mountPrepared` renders (before the heap baseline). */
  async prepare(name) {
    window.__plan = structuredClone(await loadPlan(CASES[name].plan));
    stage.replaceChildren();
    collect();
  },
  /** Renders the prepared plan and leaves it on the page (for the memory measure). */
  async mountPrepared(name, which) {
    const el = which === 'ours' ? oursRender(name, window.__plan) : floorRender(name, window.__plan);
    if (which === 'ours') await settle(el);
    void document.body.offsetHeight;
    return {shown: shownCommitments(el.shadowRoot)};
  },
  /**
   * For profiles: only what `render` and `data` time, the preparation (copying or parsing the
   * plan, clearing the stage, a garbage collection) done by `prepare` / `parse` beforehand.
   */
  async renderPrepared(name) {
    const el = oursRender(name, window.__plan);
    await settle(el);
    window.__plan = undefined;
  },
  async parse(name) {
    await loadPlan(name);
    window.__parsed = JSON.parse(texts[name]);
    collect();
  },
  validateParsed() {
    validatePlan(window.__parsed);
    window.__parsed = undefined;
  },
  /** Validation of a document (`ours`, on a freshly parsed object) against `JSON.parse` of its text (`floor`). */
  async data(name, which) {
    await loadPlan(name);
    const text = texts[name];
    const parsed = which === 'ours' ? JSON.parse(text) : undefined;
    collect();
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    let count;
    if (which === 'ours') {
      const result = validatePlan(parsed);
      if (result.problems.length)
        throw new Error(`${name}: ${result.problems.length} problems, e.g. ${result.problems[0].message}`);
      count = result.plan.commitments.length;
    } else {
      count = JSON.parse(text).commitments.length;
    }
    return {ms: performance.now() - start, count, bytes: text.length};
  },
};
