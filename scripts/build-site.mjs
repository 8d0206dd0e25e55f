#!/usr/bin/env node
// The demo site and embed builder as static files, ready for any static host: dist/site/.
//   index.html, en.html                      the widgets page, pre-rendered: index.html in
//                                            Traditional Chinese, en.html in English (below)
//   builder.html, assets/                    the embed builder (vite.site.config.ts)
//   prerendered/                             the builder's third snippet for the bundled data
//                                            (below)
//   ogp-*.js                                 the CDN files: ogp-widgets.js (every element), each
//                                            element's own file (what the builder's script snippet
//                                            loads) and their chunks
//   embed.html, embed.js, embed.css          the iframe embed the builder's iframe snippet loads;
//                                            it reads its widget from the address, so it stays
//                                            drawn in the browser
//   data/taiwan/action-plan.json, data/examples/*   the bundled data, at the paths the pages use
// Run after the rest of `npm run build` (it copies from dist/ and draws with dist/ssr.js).
//
// Pre-rendering: every widget on the widgets page is replaced by the server renderer's HTML
// (`ogp-widgets/ssr`: a declarative shadow root with the widget drawn, its plan inline), so the
// first paint already shows the plan, readers without JavaScript see all of it, and the page's
// script takes the widgets over without drawing them again. The page's own text is written in
// each page's language from demo/site-strings.ts.
import {execSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import * as esbuild from 'esbuild';
import {ELEMENTS} from '../rollup.config.mjs';

const out = 'dist/site';
const started = Date.now();
execSync('npx vite build --config vite.site.config.ts --logLevel warn', {stdio: 'inherit'});

// Every file of the CDN build, whatever their names (shared and lazy chunks come and go).
const bundle = readdirSync('dist').filter((name) => /^ogp-[\w.-]+\.js$/.test(name) || /^embed\.(html|js|css)$/.test(name));
const cdnFiles = ['ogp-widgets.js', ...ELEMENTS.map((name) => `ogp-${name}.js`)];
for (const name of [...cdnFiles, 'embed.html', 'embed.js', 'embed.css', 'ssr.js']) {
  if (!bundle.includes(name) && !existsSync(`dist/${name}`)) throw new Error(`build-site: dist/${name} is missing; run the whole \`npm run build\``);
}
for (const name of bundle) copyFileSync(`dist/${name}`, `${out}/${name}`);

mkdirSync(`${out}/data/taiwan`, {recursive: true});
copyFileSync('data/taiwan/action-plan.json', `${out}/data/taiwan/action-plan.json`);
cpSync('data/examples', `${out}/data/examples`, {recursive: true});
if (!existsSync(`${out}/builder.html`)) throw new Error('build-site: builder.html was not built');

const {renderWidget} = await import(new URL('../dist/ssr.js', import.meta.url).href);
const plans = new Map();
/** A bundled plan by its path in the repository (parsed once). */
const bundledPlan = (path) => {
  if (!plans.has(path)) plans.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return plans.get(path);
};

// ---------------------------------------------------------------------------------------------
// The widgets page, once per language.

/** The site's strings (demo/site-strings.ts, plain data), compiled for Node. */
async function siteStrings() {
  const {outputFiles} = await esbuild.build({entryPoints: ['demo/site-strings.ts'], bundle: true, format: 'esm', write: false});
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
const unescapeAttribute = (text) =>
  text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** `name="value"` and bare `name` attributes of an opening tag's text. */
const parseAttributes = (text) =>
  Object.fromEntries([...text.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] === undefined ? true : unescapeAttribute(m[2])]));

/**
 * Replaces each `<ogp-… src="data/…"></ogp-…>` of the page by its server-rendered HTML in `lang`:
 * the same attributes, the bundled plan inline instead of `src`.
 */
async function prerenderWidgets(page, lang) {
  const widgets = [...page.matchAll(/<(ogp-[a-z-]+)\b([^>]*)>\s*<\/\1>/g)];
  let result = '';
  let last = 0;
  for (const match of widgets) {
    const [whole, tag, attributeText] = match;
    const {src, ...attributes} = parseAttributes(attributeText);
    if (typeof src !== 'string' || !src.startsWith('data/')) throw new Error(`build-site: <${tag}> has no bundled data: ${whole}`);
    const {html} = await renderWidget(tag, {plan: bundledPlan(src), attributes: {...attributes, lang}});
    result += page.slice(last, match.index) + html;
    last = match.index + whole.length;
  }
  return {html: result + page.slice(last), count: widgets.length};
}

