/** <ogp-policy-area-grid>: tiles, counts, icons, selection, keyboard, states and accessibility. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {OgpPolicyAreaGrid} from './policy-area-grid.js';
import {AREA_ICON_NAMES, AREA_ICONS, CHECK_ICON, FALLBACK_ICON, FALLBACK_ICON_NAME} from './icons.js';
import {
  captureWarnings,
  defineStandInList,
  expectAccessible,
  illustrativePlan,
  mountSettled,
  oneEvent,
  settled,
  shadowText,
  taiwanPlan,
  unique,
  type StandInList,
} from '../../../test/helpers.js';

type Grid = OgpPolicyAreaGrid;
const LANGS = ['en', 'zh-TW'] as const;

const tiles = (grid: Grid) => [...grid.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
const tile = (grid: Grid, id: string) => grid.shadowRoot!.querySelector<HTMLElement>(`.tile[data-area="${id}"]`)!;
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (grid: Grid) => (grid.shadowRoot!.activeElement as HTMLElement | null)?.dataset.area;
const tabStops = (grid: Grid) => tiles(grid).filter((t) => t.getAttribute('tabindex') === '0');

/** Commitments per policy area, computed from the data as the widget should. */
function countsOf(plan: any): Map<string, number> {
  const counts = new Map<string, number>(plan.policyAreas.map((a: any) => [a.id, 0]));
  for (const c of plan.commitments) for (const id of new Set<string>(c.policyAreas)) counts.set(id, counts.get(id)! + 1);
  return counts;
}


/** The shapes in a lucide icon's source file (node_modules/lucide-static), by tag name. */
async function lucideShapes(name: string): Promise<string[]> {
  const response = await fetch(`/node_modules/lucide-static/icons/${name}.svg`);
  expect(response.ok, `${name}.svg`).to.equal(true);
  const source = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  return [...source.documentElement.children].map((shape) => shape.localName);
}

/** The shapes an icon draws: the direct children of its <svg> (a shape nested in another is not drawn). */
const drawnShapes = (svg: Element) => [...svg.children].map((shape) => shape.localName);

const countText = (n: number, lang: string) =>
  lang === 'en' ? (n === 0 ? 'No commitments' : n === 1 ? '1 commitment' : `${n} commitments`) : n === 0 ? '沒有承諾事項' : `${n} 項承諾事項`;

