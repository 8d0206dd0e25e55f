#!/usr/bin/env node
// `npx ogp-widgets validate FILE` / `convert FILE` / `render ELEMENT --data FILE`: see
// `ogp-widgets --help`. The logic lives in src/cli/cli.ts, built into dist/cli.js by `npm run build`;
// `render` draws with the server renderer beside it, dist/ssr.js (`ogp-widgets/ssr`).
import {readFile} from 'node:fs/promises';

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('ogp-widgets: dist/cli.js is missing. In a checkout of the repository, run `npm run build` first.\n');
  process.exit(2);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const io = {
  async readFile(path) {
    try {
      return path === '-' ? await readStdin() : await readFile(path, 'utf8');
    } catch (error) {
      throw new Error(error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message);
    }
  },
  async fetchText(url) {
    const response = await fetch(url, {headers: {accept: 'application/json, text/csv;q=0.9, */*;q=0.5'}});
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return {text: await response.text(), contentType: response.headers.get('content-type') ?? ''};
  },
  async loadRenderer() {
    try {
      return await import('../dist/ssr.js');
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND') throw new Error('dist/ssr.js or a package it needs is missing (in a checkout, run `npm run build`)');
      throw error;
    }
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

process.exitCode = await cli.run(process.argv.slice(2), io);
