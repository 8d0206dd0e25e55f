// What `npm run size` and `npm run bench` share: in-memory builds with the CDN files' own rollup
// settings (rollup.config.mjs), and bytes measured as a page downloads them (gzip -9, brotli 11).
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import configs from '../rollup.config.mjs';

export const KB = 1024;

const {output: cdnOutput, ...cdnInput} = configs[0];
/** The CDN files' entries: {'ogp-widgets': 'src/cdn.ts', 'ogp-commitment-card': …}. */
export const CDN_INPUT = cdnInput.input;

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
