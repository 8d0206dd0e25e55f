// Server-rendered widgets for the browser tests: the built renderer (dist/ssr.js) drawing a bundled
// plan, and a plain page around its HTML. Needs `npm run build`.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './static-server.mjs';

/** The bundled plans, parsed: `taiwan` (the 2019 draft) and `illustrative` (progress reports). */
export const PLANS = {
  taiwan: JSON.parse(readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8')),
  illustrative: JSON.parse(readFileSync(join(root, 'data/examples/illustrative-plan.json'), 'utf8')),
};

/** `renderWidget` from the built renderer, as a package user imports it (`ogp-widgets/ssr`). */
export async function renderer() {
  return import(join(root, 'dist/ssr.js'));
}

/**
 * One widget as HTML: `prerender('ogp-commitment-card', {plan: 'illustrative', attributes:
 * {commitment: '1-2', lang: 'zh-TW', today: '2026-12-03'}})`. `plan` is a bundled plan's name
 * or a plan object. Resolves to renderWidget's result (`html`, `styleHashes`, …).
 */
export async function prerender(tag, {plan = 'illustrative', attributes = {}} = {}) {
  const {renderWidget} = await renderer();
  return renderWidget(tag, {plan: typeof plan === 'string' ? PLANS[plan] : plan, attributes});
}

/**
 * A plain page around server-rendered HTML. `script` is the module that defines the elements
 * (`/dist/ogp-widgets.js`, the CDN file), or null for a page that never loads one; `head` is
 * extra markup for the head.
 */
export function page({body, lang = 'en', script = '/dist/ogp-widgets.js', head = '', title = 'Pre-rendered'}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${title}</title>
<style>body { margin: 1em; font: 16px/1.5 system-ui, sans-serif; }</style>
${head}
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
${body}
</body>
</html>`;
}
