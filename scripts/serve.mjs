#!/usr/bin/env node
// A static file server for trying a built folder the way a CDN serves it:
//   node scripts/serve.mjs dist/site          http://127.0.0.1:8080/
//   node scripts/serve.mjs dist/site 9000     another port (0: any free one)
// Every response carries `Access-Control-Allow-Origin: *`: a page on another origin loads the
// widget files and the data only with it (`python3 -m http.server` sends none, and the widget
// stays blank with one CORS error in the console). For trying things out, not for production.
import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {createStaticServer} from './static-server.mjs';

const [folder = 'dist/site', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
if (!(await stat(resolve(folder)).catch(() => null))?.isDirectory()) {
  console.error(`serve: ${folder} is not a folder (run \`npm run build\` first for dist/site)`);
  process.exit(2);
}

const server = createStaticServer(folder, {headers: {'access-control-allow-origin': '*', 'cache-control': 'no-cache'}});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${folder} at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops)`);
});
