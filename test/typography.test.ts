/**
 * Typography across the elements (issue 16, item 8): punctuation comes from the translations,
 * numbers stay with their units, no line starts with a separator, and the overdue mark is an SVG
 * icon like every other icon.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/components/action-plan/define.js';
import '../src/components/commitment-card/define.js';
import '../src/components/commitment-list/define.js';
import '../src/components/policy-area-grid/define.js';
import '../src/components/progress-tracker/define.js';
import type {OgpElement} from '../src/base/ogp-element.js';
import {illustrativePlan, settled, taiwanPlan} from './helpers.js';

const TODAY = '2026-11-28';
const HAN = /\p{Script=Han}/u;
const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, caption, summary, button, label, option, legend';

/** Every string value in the data, so the checks below can tell the data's text from ours. */
function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (value && typeof value === 'object') for (const item of Object.values(value)) dataStrings(item, into);
  return into;
}

/** The shadow roots of a widget and of the widgets inside it (the dashboard holds four). */
function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/**
 * The text of each block in the widget, with each piece of the data's own text replaced by "D":
 * what is left (our strings, numbers, dates, and the marks between them) is what the widget writes.
 * `heard` is all of it; `seen` leaves out what only screen readers get (as "H"), and writes the
 * spaces where no line may break (`white-space: nowrap`) as no-break spaces.
 */
function writtenTexts(element: Element, data: Set<string>): {heard: string; seen: string}[] {
  const texts: {heard: string; seen: string}[] = [];
  const collapse = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();
  for (const root of shadowRoots(element)) {
    for (const block of root.querySelectorAll(BLOCKS)) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let heard = '';
      let seen = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('svg')) continue;
        const raw = node.nodeValue ?? '';
        const value = data.has(raw.trim()) && raw.trim() ? raw.replace(raw.trim(), 'D') : raw;
        heard += value;
        if (parent.closest('.visually-hidden')) seen += value.trim() ? 'H' : '';
        else seen += getComputedStyle(parent).whiteSpace === 'nowrap' ? value.replace(/ /g, '\u00a0') : value;
      }
      if (heard.trim()) texts.push({heard: collapse(heard), seen: collapse(seen)});
    }
  }
  return texts;
}

async function mount<T extends OgpElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  for (const root of shadowRoots(element)) {
    for (const inner of root.querySelectorAll<OgpElement>('*')) if ('renderPlan' in inner) await settled(inner);
  }
  return element;
}

/** Each element with each bundled plan, in one language. */
async function widgets(lang: string): Promise<[string, Element, Set<string>][]> {
  const result: [string, Element, Set<string>][] = [];
  for (const [name, load] of [
    ['illustrative', illustrativePlan],
    ['Taiwan', taiwanPlan],
  ] as const) {
    const plan = await load();
    const data = dataStrings(plan);
    const commitment = plan.commitments[0].id;
    const elements: [string, TemplateResult][] = [
      ['tracker', html`<ogp-progress-tracker lang=${lang} today=${TODAY} .plan=${plan}></ogp-progress-tracker>`],
      ['list', html`<ogp-commitment-list lang=${lang} today=${TODAY} .plan=${plan}></ogp-commitment-list>`],
      ['grid', html`<ogp-policy-area-grid lang=${lang} .plan=${plan}></ogp-policy-area-grid>`],
      ['dashboard', html`<ogp-action-plan lang=${lang} today=${TODAY} .plan=${plan}></ogp-action-plan>`],
      ...plan.commitments.map(
        (c: any): [string, TemplateResult] => [
          `card ${c.id}`,
          html`<ogp-commitment-card lang=${lang} today=${TODAY} commitment=${c.id} .plan=${plan}></ogp-commitment-card>`,
        ],
      ),
      ['tracker of one', html`<ogp-progress-tracker lang=${lang} today=${TODAY} commitment=${commitment} .plan=${plan}></ogp-progress-tracker>`],
    ];
    for (const [what, template] of elements) result.push([`${what} (${name} plan)`, await mount(template), data]);
  }
  return result;
}

