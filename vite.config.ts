import {defineConfig} from 'vite';

// `npm start` serves index.html (the demo on the bundled Taiwan data) with the sources live.
// `vite build` builds the library entry points into dist/ (the CDN bundle is rollup's job).
export default defineConfig({
  server: {port: 5173, strictPort: false, host: '127.0.0.1'},
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        'commitment-card': 'src/components/commitment-card/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
    },
  },
});
