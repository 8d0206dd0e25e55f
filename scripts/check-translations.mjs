#!/usr/bin/env node
// Fails when a UI string has no Traditional Chinese translation: extracts the strings from the
// sources into a temporary folder, then checks each has a non-empty <target> in xliff/zh-TW.xlf
// and in the generated module the widgets import.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'ogp-i18n-'));
const units = (xml) => new Map([...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]));

try {
  const tempConfig = join(temp, 'lit-localize.json');
  writeFileSync(tempConfig, JSON.stringify({...config, tsConfig: join(root, 'tsconfig.localize.json'), interchange: {format: 'xliff', xliffDir: temp}, output: {mode: 'runtime', outputDir: join(temp, 'out')}}));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', tempConfig], {cwd: root, stdio: 'pipe'});
  const wanted = units(readFileSync(join(temp, 'zh-TW.xlf'), 'utf8'));
  const have = units(readFileSync(join(root, 'xliff/zh-TW.xlf'), 'utf8'));
  const generated = readFileSync(join(root, 'src/i18n/generated/locales/zh-TW.ts'), 'utf8');
  const problems = [];
  for (const [id, body] of wanted) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(have.get(id) ?? '')?.[1];
    if (!target?.trim()) problems.push(`untranslated: ${source}`);
    else if (!generated.includes(`'${id}'`)) problems.push(`not in src/i18n/generated (run npm run localize): ${source}`);
  }
  if (problems.length) {
    console.error(`${problems.length} UI string(s) lack a zh-TW translation. Add <target>s to xliff/zh-TW.xlf, then npm run localize.\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`translations: all ${wanted.size} UI strings have zh-TW`);
} finally {
  rmSync(temp, {recursive: true, force: true});
}
