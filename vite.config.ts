import {readdirSync, existsSync} from 'node:fs';
import {defineConfig} from 'vite';

/** `ogp-widgets/<element>` entry points: one per folder in src/components with a define.ts. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components')
    .filter((name) => existsSync(`src/components/${name}/define.ts`))
    .map((name) => [name, `src/components/${name}/define.ts`]),
);

// `npm start` serves index.html (the demo on the bundled Taiwan data) with the sources live.
// `vite build` builds the npm package's modules into dist/ with Lit external (the self-contained
// CDN bundle dist/ogp-widgets.js is rollup's job, see rollup.config.mjs).
export default defineConfig({
  server: {port: 5173, strictPort: false, host: '127.0.0.1'},
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {index: 'src/index.ts', elements: 'src/elements.ts', ...elementEntries},
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^d3-dsv$/],
      output: {chunkFileNames: 'shared/[name]-[hash].js'},
    },
  },
});
