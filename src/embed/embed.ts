/**
 * The iframe embed, for CMSes that strip <script> from pages:
 *   dist/embed.html?widget=commitment-card&src=plan.json&commitment=4&lang=zh-TW&theme=dark
 * renders one widget alone, full width, and posts its height to the parent page
 * (`{type: "ogp-widgets:height", height}`), which a few lines of script there can apply; the
 * parent can ask for it again with `{type: "ogp-widgets:get-height"}`.
 * Only http(s) and relative `src` values are accepted. `primary`, `on-primary`, `radius` and `font`
 * set the matching `--ogp-*` theme tokens.
 */
import {isSafeUrl} from '../data/validate.js';
// The CDN bundle sits next to this file in dist/; it is not bundled into the embed script.
import './ogp-widgets.js';

/** `widget=` values and the tags they make. Short names are what people type. */
const WIDGETS: Record<string, string> = {
  'commitment-card': 'ogp-commitment-card',
  card: 'ogp-commitment-card',
  'policy-area-grid': 'ogp-policy-area-grid',
  grid: 'ogp-policy-area-grid',
  'progress-tracker': 'ogp-progress-tracker',
  tracker: 'ogp-progress-tracker',
  'commitment-list': 'ogp-commitment-list',
  list: 'ogp-commitment-list',
  'action-plan': 'ogp-action-plan',
  dashboard: 'ogp-action-plan',
};
/** Query parameters passed on to the element as attributes, when present. */
const PASSED = ['commitment', 'theme', 'heading-level', 'today', 'layout', 'compact', 'selectable', 'format', 'timeout'];
/** Query parameters that set theme tokens: [parameter, custom property, CSS property that checks the value]. */
const THEMED = [
  ['primary', '--ogp-color-primary', 'color'],
  ['on-primary', '--ogp-color-on-primary', 'color'],
  ['radius', '--ogp-radius', 'border-radius'],
  ['font', '--ogp-font-family', 'font-family'],
] as const;

const params = new URLSearchParams(location.search);
const main = document.querySelector('main')!;
const lang = params.get('lang') ?? 'en';
document.documentElement.lang = lang;

function fail(message: string): void {
  const box = document.createElement('p');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  main.replaceChildren(box);
  console.warn(`ogp-widgets embed: ${message}`);
}

const chinese = /^zh/i.test(lang);
const tag = WIDGETS[params.get('widget') ?? 'action-plan'];
const src = params.get('src');
if (!tag) {
  const names = Object.keys(WIDGETS).join(', ');
  fail(chinese ? `無法辨識的元件「${params.get('widget')}」。可用：${names}。` : `Unknown widget "${params.get('widget')}". Use one of: ${names}.`);
} else if (src !== null && !isSafeUrl(src)) {
  fail(chinese ? 'src 參數必須是 http(s) 或相對網址。' : 'The src parameter must be an http(s) or relative URL.');
} else {
  const widget = document.createElement(tag);
  if (src) widget.setAttribute('src', src);
  for (const name of PASSED) {
    const value = params.get(name);
    if (value !== null) widget.setAttribute(name, value);
  }
  // The look, as the embed builder writes it (primary=%237a1f5c&radius=0): set through the CSSOM,
  // which a strict style-src allows, and only values the matching CSS property accepts.
  for (const [name, token, property] of THEMED) {
    const value = params.get(name);
    if (value !== null && CSS.supports(property, value)) widget.style.setProperty(token, value);
  }
  main.replaceChildren(widget);
}

// Tell the parent page our height whenever it changes (images, expanding text, filters), and
// whenever it asks (a snippet that runs after we rendered would otherwise never hear it).
let last = 0;
function postHeight(always: boolean): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === last && !always) || window.parent === window) return;
  last = height;
  window.parent.postMessage({type: 'ogp-widgets:height', height}, '*');
}
new ResizeObserver(() => postHeight(false)).observe(document.documentElement);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as {type?: unknown} | null)?.type === 'ogp-widgets:get-height') postHeight(true);
});
