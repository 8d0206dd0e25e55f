// What `npm run size` and `npm run bench` share: in-memory builds with the CDN files' own rollup
// settings (rollup.config.mjs), and bytes measured as a page downloads them (gzip -9, brotli 11).
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {cdnFiles} from '../rollup.config.mjs';

export const KB = 1024;

const {output: cdnOutput, ...cdnInput} = cdnFiles[0];
/** The CDN files' entries: {'ogp-widgets': 'src/cdn.ts', 'ogp-commitment-card': …}. */
export const CDN_INPUT = Object.assign({}, ...cdnFiles.map((config) => config.input));

/** Every CDN file and its lazy parts, each file a build of its own as rollup.config.mjs has it. */
export async function buildCdnFiles() {
  const chunks = [];
  for (const config of cdnFiles) chunks.push(...(await build(config.input, {output: {chunkFileNames: config.output.chunkFileNames}})));
  return chunks;
}

export const measure = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, {level: 9}).length,
  brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});

/**
 * Builds `input` (one module or several) as rollup.config.mjs builds the CDN files and returns
 * its chunks. `output` overrides output options. The template-literal minifier's notes about
 * CSS it leaves as it is are kept out of the figures' output.
 */
export async function build(input, {external, output = {}} = {}) {
  const {log, warn} = console;
  console.log = console.warn = () => {};
  try {
    const bundle = await rollup({...cdnInput, input, external, onwarn: () => {}});
    const {output: files} = await bundle.generate({...cdnOutput, sourcemap: false, ...output});
    await bundle.close();
    return files.filter((file) => file.type === 'chunk');
  } finally {
    Object.assign(console, {log, warn});
  }
}

/** The file names of `chunk` and of every chunk it imports statically, transitively. */
export function withImports(chunk, byName, seen = new Set()) {
  if (!chunk || seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const name of chunk.imports) withImports(byName.get(name), byName, seen);
  return seen;
}
