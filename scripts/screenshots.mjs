#!/usr/bin/env node
// Screenshots of one element in both languages, at phone and desktop width, light and dark.
//   node scripts/screenshots.mjs --element commitment-card --attrs 'commitment="1-1"' [--data taiwan|illustrative|URL|none] [--out screenshots/card]
//     [--langs en,zh-TW] [--widths 320,1000] [--themes light,dark] [--no-full-page --height 800]
// Writes <out>-<lang>-<width>-<theme>.png (8 files) and prints their paths.
import {mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {createServer} from 'vite';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';

const {values} = parseArgs({
  options: {
    element: {type: 'string'},
    attrs: {type: 'string', default: ''},
    data: {type: 'string', default: 'illustrative'},
    out: {type: 'string'},
    langs: {type: 'string', default: 'en,zh-TW'},
    widths: {type: 'string', default: '320,1000'},
    themes: {type: 'string', default: 'light,dark'},
    // --no-full-page: only the first screen (the viewport, 800 px tall, or --height).
    'full-page': {type: 'boolean', default: true},
    height: {type: 'string', default: '800'},
  },
  allowNegative: true,
});
if (!values.element) throw new Error('--element is required, e.g. --element commitment-card');
const out = values.out ?? `screenshots/${values.element}`;
mkdirSync(dirname(out), {recursive: true});

const server = await createServer({server: {port: 0, strictPort: false}, logLevel: 'error', clearScreen: false});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
try {
  for (const lang of values.langs.split(',')) {
    for (const width of values.widths.split(',').map(Number)) {
      for (const theme of values.themes.split(',')) {
        const page = await browser.newPage({viewport: {width, height: Number(values.height)}, colorScheme: theme === 'dark' ? 'dark' : 'light'});
        page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
        const query = new URLSearchParams({element: values.element, attrs: values.attrs, data: values.data, lang, theme});
        await page.goto(`${base}scripts/screenshot/page.html?${query}`);
        await page.waitForSelector('body[data-ready]', {timeout: 20000});
        const path = `${out}-${lang}-${width}-${theme}.png`;
        await page.screenshot({path, fullPage: values['full-page']});
        console.log(path);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