/** The page's own text in `lang`: every `data-i18n` element and `data-i18n-attr` attribute. */
function translate(page, strings) {
  const t = (key) => {
    if (!(key in strings)) throw new Error(`build-site: no string "${key}"`);
    return strings[key];
  };
  return page
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-i18n="([\w-]+)"[^>]*>)[^<]*(<\/\2>)/g, (_, open, _tag, key, close) => `${open}${escapeText(t(key))}${close}`)
    .replace(/<([a-z]+)\b([^>]*\sdata-i18n-attr="([^"]+)"[^>]*)>/g, (whole, tag, inner, pairs) => {
      let attributes = inner;
      for (const pair of pairs.split(/\s+/)) {
        const [name, key] = pair.split(':');
        attributes = attributes.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${escapeAttribute(t(key))}$2`);
      }
      return `<${tag}${attributes}>`;
    });
}

/** The widgets page in `lang`, pre-rendered. */
async function widgetsPage(source, lang, strings) {
  let page = translate(source, {...strings.common[lang], ...strings.widgetsStrings[lang]});
  page = page.replace(/<html lang="[^"]*">/, `<html lang="${lang}" data-prerendered-site data-page-lang="${lang}">`);
  // Without a script the language switch does nothing: a link to the other page (demo.css shows
  // it only then).
  const other = lang === 'en' ? {href: './', lang: 'zh-TW', name: '繁體中文'} : {href: 'en.html', lang: 'en', name: 'English'};
  page = page.replace(
    /(<div class="site-options")/,
    `<p class="site-lang"><a href="${other.href}" hreflang="${other.lang}" lang="${other.lang}">${other.name}</a></p>\n        $1`,
  );
  page = page.replace(`<option value="${lang}" lang="${lang}">`, `<option value="${lang}" lang="${lang}" selected>`);
  if (lang === 'en') page = page.replace(/(<a href="\.\/" data-page="widgets")/, '<a href="en.html" data-page="widgets"');
  return prerenderWidgets(page, lang);
}

const strings = await siteStrings();
const source = readFileSync(`${out}/index.html`, 'utf8');
let widgets = 0;
for (const [lang, file] of [
  ['zh-TW', 'index.html'],
  ['en', 'en.html'],
]) {
  const {html, count} = await widgetsPage(source, lang, strings);
  writeFileSync(`${out}/${file}`, html);
  widgets += count;
}
// The builder is drawn by its script; it links to the pre-rendered pages.
const builder = readFileSync(`${out}/builder.html`, 'utf8');
writeFileSync(`${out}/builder.html`, builder.replace(/<html lang="([^"]*)">/, '<html lang="$1" data-prerendered-site>'));

// ---------------------------------------------------------------------------------------------
// The builder's third snippet ("HTML, readable without JavaScript") for the bundled data: each
// widget, in each language, for each commitment where it takes one, at the builder's default
// heading level. The builder fetches the one it needs; for other choices it shows the command
// that writes the HTML (`npx ogp-widgets render …`).

/** Where the builder finds a pre-rendered snippet (demo/builder.ts builds the same path). */
const snippetPath = (source, tag, lang, commitment) =>
  `prerendered/${source}/${tag}${commitment ? `.${commitment}` : ''}.${lang}.html`;

const SOURCES = {taiwan: 'data/taiwan/action-plan.json', example: 'data/examples/illustrative-plan.json'};
let snippets = 0;
for (const [name, path] of Object.entries(SOURCES)) {
  const plan = bundledPlan(path);
  for (const tag of ELEMENTS.map((element) => `ogp-${element}`)) {
    const commitments =
      tag === 'ogp-commitment-card'
        ? plan.commitments.map((c) => c.id)
        : tag === 'ogp-progress-tracker'
          ? ['', ...plan.commitments.map((c) => c.id)]
          : [''];
    for (const lang of ['zh-TW', 'en']) {
      for (const commitment of commitments) {
        const {html} = await renderWidget(tag, {plan, attributes: {commitment: commitment || undefined, lang}});
        const file = `${out}/${snippetPath(name, tag, lang, commitment)}`;
        mkdirSync(dirname(file), {recursive: true});
        writeFileSync(file, html);
        snippets++;
      }
    }
  }
}
console.log(
  `build-site: ${out}/ (3 pages, ${widgets} widgets pre-rendered, ${snippets} builder snippets, ${bundle.length} bundle files, data) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
