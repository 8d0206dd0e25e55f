// The CDN bundle: one self-contained ES module (Lit included) that defines every element.
//   <script type="module" src=".../ogp-widgets.js"></script>
// What most pages never use (CSV parsing, downloads) is split into sibling files that the
// bundle imports on demand, relative to its own URL, so the folder can be hosted anywhere.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

const bundle = {
  input: 'src/index.ts',
  // Keep everything shared in ogp-widgets.js itself: the lazy chunks import from it, rather than
  // the entry becoming a facade over one big chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'ogp-widgets.js',
    chunkFileNames: 'ogp-widgets-[name]-[hash].js',
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