describe('typography', () => {
  it('writes Chinese with full-width punctuation and no stray spaces: no "(50%)", " · ", " — ", "。 "', async () => {
    const wrong: string[] = [];
    for (const [what, element, data] of await widgets('zh-TW')) {
      for (const {heard, seen} of writtenTexts(element, data)) {
        if (!HAN.test(heard.replaceAll('D', ''))) continue;
        if (/[():;]| · | — | – |, /u.test(heard) || /[。，：；、] /u.test(seen)) wrong.push(`${what}: ${heard}`);
      }
    }
    expect([...new Set(wrong)]).to.deep.equal([]);
  });

  it('keeps numbers with their units: "17\u00a0個月", "24\u00a0months", "6\u00a0overdue"', async () => {
    const wrong: string[] = [];
    for (const lang of ['zh-TW', 'en']) {
      for (const [what, element, data] of await widgets(lang)) {
        for (const {seen} of writtenTexts(element, data)) {
          // A breakable space between a number and the measure word or unit after it.
          if (/\d [個項]|\d (months?|overdue)\b/u.test(seen)) wrong.push(`${what}, ${lang}: ${seen}`);
        }
      }
    }
    expect([...new Set(wrong)]).to.deep.equal([]);
  });

  describe('the overdue count at any width', () => {
    /** Where the character at `offset` of `node` is drawn. */
    const charRect = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    /** The visible characters of an element's text, each with its text node and offset. */
    const characters = (element: Element) => {
      const found: {node: Text; offset: number; char: string}[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        [...node.data].forEach((char, offset) => /\S/u.test(char) && char !== '\u00a0' && found.push({node: node!, offset, char}));
      }
      return found;
    };

    for (const lang of ['en', 'zh-TW']) {
      it(`never starts a line with its separator, nor splits "⚠ 6 overdue" (${lang})`, async () => {
        const plan = await illustrativePlan();
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <ogp-progress-tracker lang=${lang} today=${TODAY} .plan=${plan}></ogp-progress-tracker>
          <ogp-commitment-card lang=${lang} today=${TODAY} commitment="1-1" .plan=${plan}></ogp-commitment-card>
        </div>`);
        for (const element of wrapper.querySelectorAll<OgpElement>('*')) await settled(element);
        let checked = 0;
        for (let width = 160; width <= 480; width += 8) {
          wrapper.style.inlineSize = `${width}px`;
          for (const element of wrapper.children) {
            for (const count of element.shadowRoot!.querySelectorAll('.overdue-count')) {
              const line = count.parentElement!;
              const chars = characters(line);
              const first = chars.findIndex((c) => count.contains(c.node));
              expect(first, 'text before the overdue count').to.be.greaterThan(0);
              const separator = chars[first];
              const before = chars[first - 1];
              const at = `${separator.char} in "${line.textContent!.replace(/\s+/g, ' ').trim()}" at ${width}px`;
              expect(HAN.test(separator.char) || /\d/.test(separator.char), `${at}: a separator first`).to.equal(false);
              // The separator sits on the line of the text before it, never at the start of the next.
              expect(charRect(separator.node, separator.offset).top, at).to.be.closeTo(charRect(before.node, before.offset).top, 2);
              const mark = count.querySelector('.overdue-mark');
              expect(mark, 'the mark and count, grouped').to.exist;
              expect(mark!.getClientRects(), `${at}: the mark and count on one line`).to.have.length(1);
              checked++;
            }
          }
        }
        expect(checked).to.be.greaterThan(40);
      });
    }
  });

  it('draws the overdue mark as an SVG icon, never the "⚠" glyph', async () => {
    for (const lang of ['en', 'zh-TW']) {
      const plan = await illustrativePlan();
      const elements = [
        await mount(html`<ogp-commitment-card lang=${lang} today=${TODAY} commitment="1-1" .plan=${plan}></ogp-commitment-card>`),
        await mount(html`<ogp-progress-tracker lang=${lang} today=${TODAY} .plan=${plan}></ogp-progress-tracker>`),
        await mount(html`<ogp-progress-tracker lang=${lang} today=${TODAY} commitment="1-1" .plan=${plan}></ogp-progress-tracker>`),
        await mount(html`<ogp-commitment-list lang=${lang} today=${TODAY} .plan=${plan}></ogp-commitment-list>`),
      ];
      for (const element of elements) {
        const root = element.shadowRoot!;
        const marks = [...root.querySelectorAll('.overdue-count, .milestone[data-overdue] .overdue')];
        expect(marks.length, `${element.localName}: overdue marks`).to.be.greaterThan(0);
        for (const mark of marks) {
          expect(mark.querySelector('svg.overdue-icon'), `${element.localName}: ${mark.className}`).to.exist;
        }
        for (const node of [root.host, ...root.querySelectorAll('*')]) {
          for (const pseudo of ['::before', '::after']) {
            expect(getComputedStyle(node, pseudo).content, `${element.localName} ${node.localName}${pseudo}`).not.to.include('⚠');
          }
        }
        expect(root.textContent).not.to.include('⚠');
      }
    }
  });
});
