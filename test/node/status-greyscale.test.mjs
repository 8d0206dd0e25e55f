// Status without colour: the tracker's status bar, built (dist/ogp-widgets.js), rendered under a
// greyscale filter in light and dark, photographed, and each segment's pixels compared. Every two
// statuses must still look different: a status bar can put any two side by side, and in greyscale
// only the pattern (fill, dots, bars, outline, dashes, strike) is left to tell them apart. The
// legend's swatches must be drawn as the bar's segments are. Needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, serveRepository} from './support/static-server.mjs';

const STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported'];

/** One commitment at each status (the last reports none), so the bar has six equal segments. */
const PLAN = {
  schemaVersion: 1,
  country: 'Example',
  title: 'Greyscale',
  stage: 'implementing',
  policyAreas: [{id: 'a', title: 'A'}],
  commitments: STATUSES.map((status, i) => ({
    id: String(i + 1),
    title: `Commitment ${i + 1}`,
    policyAreas: ['a'],
    ...(status === 'not-reported' ? {} : {status}),
  })),
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/ogp-widgets.js"></script>
</head><body style="margin: 0; padding: 16px"></body></html>`;

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const serve = serveRepository({files: new Map([['/__greyscale/index.html', PAGE]])});
  [server, browser] = await Promise.all([listen(serve), chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS})]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What boxes look like in greyscale: each box of a screenshot of `host` (decoded on a canvas in the
 * page) averaged into a grid of COLUMNS × ROWS cells of grey, 0 to 1, so that boxes of different
 * sizes compare cell by cell. `boxes` are CSS-pixel rectangles relative to `host`. Also the share
 * of pixels that still have colour (to be sure the filter applied).
 */
const COLUMNS = 32;
// Odd, so that a line through the middle (the "withdrawn" strike) falls inside one row of cells.
const ROWS = 7;
async function greyGrids(page, host, boxes) {
  const png = (await host.screenshot()).toString('base64');
  return page.evaluate(
    async ({png, boxes, columns, rows}) => {
      const scale = devicePixelRatio;
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return boxes.map(({x, y, width, height}) => {
        const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
        const data = context.getImageData(Math.round(x * scale), Math.round(y * scale), w, h).data;
        const sums = new Array(columns * rows).fill(0);
        const counts = new Array(columns * rows).fill(0);
        let colourful = 0;
        for (let py = 0; py < h; py++) {
          for (let px = 0; px < w; px++) {
            const i = (py * w + px) * 4;
            const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
            if (Math.max(r, g, b) - Math.min(r, g, b) > 8) colourful++;
            const cell = Math.floor((py * rows) / h) * columns + Math.floor((px * columns) / w);
            sums[cell] += (r + g + b) / 3 / 255;
            counts[cell]++;
          }
        }
        return {cells: sums.map((sum, i) => sum / counts[i]), colourful: colourful / (w * h)};
      });
    },
    {png, boxes, columns: COLUMNS, rows: ROWS},
  );
}

/** How different two greyscale looks are: the largest difference of one cell's grey, 0 to 1. */
const distance = (a, b) => Math.max(...a.cells.map((grey, i) => Math.abs(grey - b.cells[i])));

for (const theme of ['light', 'dark']) {
  test(`${theme}: in greyscale every two statuses differ in the bar, and each legend swatch looks like its segment`, async () => {
    const page = await browser.newPage({viewport: {width: 700, height: 900}, deviceScaleFactor: 2, colorScheme: theme});
    try {
      page.on('pageerror', (error) => assert.fail(error.message));
      await page.goto(`${server.origin}/__greyscale/index.html`);
      await page.waitForFunction(() => customElements.get('ogp-progress-tracker'));
      await page.evaluate(
        async ({plan, theme}) => {
          const tracker = document.createElement('ogp-progress-tracker');
          tracker.setAttribute('lang', 'en');
          tracker.setAttribute('theme', theme);
          tracker.style.filter = 'grayscale(1)';
          tracker.plan = plan;
          document.body.append(tracker);
          await new Promise((resolve) => setTimeout(resolve, 100));
        },
        {plan: PLAN, theme},
      );
      const tracker = page.locator('ogp-progress-tracker');
      const bar = page.locator('ogp-progress-tracker .distribution [part~="bar"]');
      await bar.waitFor();
      // Each segment's own box, without the gap after it, relative to the tracker.
      const boxes = await page.evaluate(() => {
        const host = document.querySelector('ogp-progress-tracker');
        const origin = host.getBoundingClientRect();
        const relative = (el, width = el.getBoundingClientRect().width) => {
          const r = el.getBoundingClientRect();
          return {x: r.left - origin.left, y: r.top - origin.top, width, height: r.height};
        };
        const segments = [...host.shadowRoot.querySelectorAll('.distribution [part~="segment"]')];
        return {
          statuses: segments.map((s) => s.dataset.status),
          segments: segments.map((s) => relative(s, s.clientWidth)),
        };
      });
      assert.deepEqual(boxes.statuses, STATUSES);
      const segments = await greyGrids(page, tracker, boxes.segments);
      for (const [i, look] of segments.entries()) assert.ok(look.colourful < 0.01, `${STATUSES[i]} is drawn in greyscale`);

      const alike = [];
      for (let i = 0; i < STATUSES.length; i++) {
        for (let j = i + 1; j < STATUSES.length; j++) {
          const d = distance(segments[i], segments[j]);
          if (d < 0.1) alike.push(`${STATUSES[i]} and ${STATUSES[j]} (${d.toFixed(2)})`);
        }
      }
      assert.deepEqual(alike, [], 'statuses that look alike in greyscale');

      // The legend shows the same swatches: the same fill, pattern and outline as the segments.
      const looks = await page.evaluate(() => {
        const shadow = document.querySelector('ogp-progress-tracker').shadowRoot;
        const look = (el) => {
          const [box, outline] = [getComputedStyle(el), getComputedStyle(el, '::before')];
          return [box.backgroundColor, box.backgroundImage.replace(/[\d.]+px/g, 'px'), outline.borderTopStyle, outline.borderTopColor].join(' | ');
        };
        return [...shadow.querySelectorAll('.distribution [part~="segment"]')].map((segment) => {
          const swatch = shadow.querySelector(`[part~="legend"] > [data-status="${segment.dataset.status}"] .swatch`);
          return {segment: look(segment), swatch: swatch && look(swatch)};
        });
      });
      for (const [i, {segment, swatch}] of looks.entries()) assert.equal(swatch, segment, `the ${STATUSES[i]} swatch`);
    } finally {
      await page.close();
    }
  });
}
