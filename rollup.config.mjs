// The CDN files: self-contained ES modules (Lit included), each a build of its own.
//   dist/ogp-widgets.js            defines every element
//   dist/ogp-<element>.js          defines one element (the dashboard's file, the four it contains)
//   <script type="module" src=".../ogp-commitment-card.js"></script>
// What most pages never use (the Chinese table, CSV parsing, downloads) is in sibling files
// (ogp-<file>-*.js) loaded on demand, relative to the importing file's URL, so the folder can be
// hosted anywhere.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyTemplates} from './scripts/template-minifier.mjs';

// We never install @lit/localize's page-wide runtime (each widget translates itself, see
// src/i18n/msg.ts), so its set-up code, which `import {str} from '@lit/localize'` pulls in, can go.
const withoutLocalizeRuntime = (id) => !/@lit[\\/]localize[\\/]/.test(id);

/** The elements, by folder under src/components/; each one's CDN file is named after its tag. */
export const ELEMENTS = ['commitment-card', 'policy-area-grid', 'progress-tracker', 'commitment-list', 'action-plan'];

const plugins = () => [
  nodeResolve({browser: true}),
  esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
  // The same template strings as the npm build's (scripts/template-minifier.mjs).
  minifyTemplates(),
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
];

/**
 * One build per CDN file, so each is one self-contained file: a page asks for it and can start
 * fetching its data as soon as it runs, instead of first discovering shared chunks (one more
 * round trip on a slow phone). A page that loads two of them loads Lit twice; `ogp-widgets.js`
 * defines every element in one file for pages that show several.
 */
const cdnFile = (name, input) => ({
  input: {[name]: input},
  // Code the lazy parts need (Lit, `str`) stays in the file itself, which they import: a separate
  // shared chunk would cost the page one more request before its data request.
  preserveEntrySignatures: 'allow-extension',
  treeshake: {moduleSideEffects: withoutLocalizeRuntime},
  output: {
    dir: 'dist',
    entryFileNames: '[name].js',
    // The lazy parts of this file (the Chinese table, the CSV reader, downloads).
    chunkFileNames: `${name}-[name]-[hash].js`,
    format: 'es',
    sourcemap: true,
  },
  plugins: plugins(),
});

export const cdnFiles = [
  cdnFile('ogp-widgets', 'src/cdn.ts'),
  ...ELEMENTS.map((name) => cdnFile(`ogp-${name}`, `src/components/${name}/define.ts`)),
];

// The iframe embed's script: tiny, and it loads the CDN bundle beside it rather than a copy.
const embed = {
  input: 'src/embed/embed.ts',
  external: ['./ogp-widgets.js'],
  output: {file: 'dist/embed.js', format: 'es', sourcemap: true},
  plugins: [
    nodeResolve({browser: true}),
    esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
    terser({ecma: 2021, module: true, format: {comments: false}}),
  ],
};

export default [...cdnFiles, embed];
