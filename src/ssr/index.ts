/**
 * `ogp-widgets/ssr`: any widget as HTML, on a server (Node), so that readers see the plan before
 * any script runs, and readers without JavaScript, search engines and printers see it at all.
 *
 *   const {html, styleHashes} = await renderWidget('ogp-commitment-card', {
 *     plan, attributes: {commitment: '4', lang: 'zh-TW'},
 *   });
 *
 * The HTML is the element with a declarative shadow root (`<template shadowrootmode="open">`)
 * holding the drawn widget and its styles, and the plan inline as its
 * `<script type="application/json">` child. When the page's script loads, the element takes over
 * that DOM without drawing it again (hydration), then moves to the reader's today and becomes
 * interactive. It draws with Lit's own server renderer, @lit-labs/ssr, and the npm build's
 * elements, whose templates are the CDN files' (see scripts/template-minifier.mjs).
 */
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {render} from '@lit-labs/ssr';
import {html, unsafeStatic} from 'lit/static-html.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {fetchJson, CsvDocument, type DataFormat} from '../data/fetch.js';
import {todayString} from '../data/progress.js';
import {setServerLanguage} from '../i18n/locale-controller.js';
import {normalizeLocale} from '../i18n/locale.js';
import {loadTranslations} from '../i18n/msg.js';
import {RENDERED_BY} from '../version.js';
import {ATTRIBUTE_NAME, RENDERER_ATTRIBUTES, WIDGET_TAGS, escapeHtml, type WidgetTag} from './markup.js';

export {WIDGET_TAGS, type WidgetTag};

export interface RenderWidgetOptions {
  /** The action plan (parsed JSON). It is validated as in the browser, and written inline as given. */
  plan?: unknown;
  /** Or where to fetch it: an http(s) URL of JSON or a CSV spreadsheet. */
  src?: string;
  /** How to read `src`: `json`, `csv`, or (unset) by its URL ending and content type. */
  format?: DataFormat;
  /**
   * The element's attributes, as in HTML: `{commitment: '4', lang: 'zh-TW', compact: true}`.
   * `true` writes the attribute alone, `false` and `undefined` leave it out. `lang` defaults to
   * `en`; `today` also fixes the day the HTML is rendered for (else the server's today).
   */
  attributes?: Record<string, string | number | boolean | undefined>;
}

export interface RenderedWidget {
  /** The element, its declarative shadow root and its inline plan. */
  html: string;
  /** The day its overdue marks and "N months ago" were measured against (`YYYY-MM-DD`). */
  renderedOn: string;
  /**
   * `'sha256-…'` sources for the `<style>` blocks in `html`: a page whose Content-Security-Policy
   * limits styles lists them in `style-src` (or `style-src-elem`). See docs/security.md.
   */
  styleHashes: string[];
  /**
   * `'sha256-…'` sources for the `style` attributes in `html` (bar widths, the timeline's today
   * mark): a strict policy allows them with `'unsafe-hashes'` and these in `style-src-attr`.
   */
  styleAttributeHashes: string[];
}

/** `'sha256-…'`, a Content-Security-Policy source for exactly this text. */
async function cspHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

const unescapeAttribute = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Loads the plan the way a widget would, and returns what to write inline (a spreadsheet's plan as JSON). */
async function planFrom({plan, src, format}: RenderWidgetOptions): Promise<unknown> {
  if (plan !== undefined) return plan;
  if (!src) throw new TypeError('renderWidget: give a plan or a src URL');
  const raw = await fetchJson(src, {signal: new AbortController().signal, timeout: 30_000, format});
  return raw instanceof CsvDocument ? raw.csv.plan : raw;
}

/** The element's attributes as HTML text, checked and escaped. */
function attributeText(attributes: Record<string, string | number | boolean | undefined>): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderWidget: "${name}" is not an attribute name`);
    if (RENDERER_ATTRIBUTES.has(name)) throw new TypeError(`renderWidget: the renderer writes "${name}" itself`);
    // Widgets have no use for them, and HTML meant to run no script must not carry one.
    if (name.startsWith('on')) throw new TypeError(`renderWidget: "${name}" is an event handler attribute`);
    if (value === false || value === undefined) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return text;
}

/**
 * The plan as the element's inline JSON: every `<` written `\u003c` (JSON's own escape), so no
 * text in the data can end the script element or open a comment.
 */
const inlinePlan = (plan: unknown): string =>
  `<script type="application/json">${JSON.stringify(plan).replace(/</g, '\\u003c')}</script>`;

/**
 * The result without the markers of the wrapping template above (`<!--lit-part …--><!--lit-node
 * 0-->` … `<!--/lit-part-->`) and the run of spaces Lit leaves in the opening tag where the `.plan`
 * binding was: the browser never hydrates that template, only each element's own shadow root, so
 * they would only be noise in the HTML people paste.
 */
const withoutWrapper = (markup: string): string =>
  markup
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->(<[a-z-]+)\s+/, '$1 ')
    .replace(/<!--\/lit-part-->$/, '');

/** Draws one widget as HTML (see the module's comment). */
export async function renderWidget(tag: WidgetTag, options: RenderWidgetOptions): Promise<RenderedWidget> {
  if (!WIDGET_TAGS.includes(tag)) throw new TypeError(`renderWidget: unknown element <${tag}>`);
  // The elements, defined once, after @lit-labs/ssr has set up its DOM shim for them.
  await import('../index.js');
  const plan = await planFrom(options);
  const given = {...options.attributes};
  const lang = String(given.lang ?? 'en');
  const locale = normalizeLocale(lang);
  await loadTranslations(locale);
  const today = typeof given.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given.today) ? given.today : todayString();
  const attributes = attributeText({...given, lang});
  const name = unsafeStatic(tag);
  // The attributes as written (static); the plan as a property, which the element draws from here
  // and, in the browser, reads back from the inline script.
  const opening = `${attributes} rendered-on="${today}" rendered-by="${RENDERED_BY}"`;
  const template = html`<${name}${unsafeStatic(opening)} .plan=${plan}>${unsafeHTML(inlinePlan(plan))}</${name}>`;
  setServerLanguage(lang);
  let markup: string;
  try {
    // Synchronous: nothing else renders between setting the language and reading the result.
    markup = withoutWrapper(collectResultSync(render(template)));
  } finally {
    setServerLanguage(null);
  }
  const styleBlocks = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const styleAttributes = [...markup.matchAll(/\sstyle="([^"]*)"/g)].map((match) => unescapeAttribute(match[1]));
  return {
    html: markup,
    renderedOn: today,
    styleHashes: [...new Set(await Promise.all(styleBlocks.map(cspHash)))],
    styleAttributeHashes: [...new Set(await Promise.all(styleAttributes.map(cspHash)))],
  };
}