describe('<ogp-policy-area-grid>', () => {
  describe('Taiwan data', () => {
    for (const lang of LANGS) {
      it(`${lang}: one tile per area with the name, topics and commitment count from the data`, async () => {
        const plan = await taiwanPlan();
        const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang=${lang} .plan=${plan}></ogp-policy-area-grid>`);
        expect(tiles(grid)).to.have.length(9);
        expect(plan.policyAreas).to.have.length(9);
        const counts = countsOf(plan);
        expect(counts.get('anti-corruption')).to.equal(3); // commitments 10, 11, 12
        expect(plan.commitments.filter((c: any) => c.policyAreas.includes('anti-corruption')).map((c: any) => c.id)).to.deep.equal(['10', '11', '12']);
        plan.policyAreas.forEach((area: any, i: number) => {
          const t = tiles(grid)[i];
          expect(t.dataset.area).to.equal(area.id);
          expect(text(t.querySelector('[part~="name"]'))).to.equal(area.title[lang]);
          // Text in the widget's language inherits its lang (a fallback language would carry its own).
          expect(t.querySelector('[part~="name"]')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
          expect(text(t.querySelector('[part~="count"]'))).to.equal(countText(counts.get(area.id)!, lang));
          const topics = [...t.querySelectorAll('.topic')].map(text);
          expect(topics).to.deep.equal(area.topics.map((topic: any) => topic[lang]));
          expect(t.hasAttribute('data-empty')).to.equal(counts.get(area.id) === 0);
        });
        expect(text(tile(grid, 'anti-corruption').querySelector('.count'))).to.equal(lang === 'en' ? '3 commitments' : '3 項承諾事項');
        // Areas with no commitments are present, marked and muted, not hidden.
        const empty = tiles(grid).filter((t) => t.hasAttribute('data-empty'));
        expect(empty.map((t) => t.dataset.area)).to.deep.equal(['fiscal-openness', 'justice']);
        for (const t of empty) {
          expect(getComputedStyle(t).display).not.to.equal('none');
          expect(t.getBoundingClientRect().height).to.be.greaterThan(20);
          // Muted, but not dashed: a dashed line means "no data", and no commitments is data.
          expect(getComputedStyle(t).borderStyle).not.to.contain('dashed');
          expect(getComputedStyle(t).backgroundColor).not.to.equal(getComputedStyle(tile(grid, 'anti-corruption')).backgroundColor);
        }
        expect(grid.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(lang);
      });
    }

    it('says "1 commitment" in the singular', async () => {
      const plan = await taiwanPlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`);
      expect(countsOf(plan).get('gender')).to.equal(1);
      expect(text(tile(grid, 'gender').querySelector('.count'))).to.equal('1 commitment');
      grid.lang = 'zh-TW';
      await grid.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await grid.updateComplete;
      expect(text(tile(grid, 'gender').querySelector('.count'))).to.equal('1 項承諾事項');
    });

    it('has a hidden, inline SVG icon per tile and makes no request for icons', async () => {
      const plan = await taiwanPlan();
      const before = performance.getEntriesByType('resource').length;
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`);
      for (const t of tiles(grid)) {
        const svgs = t.querySelectorAll('[part~="icon"] svg');
        expect(svgs).to.have.length(1);
        const svg = svgs[0];
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.getAttribute('stroke')).to.equal('currentColor');
        expect(svg.querySelectorAll('path, circle, rect').length).to.be.greaterThan(0);
      }
      // Different areas get different icons.
      const shapes = new Set(tiles(grid).map((t) => t.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, '')));
      expect(shapes.size).to.equal(9);
      expect(grid.shadowRoot!.querySelector('img')).to.equal(null);
      const after = performance.getEntriesByType('resource').slice(before);
      expect(after.map((e) => e.name)).to.deep.equal([]);
    });

    it('draws every shape of each icon, side by side in its <svg>', async () => {
      const plan = await taiwanPlan();
      plan.policyAreas.push({id: 'water', title: {en: 'Water'}, topics: []});
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" selectable selected="justice" .plan=${plan}></ogp-policy-area-grid>`);
      expect(tiles(grid)).to.have.length(10);
      for (const area of plan.policyAreas) {
        const expected = await lucideShapes((AREA_ICON_NAMES as Record<string, string>)[area.id] ?? FALLBACK_ICON_NAME);
        expect(expected.length, area.id).to.be.greaterThan(0);
        expect(drawnShapes(tile(grid, area.id).querySelector('[part~="icon"] svg')!), area.id).to.deep.equal(expected);
      }
      expect(drawnShapes(tile(grid, 'justice').querySelector('.cue svg')!)).to.deep.equal(await lucideShapes('check'));
      // dist/ minifies templates as HTML, which drops a self-closing `/>` and so nests the shapes
      // after it: the icon templates must close every shape with an end tag.
      for (const icon of [...Object.values(AREA_ICONS), FALLBACK_ICON, CHECK_ICON]) {
        expect(icon.strings.join('')).not.to.contain('/>');
      }
    });

    it('uses an area\'s own icon field, and the fallback for unknown ids and icon names', async () => {
      const plan = await taiwanPlan();
      const reference = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`);
      const shape = (grid: Grid, id: string) => tile(grid, id).querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, '');
      const scale = shape(reference, 'justice');
      const edited = structuredClone(plan);
      edited.policyAreas[0].icon = 'justice';
      edited.policyAreas[1].icon = 'no-such-icon';
      edited.policyAreas.push({id: 'water', title: {en: 'Water'}, topics: []});
      let grid!: Grid;
      const warnings = await captureWarnings(async () => {
        grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" .plan=${edited}></ogp-policy-area-grid>`);
      });
      expect(shape(grid, 'anti-corruption')).to.equal(scale);
      const fallback = shape(grid, 'water');
      expect(fallback).not.to.equal(scale);
      expect(shape(grid, 'civic-space')).to.equal(fallback);
      expect(warnings.join('\n')).to.match(/unknown icon "no-such-icon"/);
      expect(text(tile(grid, 'water').querySelector('.count'))).to.equal('No commitments');
    });
  });

  describe('the plan\'s stage', () => {
    it('a draft or adopted plan: one notice in the widget\'s language under the heading; none while implementing', async () => {
      const taiwan = await taiwanPlan();
      for (const [lang, stage, text] of [
        ['en', 'draft', 'This plan is a draft. Its progress will be tracked once it is being implemented.'],
        ['zh-TW', 'draft', '本方案為草案，進度將於方案開始執行後追蹤。'],
        ['en', 'adopted', 'This plan has been adopted. Its progress will be tracked once it is being implemented.'],
        ['zh-TW', 'adopted', '本方案已通過，進度將於方案開始執行後追蹤。'],
        ['en', 'implementing', undefined],
        ['en', 'ended', undefined],
      ] as const) {
        const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang=${lang} .plan=${{...taiwan, stage}}></ogp-policy-area-grid>`);
        const notices = [...grid.shadowRoot!.querySelectorAll('[part="stage-notice"]')];
        expect(notices.map((n) => n.textContent!.trim()), `${lang} ${stage}`).to.deep.equal(text ? [text] : []);
        if (text) expect(notices[0].previousElementSibling!.getAttribute('part')).to.equal('heading');
      }
    });
  });

  describe('headings', () => {
    it('has a "Policy areas" heading at heading-level and tile names one deeper', async () => {
      const plan = await taiwanPlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`);
      expect(text(grid.shadowRoot!.querySelector('h2'))).to.equal('Policy areas');
      expect(grid.shadowRoot!.querySelectorAll('h3.name')).to.have.length(9);
      grid.headingLevel = 4;
      await grid.updateComplete;
      expect(grid.shadowRoot!.querySelector('h2')).to.equal(null);
      expect(text(grid.shadowRoot!.querySelector('h4'))).to.equal('Policy areas');
      expect(grid.shadowRoot!.querySelectorAll('h5.name')).to.have.length(9);
    });

    it('takes the heading-level attribute, in zh-TW too', async () => {
      const plan = await taiwanPlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="zh-TW" heading-level="4" .plan=${plan}></ogp-policy-area-grid>`);
      expect(text(grid.shadowRoot!.querySelector('h4'))).to.equal('政策領域');
      expect(text(grid.shadowRoot!.querySelector('h5'))).to.equal('反貪');
    });

    it('leaves out the top heading with no-heading; selectable tiles are buttons, not headings', async () => {
      const plan = await taiwanPlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" no-heading selectable .plan=${plan}></ogp-policy-area-grid>`);
      expect(grid.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(tiles(grid).every((t) => t.tagName === 'BUTTON')).to.equal(true);
      expect(text(tile(grid, 'justice').querySelector('[part~="name"]'))).to.equal('Justice');
    });
  });

  describe('selectable', () => {
    async function selectableGrid(lang = 'en', selected?: string): Promise<Grid> {
      const plan = await taiwanPlan();
      return mountSettled<Grid>(
        html`<ogp-policy-area-grid lang=${lang} selectable selected=${selected ?? ''} .plan=${plan}></ogp-policy-area-grid>`,
      );
    }

    it('renders toggle buttons in a labelled group; click selects, clicking again clears', async () => {
      const grid = await selectableGrid();
      const group = grid.shadowRoot!.querySelector('[part~="grid"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Policy areas');
      expect(tiles(grid)).to.have.length(9);
      expect(tiles(grid).every((t) => t.getAttribute('aria-pressed') === 'false')).to.equal(true);

      let event = oneEvent(grid, 'ogp-select');
      tile(grid, 'justice').click();
      let detail = (await event).detail;
      expect(detail).to.deep.equal({kind: 'policy-area', id: 'justice'});
      await grid.updateComplete;
      expect(grid.selected).to.equal('justice');
      expect(grid.getAttribute('selected')).to.equal('justice');
      expect(tile(grid, 'justice').getAttribute('aria-pressed')).to.equal('true');
      expect(tile(grid, 'justice').getAttribute('part')).to.equal('tile tile-selected');
      // The checkbox-style box is ticked on the selected tile only.
      const ticked = (t: HTMLElement) => getComputedStyle(t.querySelector('.cue-tick')!).visibility === 'visible';
      expect(tiles(grid).filter(ticked).map((t) => t.dataset.area)).to.deep.equal(['justice']);
      expect(tiles(grid).filter((t) => t.getAttribute('aria-pressed') === 'true')).to.have.length(1);

      event = oneEvent(grid, 'ogp-select');
      tile(grid, 'gender').click();
      expect((await event).detail).to.deep.equal({kind: 'policy-area', id: 'gender'});
      await grid.updateComplete;
      expect(tile(grid, 'justice').getAttribute('aria-pressed')).to.equal('false');
      expect(tile(grid, 'gender').getAttribute('aria-pressed')).to.equal('true');

      event = oneEvent(grid, 'ogp-select');
      tile(grid, 'gender').click();
      detail = (await event).detail;
      expect(detail).to.deep.equal({kind: 'policy-area', id: ''});
      await grid.updateComplete;
      expect(grid.hasAttribute('selected')).to.equal(false);
      expect(tiles(grid).every((t) => t.getAttribute('aria-pressed') === 'false')).to.equal(true);
      expect(grid.shadowRoot!.querySelector('[part~="tile-selected"]')).to.equal(null);
    });

    it('fires ogp-select bubbling and composed, out of the shadow root', async () => {
      const plan = await taiwanPlan();
      const ids: string[] = [];
      const wrapper = await fixture(html`<div @ogp-select=${(e: CustomEvent) => ids.push(e.detail.id)}>
        <ogp-policy-area-grid lang="en" selectable .plan=${plan}></ogp-policy-area-grid>
      </div>`);
      const grid = wrapper.querySelector('ogp-policy-area-grid')!;
      await settled(grid);
      tile(grid, 'civic-space').click();
      expect(ids).to.deep.equal(['civic-space']);
    });

    it('takes selected from the page without firing an event', async () => {
      const grid = await selectableGrid('en', 'gender');
      expect(tile(grid, 'gender').getAttribute('aria-pressed')).to.equal('true');
      let fired = 0;
      grid.addEventListener('ogp-select', () => fired++);
      grid.setAttribute('selected', 'justice');
      await grid.updateComplete;
      expect(tile(grid, 'justice').getAttribute('aria-pressed')).to.equal('true');
      expect(tile(grid, 'gender').getAttribute('aria-pressed')).to.equal('false');
      expect(fired).to.equal(0);
    });

    it('has one tab stop: the first tile, or the selected one', async () => {
      const grid = await selectableGrid();
      expect(tabStops(grid).map((t) => t.dataset.area)).to.deep.equal(['anti-corruption']);
      grid.selected = 'justice';
      await grid.updateComplete;
      expect(tabStops(grid).map((t) => t.dataset.area)).to.deep.equal(['justice']);
      expect(tiles(grid).filter((t) => t.getAttribute('tabindex') === '-1')).to.have.length(8);
    });

    it('keyboard: Tab lands on one tile, arrows/Home/End move, Enter and Space toggle', async () => {
      const plan = await taiwanPlan();
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 60em">
        <button id="before">before</button>
        <ogp-policy-area-grid lang="en" selectable .plan=${plan}></ogp-policy-area-grid>
        <button id="after">after</button>
      </div>`);
      const grid = wrapper.querySelector('ogp-policy-area-grid')!;
      await settled(grid);
      const ids = plan.policyAreas.map((a: any) => a.id);
      const columns = getComputedStyle(grid.shadowRoot!.querySelector('[part~="grid"]')!).gridTemplateColumns.split(' ').length;
      expect(columns).to.equal(3); // 60em wide

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(grid);
      expect(active(grid)).to.equal(ids[0]);

      await sendKeys({press: 'ArrowRight'});
      expect(active(grid)).to.equal(ids[1]);
      await grid.updateComplete;
      expect(tabStops(grid).map((t) => t.dataset.area)).to.deep.equal([ids[1]]);
      await sendKeys({press: 'ArrowDown'});
      expect(active(grid)).to.equal(ids[1 + columns]);
      await sendKeys({press: 'ArrowLeft'});
      expect(active(grid)).to.equal(ids[columns]);
      await sendKeys({press: 'ArrowUp'});
      expect(active(grid)).to.equal(ids[0]);
      await sendKeys({press: 'ArrowLeft'});
      expect(active(grid)).to.equal(ids[0]); // stays at the first tile
      await sendKeys({press: 'End'});
      expect(active(grid)).to.equal(ids[8]);
      await sendKeys({press: 'ArrowRight'});
      expect(active(grid)).to.equal(ids[8]);
      await sendKeys({press: 'Home'});
      expect(active(grid)).to.equal(ids[0]);
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      expect(active(grid)).to.equal(ids[2]);

      let event = oneEvent(grid, 'ogp-select');
      await sendKeys({press: 'Enter'});
      expect((await event).detail).to.deep.equal({kind: 'policy-area', id: ids[2]});
      await grid.updateComplete;
      expect(tile(grid, ids[2]).getAttribute('aria-pressed')).to.equal('true');

      event = oneEvent(grid, 'ogp-select');
      await sendKeys({press: 'Space'});
      expect((await event).detail).to.deep.equal({kind: 'policy-area', id: ''});
      await grid.updateComplete;
      expect(tile(grid, ids[2]).getAttribute('aria-pressed')).to.equal('false');

      await sendKeys({press: 'ArrowDown'});
      expect(active(grid)).to.equal(ids[5]);
      await sendKeys({press: 'Space'});
      await grid.updateComplete;
      expect(grid.selected).to.equal(ids[5]);

      // Tab leaves the grid in one step; Shift+Tab comes back to the selected tile.
      await sendKeys({press: 'Home'});
      await sendKeys({press: 'Tab'});
      expect(document.activeElement!.id).to.equal('after');
      await grid.updateComplete;
      await sendKeys({press: 'Shift+Tab'});
      expect(active(grid)).to.equal(ids[5]);
    });

    it('ArrowDown moves to the next tile in one column', async () => {
      const plan = await taiwanPlan();
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 18em">
        <ogp-policy-area-grid lang="zh-TW" selectable .plan=${plan}></ogp-policy-area-grid>
      </div>`);
      const grid = wrapper.querySelector('ogp-policy-area-grid')!;
      await settled(grid);
      tiles(grid)[0].focus();
      await sendKeys({press: 'ArrowDown'});
      expect(active(grid)).to.equal('civic-space');
      await sendKeys({press: 'ArrowUp'});
      expect(active(grid)).to.equal('anti-corruption');
    });
  });

  describe('linking with for=ID (source side)', () => {
    defineStandInList('grid-test-list', {policyArea: 'gender'});

    it('sends choices to the linked list and shows the list\'s policy-area filter', async () => {
      const plan = await taiwanPlan();
      const page = await fixture<HTMLElement>(html`<div>
        <ogp-policy-area-grid lang="en" selectable for="linked" .plan=${plan}></ogp-policy-area-grid>
        <grid-test-list id="linked"></grid-test-list>
      </div>`);
      const grid = page.querySelector('ogp-policy-area-grid')!;
      const list = page.querySelector('grid-test-list') as StandInList;
      await settled(grid);
      await new Promise((resolve) => setTimeout(resolve));
      await grid.updateComplete;
      // In step with the filter the list already has.
      expect(grid.selected).to.equal('gender');
      expect(tile(grid, 'gender').getAttribute('aria-pressed')).to.equal('true');

      tile(grid, 'justice').click();
      tile(grid, 'justice').click();
      expect(list.received).to.deep.equal([
        {kind: 'policy-area', id: 'justice'},
        {kind: 'policy-area', id: ''},
      ]);

      // The list's own filter drives the grid, without an ogp-select.
      let fired = 0;
      grid.addEventListener('ogp-select', () => fired++);
      list.announce({policyArea: 'civic-space'});
      await grid.updateComplete;
      expect(grid.selected).to.equal('civic-space');
      expect(tile(grid, 'civic-space').getAttribute('aria-pressed')).to.equal('true');
      list.announce({policyArea: ''});
      await grid.updateComplete;
      expect(grid.hasAttribute('selected')).to.equal(false);
      expect(tiles(grid).every((t) => t.getAttribute('aria-pressed') === 'false')).to.equal(true);
      expect(fired).to.equal(0);
    });
  });

  describe('states', () => {
    it('says so when the plan has no policy areas, in both languages', async () => {
      const plan = await taiwanPlan();
      plan.policyAreas = [];
      for (const c of plan.commitments) c.policyAreas = [];
      for (const [lang, sentence] of [
        ['en', 'This action plan lists no policy areas.'],
        ['zh-TW', '此行動方案沒有列出政策領域。'],
      ]) {
        const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang=${lang} .plan=${plan}></ogp-policy-area-grid>`);
        expect(tiles(grid)).to.have.length(0);
        expect(shadowText(grid, '[part~="notice"]')).to.equal(sentence);
        await expectAccessible(grid);
      }
    });

    it('shows tile-shaped placeholders while loading', async () => {
      const grid = await fixture<Grid>(
        html`<ogp-policy-area-grid lang="en" src=${unique('/__test/plan.json?delay=1500')}></ogp-policy-area-grid>`,
      );
      await grid.updateComplete;
      const skeleton = grid.shadowRoot!.querySelector('[part~="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      const placeholders = skeleton.querySelectorAll('.sk-tile');
      expect(placeholders.length).to.be.within(3, 9);
      const box = placeholders[0].getBoundingClientRect();
      expect(box.height).to.be.greaterThan(60);
      expect(tiles(grid)).to.have.length(0);
      await settled(grid);
      expect(tiles(grid)).to.have.length(9);
      expect(Math.abs(tiles(grid)[0].getBoundingClientRect().height - box.height)).to.be.lessThan(box.height);
    });

    for (const lang of LANGS) {
      it(`${lang}: shows the error when src fails`, async () => {
        let detail: any;
        const wrapper = await fixture(html`<div @ogp-error=${(e: CustomEvent) => (detail = e.detail)}>
          <ogp-policy-area-grid lang=${lang} src=${unique('/__test/status?code=404')}></ogp-policy-area-grid>
        </div>`);
        const grid = wrapper.querySelector('ogp-policy-area-grid')!;
        await settled(grid);
        expect(grid.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        expect(shadowText(grid)).to.match(lang === 'en' ? /server answered with error 404/ : /伺服器回應錯誤 404/);
        expect(detail.kind).to.equal('http');
        expect(tiles(grid)).to.have.length(0);
        await expectAccessible(grid);
      });
    }

    it('loads from src', async () => {
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" src=${unique('/__test/plan.json')}></ogp-policy-area-grid>`);
      expect(tiles(grid)).to.have.length(9);
    });
  });

  describe('phones: a compact list', () => {
    /** The grid in a column `width` px wide (a 320 px phone less its margins: 288). */
    async function inColumn(width: number, lang: string, selectable: boolean): Promise<Grid> {
      const plan = await taiwanPlan();
      const column = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}px`}>
        <ogp-policy-area-grid lang=${lang} ?selectable=${selectable} .plan=${plan}></ogp-policy-area-grid>
      </div>`);
      const grid = column.querySelector<Grid>('ogp-policy-area-grid')!;
      await settled(grid);
      return grid;
    }
    const em = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

    for (const lang of LANGS) {
      for (const selectable of [false, true]) {
        it(`${lang}${selectable ? ', selectable' : ''}: one row per area with a small icon, topics under the name`, async () => {
          const grid = await inColumn(288, lang, selectable);
          expect(tiles(grid)).to.have.length(9);
          for (const t of tiles(grid)) {
            const size = em(t);
            const badge = t.querySelector('.badge')!.getBoundingClientRect();
            const name = t.querySelector('.name')!.getBoundingClientRect();
            expect(badge.width / size, `${t.dataset.area}: icon at most 2em`).to.be.at.most(2.01);
            expect(badge.right, `${t.dataset.area}: the name beside the icon`).to.be.at.most(name.left);
            const topic = t.querySelector('.topic');
            if (topic) {
              expect(topic.getBoundingClientRect().left, `${t.dataset.area}: topics under the name`).to.be.at.least(name.left - 1);
            } else {
              // An area without topics is a short row: its text and a thin padding (today's boxes had 1.8em).
              const text = Math.max(badge.height, t.querySelector('.titles')!.getBoundingClientRect().height);
              expect((t.getBoundingClientRect().height - text) / size, `${t.dataset.area}: a short row`).to.be.at.most(1.25);
            }
          }
        });
      }
    }

    it('in wider columns the tiles stay as they are: two columns or more, the larger icon', async () => {
      const grid = await inColumn(600, 'en', false);
      const [first, second] = tiles(grid);
      expect(second.getBoundingClientRect().top, 'two tiles side by side').to.equal(first.getBoundingClientRect().top);
      expect(first.querySelector('.badge')!.getBoundingClientRect().width / em(first)).to.be.closeTo(2.5, 0.01);
    });
  });

  describe('accessibility (axe-core)', () => {
    for (const lang of LANGS) {
      for (const theme of ['light', 'dark']) {
        for (const selectable of [false, true]) {
          it(`${lang}, ${theme}, ${selectable ? 'selectable' : 'not selectable'}: no violations`, async () => {
            const plan = await taiwanPlan();
            const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid
              lang=${lang}
              theme=${theme}
              ?selectable=${selectable}
              selected=${selectable ? 'justice' : ''}
              .plan=${plan}
            ></ogp-policy-area-grid>`);
            expect(tiles(grid)).to.have.length(9);
            await expectAccessible(grid);
          });
        }
      }
    }

    it('illustrative data: no violations, selectable with a selection', async () => {
      const plan = await illustrativePlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="zh-TW" selectable selected="anti-corruption" .plan=${plan}></ogp-policy-area-grid>`);
      expect(tiles(grid)).to.have.length(plan.policyAreas.length);
      await expectAccessible(grid);
    });

    it('button names come from their visible text: area, count, topics', async () => {
      const plan = await taiwanPlan();
      const grid = await mountSettled<Grid>(html`<ogp-policy-area-grid lang="en" selectable .plan=${plan}></ogp-policy-area-grid>`);
      const button = tile(grid, 'anti-corruption');
      expect(button.hasAttribute('aria-label')).to.equal(false);
      expect(button.hasAttribute('aria-labelledby')).to.equal(false);
      expect(text(button)).to.equal(
        'Anti-Corruption, 3 commitments, Beneficial Ownership, Open Contracting and Public Procurement, Political Integrity',
      );
      grid.selected = 'anti-corruption';
      await grid.updateComplete;
      // The checkbox-style box is for sight; aria-pressed tells assistive technology.
      expect(button.querySelector('.cue')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(button)).to.equal(
        'Anti-Corruption, 3 commitments, Beneficial Ownership, Open Contracting and Public Procurement, Political Integrity',
      );
    });
  });
});
