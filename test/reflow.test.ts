// Reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways, whatever the data holds. Every
// text of the plan becomes one long unbroken word (an address, a code, a German compound), and
// every element, in both languages, must keep it inside a 288 px column (a 320 px phone less the
// page's margins). The Storybook pass (scripts/storybook-a11y.mjs) checks every story at 320 px;
// this checks every text field, including those no story makes long.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {illustrativePlan, settled} from './helpers.js';
import type {OgpElement} from '../src/base/ogp-element.js';

const WORD = 'https://data.example.gov.tw/dataset/national-open-government-action-plan-milestone-report-final-v3.csv';

/** The plan with each of its texts (the `{en, zh-TW}` pairs) replaced by one unbroken word. */
function unbroken(value: any): any {
  if (Array.isArray(value)) return value.map(unbroken);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length && keys.every((key) => key === 'en' || key === 'zh-TW')) {
      return Object.fromEntries(keys.map((key) => [key, `${WORD}-${key}`]));
    }
    return Object.fromEntries(keys.map((key) => [key, unbroken(value[key])]));
  }
  return value;
}

/** What sticks out of `column` sideways, or scrolls or cuts its content sideways, in `scope` and the shadow roots inside it. */
function overflowing(scope: ParentNode, column: DOMRect): string[] {
  const found: string[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    const name = `${element.localName}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 30)}"`;
    if (box.width > 0 && (box.right > column.right + 1 || box.left < column.left - 1)) {
      found.push(`${name} spans ${Math.round(box.left - column.left)}–${Math.round(box.right - column.left)} px`);
    } else if (element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      found.push(`${name} scrolls or cuts ${element.scrollWidth - element.clientWidth} px sideways`);
    }
    if (element.shadowRoot) found.push(...overflowing(element.shadowRoot, column));
  }
  return found;
}

const widgets = {
  card: html`<ogp-commitment-card commitment="1-1" today="2026-11-28"></ogp-commitment-card>`,
  'withdrawn card': html`<ogp-commitment-card commitment="4" today="2026-11-28"></ogp-commitment-card>`,
  'compact card': html`<ogp-commitment-card commitment="1-1" compact today="2026-11-28"></ogp-commitment-card>`,
  grid: html`<ogp-policy-area-grid></ogp-policy-area-grid>`,
  'selectable grid': html`<ogp-policy-area-grid selectable selected="anti-corruption"></ogp-policy-area-grid>`,
  tracker: html`<ogp-progress-tracker today="2026-11-28"></ogp-progress-tracker>`,
  list: html`<ogp-commitment-list page-size="3" today="2026-11-28"></ogp-commitment-list>`,
  'list of rows': html`<ogp-commitment-list layout="rows" page-size="3" today="2026-11-28"></ogp-commitment-list>`,
  dashboard: html`<ogp-action-plan today="2026-11-28"></ogp-action-plan>`,
};

describe('reflow at 320 px with unbroken words in every text', () => {
  for (const lang of ['en', 'zh-TW']) {
    for (const [name, template] of Object.entries(widgets)) {
      it(`${name} (${lang}) stays inside a 288 px column`, async () => {
        const plan = unbroken(await illustrativePlan());
        const column = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 288px">${template}</div>`);
        const widget = column.firstElementChild as OgpElement;
        widget.plan = plan;
        await settled(widget);
        // Open every disclosure (the card's "Show more", downloads, details) so its content counts too.
        for (const details of widget.shadowRoot!.querySelectorAll('details')) details.open = true;
        expect(widget.shadowRoot!.textContent, 'the long word is shown').to.include(WORD.slice(0, 40));
        expect(overflowing(widget.shadowRoot!, column.getBoundingClientRect())).to.deep.equal([]);
      });
    }
  }
});
