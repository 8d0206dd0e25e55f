// The one template minifier of every build that ships (the CDN files in rollup.config.mjs, the npm
// modules in vite.config.ts). Lit checks a digest of each template's strings when it hydrates
// server-rendered HTML, so the server renderer (the npm build) and every browser build must hold
// the same template strings.
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

// What the template minifier may change in html`` templates (html-minifier-terser options): only
// whitespace and comments, so the bundle renders exactly what the sources do
// (test/node/bundle-vs-source.test.mjs).
const TEMPLATE_MINIFIER = {
  // Without it the `/>` of self-closing SVG shapes goes (`<path … />` becomes `<path …>`), and
  // the HTML parser then nests every following shape inside the first one, which SVG never draws.
  keepClosingSlash: true,
  // Whitespace runs become one space, never none: a template such as html` · ${publisher}` would
  // otherwise lose the space at its start, and the words run together.
  conservativeCollapse: true,
  // css`` templates lose only their comments and indentation (our comments explain the styles and
  // were most of their bytes). Not clean-css: even at level 0 it rewrites values the browser keeps
  // as written (those with var(): `a, b` becomes `a,b`), and at its default level more (selector
  // order, `none` becomes `0 0`). Our CSS has no comment-like or whitespace-sensitive strings.
  minifyCSS: (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .trim(),
};

/**
 * Whitespace and comments inside our html`` and css`` templates (terser cannot see into them).
 * Only our own templates: Lit's files have none.
 */
export const minifyTemplates = () =>
  minifyTemplateLiterals({include: ['src/**/*.ts'], options: {minifyOptions: TEMPLATE_MINIFIER}});
