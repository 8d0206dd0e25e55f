import {readdirSync, existsSync, readFileSync} from 'node:fs';
import {defineConfig, type Plugin} from 'vite';
import {minifyTemplates} from './scripts/template-minifier.mjs';

/** `ogp-widgets/<element>` entry points: one per folder in src/components with a define.ts. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components')
    .filter((name) => existsSync(`src/components/${name}/define.ts`))
    .map((name) => [name, `src/components/${name}/define.ts`]),
);

/**
 * `npm start` only: the built CDN files and iframe embed from dist/ at the site's root, where the
 * embed builder's snippets point, as the static site (dist/site/) has them: every `/ogp-*.js`
 * (ogp-widgets.js, each element's own file such as ogp-commitment-card.js, and the chunks they
 * share or load later) and /embed.html, /embed.js, /embed.css; and the builder's pre-rendered
 * snippets, /prerendered/… (from dist/site/prerendered/). Before `npm run build` they are 404
 * and the builder says so.
 */
function builtBundle(): Plugin {
  /** The file in dist/ for a path the static site has, or null. */
  const builtFile = (path: string): string | null => {
    const bundle = /^\/(ogp-[\w.-]+\.js(?:\.map)?|embed\.(?:html|js|css))$/.exec(path);
    if (bundle) return `dist/${bundle[1]}`;
    if (/^\/prerendered\/[\w-]+\/[\w.-]+\.html$/.test(path)) return `dist/site${path}`;
    return null;
  };
  const types: Record<string, string> = {
    js: 'text/javascript; charset=utf-8',
    map: 'application/json; charset=utf-8',
    html: 'text/html; charset=utf-8',
    css: 'text/css; charset=utf-8',
  };
  return {
    name: 'ogp-built-bundle',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = builtFile(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!file || !existsSync(file)) return next();
        response.writeHead(200, {
          'content-type': types[file.split('.').pop()!],
          'cache-control': 'no-store',
          'access-control-allow-origin': '*',
        });
        response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
      });
    },
  };
}

// `npm start` serves the demo site (index.html: every widget on the bundled Taiwan data; builder.html:
// the embed builder) with the sources live; vite.site.config.ts builds it into dist/site/.
// `vite build` builds the npm package's modules into dist/ with Lit external (the self-contained
// CDN bundle dist/ogp-widgets.js is rollup's job, see rollup.config.mjs).
export default defineConfig({
  server: {port: 5173, strictPort: false, host: '127.0.0.1'},
  plugins: [builtBundle()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {index: 'src/index.ts', elements: 'src/elements.ts', ssr: 'src/ssr/index.ts', ...elementEntries},
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-dsv$/, /^node:/],
      // The same template strings as the CDN files (scripts/template-minifier.mjs): the server
      // renderer draws with these modules, and the browser hydrates with either build.
      plugins: [minifyTemplates()],
      output: {
        chunkFileNames: 'shared/[name]-[hash].js',
        // Lit's hydration support must run before Lit's element class is evaluated: in a chunk of
        // its own, which each entry imports first (in a shared chunk, the bundler may put it
        // after an import that loads Lit).
        manualChunks: (id) => (id.endsWith('/src/base/hydration.ts') ? 'hydration' : undefined),
      },
    },
  },
});
