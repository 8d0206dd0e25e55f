// The sources, bundled in memory by esbuild as they are (no template minifier, no terser): what
// the browser tests compare the shipped files in dist/ against.
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {root} from './static-server.mjs';

// Storybook's `?raw` imports (a file as a string), which the story files use for the docs.
const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({filter: /\?raw$/}, (args) => ({path: join(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw'}));
    build.onLoad({filter: /.*/, namespace: 'raw'}, async (args) => ({
      contents: await import('node:fs/promises').then((fs) => fs.readFile(args.path, 'utf8')),
      loader: 'text',
    }));
  },
};

/**
 * One ES module bundling `entry` (a path in the repository) and everything it imports; or, given
 * `{code}`, that module's code (its imports relative to the repository root).
 */
export async function bundleSource(entry) {
  const input =
    typeof entry === 'string'
      ? {entryPoints: [join(root, entry)]}
      : {stdin: {contents: entry.code, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts'}};
  const result = await esbuild.build({
    ...input,
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
    logLevel: 'silent',
    plugins: [rawText],
  });
  return result.outputFiles[0].text;
}
