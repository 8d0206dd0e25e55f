import {defineConfig} from 'vite';
import {minifyTemplates} from './scripts/template-minifier.mjs';

// The demo site as static files (`node scripts/build-site.mjs`, run by `npm run build`):
// index.html (every widget on the bundled Taiwan data) and builder.html (the embed builder) into
// dist/site/, with relative URLs so the folder works at any address of any static host.
// scripts/build-site.mjs then copies beside them what the pages and the builder's snippets load:
// the CDN bundle, the iframe embed and the data, and pre-renders the widgets page.
// The pages' script takes over widgets the server renderer drew, so its templates go through the
// same minifier as the renderer's and the CDN files' (scripts/template-minifier.mjs): Lit's
// hydration accepts only the template strings that drew the HTML.
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2021',
    outDir: 'dist/site',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {index: 'index.html', builder: 'builder.html'},
      plugins: [minifyTemplates()],
    },
  },
});
