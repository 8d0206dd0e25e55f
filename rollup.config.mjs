// The CDN bundle: one self-contained ES module (Lit included) that defines every element.
//   <script type="module" src=".../ogp-widgets.js"></script>
// What most pages never use (CSV parsing, downloads) is split into sibling files that the
// bundle imports on demand, relative to its own URL, so the folder can be hosted anywhere.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

// We never install @lit/localize's page-wide runtime (each widget translates itself, see
// src/i18n/msg.ts), so its set-up code, which `import {str} from '@lit/localize'` pulls in, can go.
const withoutLocalizeRuntime = (id) => !/@lit[\\/]localize[\\/]/.test(id);

const VIEWS_SHARED =
  /\/src\/(base\/(labels|status|heading|dom|commitment-parts(\.styles)?|stacked-table\.styles)|data\/(progress|validate)|i18n\/generated\/zh-TW-views)\.ts$|[\\/]lit(-html)?[\\/]static(-html)?\.js$/;
const LIT = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]localize)[\\/]|[\\/]src[\\/]cdn\.ts$/;

const bundle = {
  input: 'src/cdn.ts',
  // Keep everything shared in ogp-widgets.js itself: the lazy chunks import from it, rather than
  // the entry becoming a facade over one big chunk.
  preserveEntrySignatures: 'allow-extension',
  treeshake: {moduleSideEffects: withoutLocalizeRuntime},
  output: {
    dir: 'dist',
    entryFileNames: 'ogp-widgets.js',
    chunkFileNames: 'ogp-widgets-[name]-[hash].js',
    // What every view needs besides its own code (validator, labels, status icons, the views'
    // translations) travels in one file, so a page makes two requests per kind of element.
    // Lit is named for the entry here, or the shared file would take it along as a dependency.
    manualChunks: (id) => (VIEWS_SHARED.test(id) ? 'shared' : LIT.test(id) ? 'ogp-widgets' : undefined),
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({browser: true}),
    esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
    // Whitespace and comments inside css`` and html`` templates: terser cannot see into them.
    minifyTemplateLiterals(),
    terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};

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

export default [bundle, embed];
