// The CDN bundle: one self-contained ES module (Lit included) that defines every element.
//   <script type="module" src=".../ogp-widgets.js"></script>
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/ogp-widgets.js',
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
