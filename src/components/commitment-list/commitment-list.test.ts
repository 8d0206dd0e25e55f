import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing} from 'lit';
import {csvParseRows} from 'd3-dsv';
import './define.js';
import type {OgpCommitmentList} from './commitment-list.js';
import {LinkController} from '../../base/linking.js';
import type {OgpFilterDetail} from '../../base/events.js';
import {expectAccessible, illustrativePlan, mountSettled, oneEvent, settled, shadowText, taiwanPlan} from '../../../test/helpers.js';

type List = OgpCommitmentList;
const $ = <T extends HTMLElement = HTMLElement>(list: List, selector: string) => list.shadowRoot!.querySelector<T>(selector);
const $$ = (list: List, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const shownIds = (list: List) => $$(list, '[data-commitment]').map((e) => e.dataset.commitment);
/** The cards or the table rows. */
const items = (list: List) => $$(list, '[part="item"], [part="row"]');
const count = (list: List) => shadowText(list, '[role="status"]');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const TODAY = '2026-11-28';
/** No filter at all: what \`filters\` and \`ogp-filter-change\` say then. */
const NONE: OgpFilterDetail = {
  policyArea: '',
  ogpValue: '',
  status: '',
  agency: '',
  query: '',
  changed: false,
  stale: false,
  lateWithChallenges: false,
};

async function choose(list: List, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(list, `select#${id}`)!;
  expect([...select.options].map((o) => o.value), `#${id} offers ${value}`).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await list.updateComplete;
}

async function type(list: List, text: string): Promise<void> {
  const input = $<HTMLInputElement>(list, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: text}));
  await list.updateComplete;
}

/** Turns a progress-report filter on or off, as the reader would. */
async function check(list: List, name: string, on = true): Promise<void> {
  const box = $<HTMLInputElement>(list, `input[type="checkbox"][name="${name}"]`)!;
  expect(box, name).to.exist;
  if (box.checked !== on) box.click();
  await list.updateComplete;
}
/** Text with its runs of spaces and line breaks made one space; no-break spaces stay. */
const squeeze = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();
const hashParams = () => new URLSearchParams(location.hash.slice(1));

/** The test's own reading of the data: every language of number, title and summary. */
const texts = (t: any): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));
const searchable = (c: any) => [c.number, ...texts(c.title), ...texts(c.summary)].join('\n').normalize('NFKC').toLowerCase();
const idsWhere = (plan: any, keep: (c: any) => boolean) => plan.commitments.filter(keep).map((c: any) => c.id);
const naturalOrder = (a: any, b: any) => {
  const pa = a.number.split('-').map(Number);
  const pb = b.number.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
};

/** A plan of `n` commitments made from the illustrative one. */
function bigPlan(base: any, n: number): any {
  const plan = structuredClone(base);
  plan.commitments = Array.from({length: n}, (_, i) => {
    const c = structuredClone(base.commitments[i % base.commitments.length]);
    c.id = `c${i + 1}`;
    c.number = String(i + 1);
    for (const m of c.milestones ?? []) m.id = `${c.id}-${m.id}`;
    // Progress reports name milestones by id: renamed the same way.
    for (const u of c.updates ?? []) for (const r of u.milestones ?? []) r.id = `${c.id}-${r.id}`;
    return c;
  });
  return plan;
}

describe('<ogp-commitment-list>', () => {
  let plan: any;
  beforeEach(async () => (plan = await illustrativePlan()));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const mount = (
    attrs: {lang?: string; layout?: string; theme?: string; pageSize?: number; syncUrl?: boolean; selectable?: boolean; level?: number; noHeading?: boolean; area?: string; status?: string; today?: string; staleAfter?: number} = {},
    data: any = plan,
  ) =>
    mountSettled<List>(html`<ogp-commitment-list
      lang=${attrs.lang ?? 'en'}
      layout=${attrs.layout ?? 'cards'}
      theme=${attrs.theme ?? 'light'}
      today=${attrs.today ?? TODAY}
      stale-after=${attrs.staleAfter ?? nothing}
      page-size=${attrs.pageSize ?? 20}
      heading-level=${attrs.level ?? 2}
      policy-area=${attrs.area ?? ''}
      status=${attrs.status ?? ''}
      ?sync-url=${attrs.syncUrl}
      ?selectable=${attrs.selectable}
      ?no-heading=${attrs.noHeading}
      .plan=${data}
    ></ogp-commitment-list>`);

  describe('the plan\'s stage', () => {
    it('a draft (Taiwan): one notice in the widget\'s language, no status line on any commitment', async () => {
      for (const [lang, text] of [
        ['en', 'This plan is a draft. Its progress will be tracked once it is being implemented.'],
        ['zh-TW', '本方案為草案，進度將於方案開始執行後追蹤。'],
      ] as const) {
        const list = await mount({lang}, await taiwanPlan());
        expect($$(list, '[part="stage-notice"]').map((n) => n.textContent!.trim())).to.deep.equal([text]);
        expect($$(list, '[part="item"]')).to.have.length(12);
        expect($$(list, '[part="status"]')).to.have.length(0);
        expect(shadowText(list)).not.to.match(/No progress reported|尚未回報/);
        await expectAccessible(list);
      }
    });

    it('a plan being implemented keeps each commitment\'s status; "not reported" has its SVG icon', async () => {
      const list = await mount();
      expect($$(list, '[part="stage-notice"]')).to.have.length(0);
      expect($$(list, '[part="status"]')).to.have.length(plan.commitments.length);
      const notReported = $(list, '[data-commitment="5"] [part="status"]')!;
      expect(notReported.textContent!.trim()).to.equal('No progress reported yet');
      expect(notReported.querySelector('svg.status-icon')).to.exist;
    });
  });

  describe('cards', () => {
    it('shows every commitment with number, title, status, progress, chips and summary', async () => {
      const list = await mount();
      expect(shownIds(list)).to.deep.equal(plan.commitments.map((c: any) => c.id));
      const first = plan.commitments[0];
      const item = $(list, `#commitment-${first.id}`)!;
      expect(item.dataset.commitment).to.equal(first.id);
      expect(item.querySelector('.number')!.textContent!.trim()).to.equal(`Commitment ${first.number}`);
      expect(item.querySelector('.title')!.tagName).to.equal('H3');
      expect(item.querySelector('.title')!.textContent!.trim()).to.equal(first.title.en);
      expect(item.querySelector<HTMLElement>('[part="status"]')!.dataset.status).to.equal(first.status);
      expect(item.querySelector('.progress-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^2 of 4 milestones complete · 1 overdue$/);
      expect(item.querySelectorAll('.chip.area')).to.have.length(first.policyAreas.length);
      expect(item.querySelectorAll('.chip.value')).to.have.length(first.ogpValues.length);
      expect(item.querySelector('.summary')!.textContent!.trim()).to.equal(first.summary.en);
      // The summary is clamped to three lines.
      const summary = item.querySelector<HTMLElement>('.summary')!;
      expect(getComputedStyle(summary).webkitLineClamp).to.equal('3');
      expect($(list, 'table')).to.equal(null);
      expect(list.shadowRoot!.querySelector('ogp-commitment-card')).to.equal(null);
    });

    it('puts its heading at the host level and titles one deeper, or titles at the host level without it', async () => {
      const list = await mount({level: 4});
      expect($(list, '.list-heading')!.tagName).to.equal('H4');
      expect($$(list, '.item .title').every((h) => h.tagName === 'H5')).to.equal(true);
      const bare = await mount({level: 4, noHeading: true});
      expect($(bare, '.list-heading')).to.equal(null);
      expect($$(bare, '.item .title').every((h) => h.tagName === 'H4')).to.equal(true);
    });

    it('with selectable, each title is a button that fires ogp-select for the commitment', async () => {
      const plain = await mount();
      expect($$(plain, '.title-button')).to.have.length(0);
      for (const layout of ['cards', 'rows']) {
        const list = await mount({selectable: true, layout});
        const buttons = $$(list, '.title-button');
        expect(buttons).to.have.length(plan.commitments.length);
        const heard = oneEvent(list, 'ogp-select');
        buttons[2].click();
        const event = await heard;
        expect(event.detail).to.deep.equal({kind: 'commitment', id: plan.commitments[2].id});
        expect(event.composed).to.equal(true);
      }
    });
  });

  describe('rows', () => {
    it('is a real table with a caption, column headers and a row header per commitment', async () => {
      const list = await mount({layout: 'rows'});
      const table = $(list, 'table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Commitments');
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
        'No.',
        'Title',
        'Status',
        'Last report',
        'Milestones',
        'End date',
        'Policy areas',
      ]);
      const rows = $$(list, 'tbody tr');
      expect(rows.map((r) => r.dataset.commitment)).to.deep.equal(plan.commitments.map((c: any) => c.id));
      expect(rows[0].id).to.equal(`commitment-${plan.commitments[0].id}`);
      expect(rows[0].querySelector('th[scope="row"]')!.textContent!.trim()).to.equal(plan.commitments[0].title.en);
      expect(rows[0].textContent!.replace(/\s+/g, ' ')).to.include('2 of 4 · 1 overdue').and.include('December 2026');
      // The withdrawn commitment 4: its withdrawn milestone is counted and named, in the rows and the cards.
      const withdrawn = rows.find((r) => r.dataset.commitment === '4')!;
      expect(withdrawn.querySelector('td[data-label="Milestones"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 of 2, 1 withdrawn');
      const cards = await mount({lang: 'zh-TW'});
      expect($(cards, '#commitment-4 .progress-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 個里程碑中已完成 1 個，已撤回 1 個');
      expect(rows[0].querySelectorAll('.area-list li')).to.have.length(plan.commitments[0].policyAreas.length);
      // Wide: a table; narrow (under 36em): one block per commitment, labelled cells.
      expect(getComputedStyle(rows[0]).display).to.equal('table-row');
      list.style.inlineSize = '20em';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(getComputedStyle(rows[0]).display).to.equal('block');
      expect(getComputedStyle(rows[0].querySelector('td[data-label="Status"]')!, '::before').content).to.include('Status');
      expect(rows[0].getBoundingClientRect().width).to.be.at.most(list.getBoundingClientRect().width);
    });

    it('leaves out columns the plan has no data for (a draft: no status yet)', async () => {
      const list = await mount({layout: 'rows', lang: 'zh-TW'}, await taiwanPlan());
      expect($$(list, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['編號', '名稱', '政策領域']);
      expect($$(list, 'tbody tr')[0].children).to.have.length(3);
      const implementing = await mount({layout: 'rows', lang: 'zh-TW'}, {...(await taiwanPlan()), stage: 'implementing'});
      expect($$(implementing, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['編號', '名稱', '狀態', '政策領域']);
    });
  });

  describe('filters', () => {
    it('filters by each policy area, with counts computed from the data', async () => {
      const list = await mount();
      const options = [...$<HTMLSelectElement>(list, '#area')!.options].slice(1);
      expect(options.map((o) => o.value)).to.deep.equal(plan.policyAreas.map((a: any) => a.id));
      for (const area of plan.policyAreas) {
        const expected = idsWhere(plan, (c) => c.policyAreas.includes(area.id));
        const option = options.find((o) => o.value === area.id)!;
        expect(option.textContent!.trim()).to.equal(`${area.title.en} (${expected.length})`);
        await choose(list, 'area', area.id);
        expect(list.filters.policyArea).to.equal(area.id);
        if (expected.length) {
          expect(shownIds(list)).to.deep.equal(expected);
          expect(count(list)).to.equal(`Showing ${expected.length} of ${plan.commitments.length} commitments`);
        } else {
          expect(shownIds(list)).to.deep.equal([]);
          expect($(list, '[part="empty"]')).to.exist;
        }
      }
    });

    it('filters by OGP value, status (with "Not reported") and lead agency', async () => {
      const list = await mount();
      const values = [...new Set(plan.commitments.flatMap((c: any) => c.ogpValues ?? []))] as string[];
      expect([...$<HTMLSelectElement>(list, '#value')!.options].slice(1).map((o) => o.value)).to.have.members(values);
      for (const value of values) {
        await choose(list, 'value', value);
        expect(shownIds(list)).to.deep.equal(idsWhere(plan, (c) => (c.ogpValues ?? []).includes(value)));
      }
      await choose(list, 'value', '');

      const statusOptions = [...$<HTMLSelectElement>(list, '#status')!.options].map((o) => o.value);
      expect(statusOptions).to.deep.equal(['', 'not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported']);
      for (const status of statusOptions.slice(1)) {
        await choose(list, 'status', status);
        const expected = idsWhere(plan, (c) => (c.status ?? 'not-reported') === status);
        expect(shownIds(list), status).to.deep.equal(expected);
      }
      expect($<HTMLSelectElement>(list, '#status')!.selectedOptions[0].textContent!.trim()).to.equal('Not reported (1)');
      await choose(list, 'status', '');

      const agencies = [...new Set(plan.commitments.flatMap((c: any) => (c.leadAgencies ?? []).map((a: any) => a.en)))] as string[];
      const agencyOptions = [...$<HTMLSelectElement>(list, '#agency')!.options].slice(1);
      expect(agencyOptions.map((o) => o.value)).to.have.members(agencies);
      for (const agency of agencies) {
        await choose(list, 'agency', agency);
        const expected = idsWhere(plan, (c) => (c.leadAgencies ?? []).some((a: any) => a.en === agency));
        expect(shownIds(list), agency).to.deep.equal(expected);
        expect($<HTMLSelectElement>(list, '#agency')!.selectedOptions[0].textContent!.trim()).to.equal(`${agency} (${expected.length})`);
      }
    });

    it('combines filters and starts from the policy-area and status attributes', async () => {
      const list = await mount({area: 'fiscal-openness', status: 'limited'});
      const expected = idsWhere(plan, (c) => c.policyAreas.includes('fiscal-openness') && c.status === 'limited');
      expect(expected.length).to.be.greaterThan(0);
      expect(shownIds(list)).to.deep.equal(expected);
      expect($<HTMLSelectElement>(list, '#area')!.value).to.equal('fiscal-openness');
      expect($<HTMLSelectElement>(list, '#status')!.value).to.equal('limited');
      list.setAttribute('status', 'substantial');
      await list.updateComplete;
      await list.updateComplete;
      expect(list.filters.status).to.equal('substantial');
    });

    it('leaves out menus with nothing to choose from (Taiwan: no values, statuses or agencies)', async () => {
      const taiwan = await taiwanPlan();
      const list = await mount({}, taiwan);
      expect($(list, '#area')).to.exist;
      expect($(list, '#value')).to.equal(null);
      expect($(list, '#agency')).to.equal(null);
      expect($(list, '#status')).to.equal(null);
      // A linked widget can still ask for a status the data has: the menu then appears with it.
      list.applySelection({kind: 'status', id: 'not-reported'});
      await list.updateComplete;
      expect($<HTMLSelectElement>(list, '#status')!.value).to.equal('not-reported');
      expect(shownIds(list)).to.have.length(12);
    });
  });

  describe('search', () => {
    it('finds Chinese by substring and English by words, in both UI languages', async () => {
      const taiwan = await taiwanPlan();
      const cases: [string, string][] = [
        ['資料開放', '1'],
        ['開放資料', '2'],
        ['electronic petition', '3'],
        ['PETITION referendum', '3'],
      ];
      for (const lang of ['en', 'zh-TW']) {
        const list = await mount({lang}, taiwan);
        for (const [query, mustFind] of cases) {
          await type(list, query);
          const tokens = query.normalize('NFKC').toLowerCase().split(/\s+/);
          const expected = idsWhere(taiwan, (c) => tokens.every((t) => searchable(c).includes(t)));
          expect(shownIds(list), `${lang}: ${query}`).to.deep.equal(expected);
          expect(expected, query).to.include(mustFind);
          expect(list.filters.query).to.equal(query);
        }
        expect(count(list)).to.equal(lang === 'en' ? 'Showing 1 of 12 commitments' : '顯示 12 項中的 1 項');
      }
    });

    it('searches summaries, numbers and full-width letters, and every word must match', async () => {
      const list = await mount();
      await type(list, 'lobbyists');
      expect(shownIds(list)).to.deep.equal(['2']);
      await type(list, 'ＢＵＤＧＥＴ');
      expect(shownIds(list)).to.deep.equal(idsWhere(plan, (c) => searchable(c).includes('budget')));
      await type(list, '預算 pilot');
      expect(shownIds(list)).to.deep.equal(['1-2']);
      await type(list, '1-2');
      expect(shownIds(list)).to.include('1-2');
      await type(list, '');
      expect(shownIds(list)).to.have.length(plan.commitments.length);
      expect(count(list)).to.equal(`${plan.commitments.length} commitments`);
    });

    it('keeps up with typing over 1,000 commitments', async () => {
      const big = bigPlan(plan, 1000);
      const list = await mount({}, big);
      const start = performance.now();
      for (const query of ['p', 'pu', 'pub', 'publ', 'publi', 'public', '預', '預算']) await type(list, query);
      const perKeystroke = (performance.now() - start) / 8;
      expect(perKeystroke).to.be.below(150);
      expect(count(list)).to.match(/^Showing \d+ of 1,000 commitments$/);
    });
  });

  describe('sorting', () => {
    it('sorts by number (naturally), status (OGP order, not reported last) and end date (none last)', async () => {
      const data = structuredClone(plan);
      data.commitments.find((c: any) => c.id === '7').number = '10';
      delete data.commitments.find((c: any) => c.id === '3').period;
      data.commitments.reverse();
      const list = await mount({}, data);
      const byNumber = [...data.commitments].sort(naturalOrder).map((c: any) => c.id);
      expect(shownIds(list)).to.deep.equal(byNumber);
      expect(byNumber.slice(0, 3)).to.deep.equal(['1-1', '1-2', '2']);
      expect(byNumber.at(-1)).to.equal('7');

      await choose(list, 'sort', 'status');
      const order = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', undefined];
      const byStatus = [...data.commitments]
        .sort((a: any, b: any) => order.indexOf(a.status) - order.indexOf(b.status) || naturalOrder(a, b))
        .map((c: any) => c.id);
      expect(shownIds(list)).to.deep.equal(byStatus);
      expect(shownIds(list).at(-1)).to.equal('5');

      await choose(list, 'sort', 'end');
      const end = (c: any) => (c.period ? `${c.period.end}-99-99`.slice(0, 10) : '~');
      const byEnd = [...data.commitments]
        .sort((a: any, b: any) => (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : naturalOrder(a, b)))
        .map((c: any) => c.id);
      expect(shownIds(list)).to.deep.equal(byEnd);
      expect(byEnd[0]).to.equal('2');
      expect(byEnd.at(-1)).to.equal('3');
      expect(list.sort).to.equal('end');
    });
  });

  describe('live count', () => {
    it('is a polite status in both languages, singular and plural', async () => {
      const list = await mount();
      const status = $(list, '[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(count(list)).to.equal('8 commitments');
      await choose(list, 'area', 'gender');
      expect(count(list)).to.equal('Showing 1 of 8 commitments');
      expect($(list, '[part="count"]')).to.equal(status);

      const zh = await mount({lang: 'zh-TW'});
      expect(count(zh)).to.equal('共 8 項承諾事項');
      await choose(zh, 'area', 'anti-corruption');
      expect(count(zh)).to.equal(`顯示 8 項中的 ${idsWhere(plan, (c) => c.policyAreas.includes('anti-corruption')).length} 項`);

      const one = structuredClone(plan);
      one.commitments = one.commitments.slice(0, 1);
      const single = await mount({}, one);
      expect(count(single)).to.equal('1 commitment');
      await type(single, 'nothing like this');
      expect(count(single)).to.equal('Showing 0 of 1 commitment');
    });
  });

  describe('show more', () => {
    it('shows a page at a time and moves focus to the first new item', async () => {
      const list = await mount({pageSize: 3});
      expect(shownIds(list)).to.deep.equal(plan.commitments.slice(0, 3).map((c: any) => c.id));
      let more = $(list, '[part="more-button"]')!;
      expect(more.textContent!.trim()).to.equal('Show 3 more (5 left)');
      more.click();
      await list.updateComplete;
      await list.updateComplete;
      expect(shownIds(list)).to.have.length(6);
      expect(list.shadowRoot!.activeElement).to.equal($(list, `[data-commitment="${plan.commitments[3].id}"]`));
      more = $(list, '[part="more-button"]')!;
      expect(more.textContent!.trim()).to.equal('Show 2 more (2 left)');
      more.click();
      await list.updateComplete;
      await list.updateComplete;
      expect(shownIds(list)).to.have.length(8);
      expect($(list, '[part="more-button"]')).to.equal(null);
      // A filter change starts again from one page.
      await choose(list, 'area', 'anti-corruption');
      await choose(list, 'area', '');
      expect(shownIds(list)).to.have.length(3);
    });

    it('shows 20 by default, 0 shows all, and focus lands on the new title button when selectable', async () => {
      const big = bigPlan(plan, 45);
      const list = await mount({selectable: true, lang: 'zh-TW'}, big);
      expect(shownIds(list)).to.have.length(20);
      expect(shadowText(list, '[part="more-button"]')).to.equal('再顯示 20 項（尚餘 25 項）');
      $(list, '[part="more-button"]')!.click();
      await list.updateComplete;
      await list.updateComplete;
      expect(shownIds(list)).to.have.length(40);
      expect(list.shadowRoot!.activeElement).to.equal($(list, '[data-commitment="c21"] .title-button'));
      const all = await mount({pageSize: 0}, big);
      expect(shownIds(all)).to.have.length(45);
      expect($(all, '[part="more-button"]')).to.equal(null);
    });
  });

  describe('keeping items', () => {
    for (const layout of ['cards', 'rows']) {
      it(`${layout}: keeps each commitment's element while it stays, through filtering, sorting and a change of language`, async () => {
        const list = await mount({layout, pageSize: 0});
        const before = items(list);
        expect(before.length).to.equal(plan.commitments.length);
        const elementOf = new Map(before.map((item) => [item.dataset.commitment, item]));
        /** Every shown commitment is drawn by the element that drew it at first (not one reused for another). */
        const keptFor = (shown: HTMLElement[]) => shown.every((item) => elementOf.get(item.dataset.commitment) === item);

        list.filters = {policyArea: 'civic-space'} as OgpFilterDetail;
        await list.updateComplete;
        const filtered = items(list);
        expect(filtered.length).to.be.within(1, before.length - 1);
        expect(filtered[0].dataset.commitment, 'the first item changes').not.to.equal(plan.commitments[0].id);
        expect(keptFor(filtered), 'the matching items keep their elements').to.equal(true);
        list.clearFilters();
        await list.updateComplete;
        expect(items(list).map((item) => item.dataset.commitment)).to.deep.equal(plan.commitments.map((c: any) => c.id));
        expect(keptFor(filtered), 'the items that stayed still have them').to.equal(true);

        list.sort = 'status';
        await list.updateComplete;
        const sorted = items(list);
        expect(sorted[0].dataset.commitment).not.to.equal(plan.commitments[0].id);
        expect(filtered.every((item) => sorted.includes(item)), 'sorting moves the elements').to.equal(true);
        expect(keptFor(filtered)).to.equal(true);

        list.lang = 'zh-TW';
        await settled(list);
        expect(items(list).every((item, i) => item === sorted[i]), 'the same elements, in Chinese').to.equal(true);
        const first = plan.commitments.find((c: any) => c.id === sorted[0].dataset.commitment);
        expect(sorted[0].querySelector('[part~="title"]')!.textContent!.trim()).to.equal(first.title['zh-TW']);
      });

      it(`${layout}: "Show more" adds items after the shown ones without taking any out; focus goes to the first new one`, async () => {
        const list = await mount({layout, pageSize: 3});
        const before = items(list);
        expect(before.length).to.equal(3);
        const container = before[0].parentElement!;
        const removed: Node[] = [];
        const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
        observer.observe(container, {childList: true});
        const more = $(list, '[part="more-button"]')!;
        more.focus();
        more.click();
        await list.updateComplete;
        removed.push(...observer.takeRecords().flatMap((record) => [...record.removedNodes]));
        observer.disconnect();
        expect(items(list).length).to.equal(6);
        expect(items(list).slice(0, 3).every((item, i) => item === before[i]), 'the shown items stay first').to.equal(true);
        expect(removed.filter((node) => node.nodeType === Node.ELEMENT_NODE), 'no shown item was taken out and put back').to.deep.equal([]);
        expect(list.shadowRoot!.activeElement, 'focus on the first new item').to.equal(items(list)[3]);
      });
    }
  });

  describe('layout stability', () => {
    afterEach(() => scrollTo(0, 0));

    for (const layout of ['cards', 'rows']) {
      it(`${layout}: the list is as tall before as after every item has been on screen (no shift while scrolling)`, async () => {
        const taiwan = await taiwanPlan();
        // A fixed-width column below the fold of a page that scrolls: every item starts out of view.
        const column = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px">
          <div style="block-size: 150vh"></div>
          <ogp-commitment-list lang="zh-TW" layout=${layout} page-size="0" today=${TODAY} .plan=${taiwan}></ogp-commitment-list>
        </div>`);
        const list = column.querySelector('ogp-commitment-list')!;
        await settled(list);
        await nextFrame();
        await nextFrame();
        const before = list.getBoundingClientRect().height;
        const shown = items(list);
        expect(shown).to.have.length(taiwan.commitments.length);
        for (const item of shown) {
          item.scrollIntoView();
          await nextFrame();
          await nextFrame();
        }
        scrollTo(0, 0);
        await nextFrame();
        await nextFrame();
        expect(list.getBoundingClientRect().height).to.equal(before);
      });
    }
  });

  describe('empty result', () => {
    it('says nothing matches and offers to clear the filters, then focuses the search box', async () => {
      for (const lang of ['en', 'zh-TW']) {
        const list = await mount({lang});
        await choose(list, 'area', 'fiscal-openness');
        await type(list, 'zzz');
        expect(shownIds(list)).to.deep.equal([]);
        expect(shadowText(list, '[part="empty"] .title')).to.equal(
          lang === 'en' ? 'No commitments match these filters.' : '沒有符合這些篩選條件的承諾事項。',
        );
        const clear = $(list, '[part="empty"] [part="clear-button"]')!;
        expect(clear.textContent!.trim()).to.equal(lang === 'en' ? 'Clear filters' : '清除篩選條件');
        clear.click();
        await list.updateComplete;
        await list.updateComplete;
        expect(list.filters).to.deep.equal(NONE);
        expect(shownIds(list)).to.have.length(plan.commitments.length);
        expect(list.shadowRoot!.activeElement).to.equal($(list, 'input[type="search"]'));
        expect($<HTMLInputElement>(list, 'input[type="search"]')!.value).to.equal('');
        expect($<HTMLSelectElement>(list, '#area')!.value).to.equal('');
      }
    });
  });

  describe('sync-url', () => {

    it('writes the filters into the hash and keeps a foreign commitment= parameter', async () => {
      history.replaceState(null, '', '#commitment=3');
      const list = await mount({syncUrl: true});
      await choose(list, 'area', 'civic-space');
      expect(hashParams().get('area')).to.equal('civic-space');
      expect(hashParams().get('commitment')).to.equal('3');
      await choose(list, 'sort', 'end');
      await type(list, '青年 youth');
      expect(Object.fromEntries(hashParams())).to.deep.equal({commitment: '3', area: 'civic-space', sort: 'end', q: '青年 youth'});
      list.clearFilters();
      await list.updateComplete;
      expect(Object.fromEntries(hashParams())).to.deep.equal({commitment: '3', sort: 'end'});
    });

    it('reads the hash on load and when it changes', async () => {
      history.replaceState(null, '', '#status=limited&q=budget&commitment=1-1');
      const list = await mount({syncUrl: true});
      expect(list.filters).to.deep.equal({...NONE, status: 'limited', query: 'budget'});
      expect(shownIds(list)).to.deep.equal(['1-2']);
      expect($<HTMLInputElement>(list, 'input[type="search"]')!.value).to.equal('budget');
      const changed = oneEvent(list, 'ogp-filter-change');
      location.hash = 'area=gender&commitment=1-1';
      const event = await changed;
      await list.updateComplete;
      expect(event.detail.policyArea).to.equal('gender');
      expect(shownIds(list)).to.deep.equal(['6']);
      expect($<HTMLSelectElement>(list, '#area')!.value).to.equal('gender');
      expect($<HTMLSelectElement>(list, '#status')!.value).to.equal('');
      // Without sync-url, the hash is neither read nor written.
      const other = await mount();
      expect(other.filters.policyArea).to.equal('');
      await choose(other, 'status', 'complete');
      expect(hashParams().get('status')).to.equal(null);
    });

    it('Back and Forward step through filter changes; typing makes one entry', async () => {
      const list = await mount({syncUrl: true});
      await choose(list, 'area', 'fiscal-openness');
      await choose(list, 'status', 'limited');
      expect(shownIds(list)).to.deep.equal(['1-2']);

      let popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await list.updateComplete;
      expect(list.filters.policyArea).to.equal('fiscal-openness');
      expect(list.filters.status).to.equal('');
      expect($<HTMLSelectElement>(list, '#status')!.value).to.equal('');
      expect(shownIds(list)).to.deep.equal(idsWhere(plan, (c) => c.policyAreas.includes('fiscal-openness')));

      popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await list.updateComplete;
      expect(list.filters.policyArea).to.equal('');
      expect(shownIds(list)).to.have.length(plan.commitments.length);

      popped = oneEvent(window, 'popstate');
      history.forward();
      await popped;
      await list.updateComplete;
      expect(list.filters.policyArea).to.equal('fiscal-openness');

      for (const query of ['b', 'bu', 'bud']) await type(list, query);
      expect(hashParams().get('q')).to.equal('bud');
      popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await list.updateComplete;
      expect(list.filters).to.include({policyArea: 'fiscal-openness', query: ''});
    });

    it('stops listening once removed from the page', async () => {
      const list = await mount({syncUrl: true});
      list.remove();
      location.hash = 'area=gender';
      await oneEvent(window, 'hashchange');
      expect(list.filters.policyArea).to.equal('');
    });
  });

  describe('linking (target side)', () => {
    it('applies selections and announces every filter change with ogp-filter-change', async () => {
      const list = await mount();
      const heard: OgpFilterDetail[] = [];
      list.addEventListener('ogp-filter-change', (e) => heard.push(e.detail));
      list.applySelection({kind: 'policy-area', id: 'anti-corruption'});
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(idsWhere(plan, (c) => c.policyAreas.includes('anti-corruption')));
      expect($<HTMLSelectElement>(list, '#area')!.value).to.equal('anti-corruption');
      list.applySelection({kind: 'status', id: 'complete'});
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(['2']);
      list.applySelection({kind: 'policy-area', id: ''});
      await choose(list, 'value', 'civic-participation');
      await type(list, 'x');
      list.filters = {policyArea: 'gender'} as OgpFilterDetail;
      list.applySelection({kind: 'policy-area', id: 'gender'}); // no change, no event
      expect(heard).to.deep.equal([
        {...NONE, policyArea: 'anti-corruption'},
        {...NONE, policyArea: 'anti-corruption', status: 'complete'},
        {...NONE, status: 'complete'},
        {...NONE, ogpValue: 'civic-participation', status: 'complete'},
        {...NONE, ogpValue: 'civic-participation', status: 'complete', query: 'x'},
        {...NONE, policyArea: 'gender'},
      ]);
    });

    it('works with a source linked by for="id" through LinkController', async () => {
      class FakeSource extends LitElement {
        static override properties = {for: {}};
        for?: string;
        seen: OgpFilterDetail[] = [];
        link = new LinkController(this, (filters) => this.seen.push(filters));
      }
      if (!customElements.get('fake-link-source')) customElements.define('fake-link-source', FakeSource);
      const wrapper = await fixture(html`<div>
        <fake-link-source for="my-list"></fake-link-source>
        <ogp-commitment-list id="my-list" lang="en" .plan=${plan}></ogp-commitment-list>
      </div>`);
      const source = wrapper.querySelector('fake-link-source') as unknown as FakeSource;
      const list = wrapper.querySelector('ogp-commitment-list')!;
      await list.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      source.link.send({kind: 'policy-area', id: 'gender'});
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(['6']);
      expect(source.seen.at(-1)!.policyArea).to.equal('gender');
      await choose(list, 'area', 'civic-space');
      expect(source.seen.at(-1)!.policyArea).to.equal('civic-space');
      source.link.send({kind: 'status', id: 'limited'});
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(idsWhere(plan, (c) => c.policyAreas.includes('civic-space') && c.status === 'limited'));
      expect(source.seen.at(-1)).to.include({policyArea: 'civic-space', status: 'limited'});
    });

    it('tells linked widgets about filters it starts with', async () => {
      const heard: OgpFilterDetail[] = [];
      await fixture(html`<div @ogp-filter-change=${(e: CustomEvent) => heard.push(e.detail)}>
        <ogp-commitment-list lang="en" policy-area="gender" .plan=${plan}></ogp-commitment-list>
      </div>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard.map((f) => f.policyArea)).to.deep.equal(['gender']);
    });
  });


  describe('progress reports', () => {
    /** The day the illustrative plan's reports are described for. */
    const REPORT_DAY = '2026-12-03';
    /** The test's own reading: the date of a commitment's latest report of the government's own. */
    const lastSelfDate = (c: any): string | undefined =>
      (c.updates ?? [])
        .filter((u: any) => (u.kind ?? 'self') === 'self')
        .map((u: any) => u.date)
        .sort()
        .at(-1);
    /** The plan without any progress report: what every list looked like before reports. */
    const withoutReports = (data: any) => {
      const copy = structuredClone(data);
      for (const c of copy.commitments) delete c.updates;
      delete copy.reportingIntervalMonths;
      return copy;
    };
    const boxLabel = (list: List, name: string) =>
      squeeze($(list, `input[name="${name}"]`)!.closest('label')!.textContent!);

    it('sorts by last report: newest first, never reported last in number order', async () => {
      const list = await mount({today: REPORT_DAY});
      await choose(list, 'sort', 'report');
      const expected = [...plan.commitments]
        .sort((a: any, b: any) => {
          const da = lastSelfDate(a) ?? '';
          const db = lastSelfDate(b) ?? '';
          return da !== db ? (da > db ? -1 : 1) : naturalOrder(a, b);
        })
        .map((c: any) => c.id);
      expect(shownIds(list)).to.deep.equal(expected);
      expect(shownIds(list).at(-1)).to.equal('5'); // never reported
      expect(list.sort).to.equal('report');
      expect($<HTMLSelectElement>(list, '#sort')!.selectedOptions[0].textContent!.trim()).to.equal('Last report');
      list.sort = 'number';
      await list.updateComplete;
      list.sort = 'report';
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(expected);
    });

    it('filters: changed in the latest period, no recent report (stale), late with challenges; each with its count', async () => {
      const list = await mount({today: REPORT_DAY});
      const cases: [string, string[], string][] = [
        ['changed', ['1-1', '3'], 'Changed in the latest period (2)'],
        ['stale', ['5', '7'], 'No recent report (2)'],
        ['lateWithChallenges', ['1-2', '3'], 'Late, with challenges (2)'],
      ];
      for (const [name, ids, label] of cases) {
        expect(boxLabel(list, name)).to.equal(label);
        await check(list, name);
        expect(shownIds(list), name).to.deep.equal(ids);
        expect(list.filters[name as keyof OgpFilterDetail]).to.equal(true);
        expect(count(list)).to.equal(`Showing ${ids.length} of ${plan.commitments.length} commitments`);
        await check(list, name, false);
        expect(shownIds(list)).to.have.length(plan.commitments.length);
      }
      // They combine with each other and with the other filters, and a script can set them.
      await check(list, 'changed');
      await check(list, 'lateWithChallenges');
      expect(shownIds(list)).to.deep.equal(['3']);
      await choose(list, 'status', 'substantial');
      expect(shownIds(list)).to.deep.equal([]);
      list.filters = {stale: true};
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(['5', '7']);
      expect($<HTMLInputElement>(list, 'input[name="stale"]')!.checked).to.equal(true);
      expect($<HTMLInputElement>(list, 'input[name="changed"]')!.checked).to.equal(false);
      list.clearFilters();
      await list.updateComplete;
      expect(list.filters).to.deep.equal(NONE);
    });

    it('stale-after sets how many months without a report make a commitment stale', async () => {
      const list = await mount({today: REPORT_DAY, staleAfter: 12});
      await check(list, 'stale');
      // 7 was last reported 10 months ago: not stale after 12; 5 never was (23 months).
      expect(shownIds(list)).to.deep.equal(['5']);
      expect($$(list, '[part="stale-mark"]').map((m) => m.closest<HTMLElement>('[data-commitment]')!.dataset.commitment)).to.deep.equal(['5']);
      list.staleAfter = 9;
      await list.updateComplete;
      expect(shownIds(list)).to.deep.equal(['5', '7']);
    });

    it('counts the report filters in "Filters (N active)" and keeps them in the hash', async () => {
      const list = await mount({today: REPORT_DAY, syncUrl: true});
      await check(list, 'stale');
      await check(list, 'lateWithChallenges');
      expect(shadowText(list, '.filters-toggle')).to.equal('Filters (2 active)');
      expect(hashParams().get('stale')).to.equal('1');
      expect(hashParams().get('late')).to.equal('1');
      expect(hashParams().has('changed')).to.equal(false);
      await check(list, 'stale', false);
      expect(hashParams().has('stale')).to.equal(false);
      history.replaceState(null, '', '#changed=1&sort=report');
      const other = await mount({today: REPORT_DAY, syncUrl: true});
      expect(other.filters).to.deep.equal({...NONE, changed: true});
      expect(other.sort).to.equal('report');
      expect(shownIds(other)).to.deep.equal(['1-1', '3']);
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
    });

    it('cards: "Last report" and the stale mark on each commitment, in both languages', async () => {
      for (const [lang, last, stale] of [
        ['en', 'Last report: 4\u00a0months ago', 'No report for 10\u00a0months'],
        ['zh-TW', '最近一次報告：4\u00a0個月前', '已10\u00a0個月未報告'],
      ] as const) {
        const list = await mount({lang, today: REPORT_DAY});
        const reported = plan.commitments.filter((c: any) => lastSelfDate(c));
        expect($$(list, '[part="last-report"]')).to.have.length(reported.length);
        const card = $(list, '[data-commitment="1-1"]')!;
        expect(squeeze(card.querySelector('[part="last-report"]')!.textContent!)).to.equal(last);
        expect(card.querySelector('[part="last-report"] time')!.getAttribute('datetime')).to.equal(lastSelfDate(plan.commitments[0]));
        expect(card.querySelector('[part="stale-mark"]')).to.equal(null);
        expect($(list, '[data-commitment="7"] [part="stale-mark"]')!.textContent!.trim()).to.equal(stale);
        expect($(list, '[data-commitment="5"] [part="last-report"]')).to.equal(null);
        expect($(list, '[data-commitment="5"] [part="stale-mark"]')).to.exist;
      }
    });

    it('rows: a "Last report" column with the date, and the stale mark where stale', async () => {
      const list = await mount({layout: 'rows', today: REPORT_DAY});
      const cell = (id: string) => $(list, `[data-commitment="${id}"] td[data-label="Last report"]`)!;
      expect(squeeze(cell('1-1').textContent!)).to.equal('15\u00a0July\u00a02026');
      expect(squeeze(cell('7').textContent!)).to.equal('20\u00a0January\u00a02026 No report for 10\u00a0months');
      expect(squeeze(cell('5').textContent!)).to.equal('–No report yet No report for 23\u00a0months');
      // Narrow: the cell stacks with its label and nothing runs sideways.
      list.style.inlineSize = '288px';
      await nextFrame();
      expect(getComputedStyle(cell('7'), '::before').content).to.include('Last report');
      const table = $(list, '.table-box')!;
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    });

    it('a plan without reports looks as before: no column, no report filters, no report order, no report parts', async () => {
      for (const data of [withoutReports(plan), await taiwanPlan()]) {
        for (const layout of ['cards', 'rows']) {
          const list = await mount({layout, today: REPORT_DAY}, data);
          expect($$(list, '[part="report-filters"], [part="last-report"], [part="stale-mark"], input[type="checkbox"]')).to.have.length(0);
          expect([...$<HTMLSelectElement>(list, '#sort')!.options].map((o) => o.value)).to.deep.equal(['number', 'status', 'end']);
          expect($$(list, 'thead th').map((th) => th.textContent!.trim())).not.to.include('Last report');
          expect($(list, '[data-format="updates"]')).to.equal(null);
        }
      }
    });

    it('a plan with reports that is not being implemented has no "stale" filter', async () => {
      const adopted = structuredClone(plan);
      adopted.stage = 'adopted';
      const list = await mount({today: REPORT_DAY}, adopted);
      expect($$(list, 'input[type="checkbox"]').map((box) => box.getAttribute('name'))).to.deep.equal(['changed', 'lateWithChallenges']);
      expect($$(list, '[part="stale-mark"]')).to.have.length(0);
    });

    it('odd but valid reports do not break it: an empty updates list, an update without progress', async () => {
      const odd = structuredClone(plan);
      odd.commitments[0].updates = [];
      odd.commitments[1].updates = [{date: '2026-08-01', status: 'limited'}];
      const list = await mount({today: REPORT_DAY}, odd);
      await choose(list, 'sort', 'report');
      expect(shownIds(list).slice(0, 1)).to.deep.equal(['1-2']);
      expect(shownIds(list)).to.have.length(plan.commitments.length);
      expect($(list, '[data-commitment="1-1"] [part="last-report"]')).to.equal(null);
    });

    it('has no axe violations with the report filters in use, in both languages and layouts', async () => {
      for (const lang of ['en', 'zh-TW']) {
        for (const layout of ['cards', 'rows']) {
          const list = await mount({lang, layout, today: REPORT_DAY});
          await check(list, 'stale');
          await expectAccessible(list);
        }
      }
    });
  });

  describe('downloads', () => {
    let saved: {blob: Blob; name: string}[];
    let restore: () => void;
    beforeEach(() => {
      saved = [];
      const create = URL.createObjectURL;
      const revoke = URL.revokeObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      const blobs = new Map<string, Blob>();
      URL.createObjectURL = (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      };
      URL.revokeObjectURL = () => {};
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({blob: blobs.get(this.href)!, name: this.download});
      };
      restore = () => {
        URL.createObjectURL = create;
        URL.revokeObjectURL = revoke;
        HTMLAnchorElement.prototype.click = click;
      };
    });
    afterEach(() => restore());

    async function download(list: List, format: string): Promise<{text: string; bytes: Uint8Array; name: string}> {
      const before = saved.length;
      const summary = $(list, '.download summary')!;
      summary.click();
      await list.updateComplete;
      $(list, `[part="download-button"][data-format="${format}"]`)!.click();
      for (let i = 0; i < 200 && saved.length === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      const {blob, name} = saved.at(-1)!;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return {text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes), bytes, name};
    }

    it('saves the filtered plan as JSON', async () => {
      const list = await mount();
      const whole = await download(list, 'json');
      expect(whole.name).to.equal(`${plan.id}.json`);
      expect(JSON.parse(whole.text).commitments).to.have.length(plan.commitments.length);
      await choose(list, 'area', 'digital-governance');
      const filtered = await download(list, 'json');
      expect(filtered.name).to.equal(`${plan.id}-filtered.json`);
      const parsed = JSON.parse(filtered.text);
      expect(parsed.commitments.map((c: any) => c.id)).to.deep.equal(idsWhere(plan, (c) => c.policyAreas.includes('digital-governance')));
      expect(parsed.policyAreas).to.deep.equal(plan.policyAreas);
      expect(parsed.commitments[0]).to.deep.equal(plan.commitments.find((c: any) => c.id === parsed.commitments[0].id));
      expect(filtered.text).to.include('\n  "schemaVersion": 1');
      expect(shadowText(list, '.download-panel p')).to.equal(`The files hold the ${parsed.commitments.length} commitments that match the filters.`);
    });

    it('saves a commitments CSV with a BOM, CRLF and a title column per language', async () => {
      const taiwan = await taiwanPlan();
      const list = await mount({lang: 'en'}, taiwan);
      await type(list, '開放');
      const {text, bytes, name} = await download(list, 'commitments');
      expect(name).to.equal(`${taiwan.id}-commitments-filtered.csv`);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(text.charAt(0)).to.equal('\uFEFF');
      expect(text).to.include('\r\n');
      expect(text.replace(/\r\n/g, '')).not.to.include('\n');
      const [header, ...rows] = csvParseRows(text.slice(1).trimEnd());
      expect(header).to.deep.equal([
        'id',
        'number',
        'title@en',
        'title@zh-TW',
        'status',
        'policy areas',
        'ogp values',
        'lead agencies',
        'start',
        'end',
        'milestones complete',
        'milestones total',
        'milestones withdrawn',
        'last report',
        'months without report',
        'changed in latest period',
      ]);
      // A draft has no reports: the report columns stay empty.
      expect(rows.every((r) => r.slice(13).every((cell) => cell === ''))).to.equal(true);
      const expected = taiwan.commitments.filter((c: any) => searchable(c).includes('開放'));
      expect(rows.map((r) => r[0])).to.deep.equal(expected.map((c: any) => c.id));
      rows.forEach((row, i) => {
        const c = expected[i];
        expect(row[2]).to.equal(c.title.en);
        expect(row[3]).to.equal(c.title['zh-TW']);
        expect(row[5]).to.equal(c.policyAreas.join('; '));
      });
    });

    it('saves a milestones CSV, one row per milestone with overdue relative to today', async () => {
      const list = await mount({lang: 'zh-TW'});
      await choose(list, 'status', 'limited');
      const {text, bytes, name} = await download(list, 'milestones');
      expect(name).to.equal(`${plan.id}-milestones-filtered.csv`);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = csvParseRows(text.slice(1).trimEnd());
      // The widget's language comes first.
      expect(header).to.deep.equal(['commitment id', 'commitment number', 'milestone id', 'title@zh-TW', 'title@en', 'status', 'start', 'end', 'overdue']);
      const expected = plan.commitments
        .filter((c: any) => c.status === 'limited')
        .flatMap((c: any) => c.milestones.map((m: any) => ({c, m})));
      expect(rows).to.have.length(expected.length);
      rows.forEach((row, i) => {
        const {c, m} = expected[i];
        const overdue = m.status !== 'complete' && m.status !== 'withdrawn' && `${m.end}-99`.slice(0, 10) < TODAY;
        expect(row).to.deep.equal([c.id, c.number, m.id, m.title['zh-TW'], m.title.en, m.status, m.start ?? '', m.end ?? '', overdue ? 'yes' : 'no']);
      });
      expect(rows.some((r) => r[8] === 'yes')).to.equal(true);
    });

    it('the JSON carries the progress reports; the commitments CSV says last report, months without one, and changed', async () => {
      const list = await mount({today: '2026-12-03'});
      const json = JSON.parse((await download(list, 'json')).text);
      expect(json.commitments.map((c: any) => c.updates)).to.deep.equal(plan.commitments.map((c: any) => c.updates));
      expect(json.reportingIntervalMonths).to.equal(plan.reportingIntervalMonths);
      const [header, ...rows] = csvParseRows((await download(list, 'commitments')).text.slice(1).trimEnd());
      const at = (name: string) => header.indexOf(name);
      const row = (id: string) => rows.find((r) => r[0] === id)!;
      expect(header.slice(-3)).to.deep.equal(['last report', 'months without report', 'changed in latest period']);
      expect(row('1-1').slice(at('last report'))).to.deep.equal(['2026-07-15', '', 'yes']);
      expect(row('7').slice(at('last report'))).to.deep.equal(['2026-01-20', '10', 'no']);
      expect(row('5').slice(at('last report'))).to.deep.equal(['', '23', 'no']);
      // Filtered to commitments none of which reported in the latest period, "changed" still
      // measures against the plan's latest period.
      await check(list, 'stale');
      const filtered = csvParseRows((await download(list, 'commitments')).text.slice(1).trimEnd());
      expect(filtered.slice(1).map((r) => r[0])).to.deep.equal(['5', '7']);
      expect(filtered.slice(1).map((r) => r.at(-1))).to.deep.equal(['no', 'no']);
    });

    it('saves a progress-reports CSV, one row per update, narrowed like the others', async () => {
      const list = await mount({lang: 'zh-TW', today: '2026-12-03'});
      const whole = await download(list, 'updates');
      expect(whole.name).to.equal(`${plan.id}-updates.csv`);
      expect([...whole.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = csvParseRows(whole.text.slice(1).trimEnd());
      expect(header.slice(0, 6)).to.deep.equal(['commitment id', 'commitment number', 'date', 'period start', 'period end', 'kind']);
      expect(header).to.include.members(['progress@zh-TW', 'progress@en', 'status', 'evidence', 'challenges', 'milestones']);
      // The widget's language first.
      expect(header.indexOf('progress@zh-TW')).to.be.lessThan(header.indexOf('progress@en'));
      const all = plan.commitments.flatMap((c: any) => (c.updates ?? []).map((u: any) => ({c, u})));
      expect(rows).to.have.length(all.length);
      const col = (name: string) => header.indexOf(name);
      const late = rows.filter((r) => r[0] === '1-2').at(-1)!;
      const source = plan.commitments.find((c: any) => c.id === '1-2').updates.at(-1);
      expect(late[col('date')]).to.equal(source.date);
      expect(late[col('challenges')]).to.equal(source.challenges.join('; '));
      expect(late[col('progress@en')]).to.equal(source.progress.en);
      expect(late[col('evidence')]).to.equal((source.evidence ?? []).map((e: any) => e.url).join('; '));
      const independent = rows.find((r) => r[col('kind')] === 'independent')!;
      expect(independent[0]).to.equal('6');
      await choose(list, 'area', 'digital-governance');
      const filtered = await download(list, 'updates');
      expect(filtered.name).to.equal(`${plan.id}-updates-filtered.csv`);
      const ids = new Set(csvParseRows(filtered.text.slice(1).trimEnd()).slice(1).map((r) => r[0]));
      expect([...ids]).to.deep.equal(
        idsWhere(plan, (c) => c.policyAreas.includes('digital-governance') && c.updates?.length),
      );
      expect($(list, '[data-format="updates"]')!.textContent!.trim()).to.equal('進度報告（CSV）');
    });
  });

  describe('phones: the count first, the filters behind a "Filters" button', () => {
    /** The list in a column `width` px wide (a 320 px phone less its margins: 288). */
    async function inColumn(width: number, lang = 'en', attrs = ''): Promise<List> {
      const column = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}px`}></div>`);
      column.innerHTML = `<ogp-commitment-list lang="${lang}" today="${TODAY}" page-size="3" ${attrs}></ogp-commitment-list>`;
      const list = column.firstElementChild as List;
      list.plan = plan;
      await settled(list);
      return list;
    }
    const shown = (element: HTMLElement | null) => Boolean(element && element.getClientRects().length);

    it('in a narrow column: the count comes first, the filters stay folded until the button opens them', async () => {
      for (const lang of ['en', 'zh-TW']) {
        const list = await inColumn(288, lang);
        const toggle = $(list, '[part="filters-toggle"]')!;
        const filters = $(list, '[part="filters"]')!;
        expect(shown(toggle), 'the Filters button shows').to.be.true;
        expect(shown(filters), 'the filters are folded away').to.be.false;
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(toggle.getAttribute('aria-controls')).to.equal(filters.id);
        expect(toggle.textContent!.trim()).to.equal(lang === 'en' ? 'Filters' : '篩選條件');
        // The count is the first thing after the heading row, before the button, and above the first card.
        const countBox = $(list, '[part="count"]')!.getBoundingClientRect();
        expect(countBox.top, 'not below the button').to.be.below(toggle.getBoundingClientRect().bottom);
        expect(countBox.left, 'before the button').to.be.at.most(toggle.getBoundingClientRect().left);
        expect(countBox.bottom).to.be.below($(list, '[part="item"]')!.getBoundingClientRect().top);
        expect(countBox.top - list.getBoundingClientRect().top, 'the count is near the top').to.be.below(160);

        toggle.click();
        await list.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(shown(filters), 'the button opens the filters').to.be.true;
        expect(filters.getBoundingClientRect().top, 'below the button').to.be.at.least(toggle.getBoundingClientRect().bottom);
        toggle.click();
        await list.updateComplete;
        expect(shown(filters), 'and folds them again').to.be.false;
      }
    });

    it('the button says how many filters are active, in both languages', async () => {
      for (const lang of ['en', 'zh-TW']) {
        const list = await inColumn(288, lang, 'policy-area="anti-corruption"');
        const toggle = $(list, '[part="filters-toggle"]')!;
        expect(toggle.textContent!.trim()).to.equal(lang === 'en' ? 'Filters (1\u00a0active)' : '篩選條件（已套用 1\u00a0項）');
        list.filters = {...list.filters, status: 'substantial', query: 'budget'};
        await list.updateComplete;
        expect(toggle.textContent!.trim()).to.equal(lang === 'en' ? 'Filters (3\u00a0active)' : '篩選條件（已套用 3\u00a0項）');
        expect(toggle.getAttribute('aria-expanded'), 'filters set from outside do not open the panel').to.equal('false');
      }
    });

    it('"Clear filters" with the filters folded: the Filters button takes focus', async () => {
      const list = await inColumn(288, 'en', 'policy-area="anti-corruption"');
      $(list, '.count-row [part="clear-button"]')!.click();
      await list.updateComplete;
      await list.updateComplete;
      expect(list.filters.policyArea).to.equal('');
      expect(list.shadowRoot!.activeElement).to.equal($(list, '[part="filters-toggle"]'));
      expect($(list, '[part="filters-toggle"]')!.textContent!.trim()).to.equal('Filters');
    });

    it('in a wide column the filters show as they are and there is no button', async () => {
      const list = await inColumn(800);
      expect(shown($(list, '[part="filters-toggle"]')), 'no Filters button').to.be.false;
      expect(shown($(list, '[part="filters"]')), 'the filters show').to.be.true;
      expect($$(list, 'select').every((select) => shown(select))).to.be.true;
    });

    it('has no axe violations in a narrow column, folded and open', async () => {
      const list = await inColumn(288, 'zh-TW', 'policy-area="anti-corruption"');
      await expectAccessible(list);
      $(list, '[part="filters-toggle"]')!.click();
      await list.updateComplete;
      await expectAccessible(list);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'zh-TW']) {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['cards', 'rows']) {
          it(`has no axe violations: ${lang}, ${theme}, ${layout}, filtered and empty`, async () => {
            const list = await mount({lang, theme, layout, pageSize: 3, selectable: layout === 'rows'});
            $<HTMLDetailsElement>(list, 'details.download')!.open = true;
            await expectAccessible(list);
            await choose(list, 'area', 'anti-corruption');
            await expectAccessible(list);
            await type(list, 'no such thing');
            expect($(list, '[part="empty"]')).to.exist;
            await expectAccessible(list);
          });
        }
      }
    }

    it('labels every control with a visible label', async () => {
      const list = await mount();
      for (const control of $$(list, 'input:not([type="checkbox"]), select')) {
        const label = $(list, `label[for="${control.id}"]`);
        expect(label, control.id).to.exist;
        expect(label!.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      // The progress-report checkboxes are labelled by the label around them, in a named group.
      const boxes = $$(list, 'input[type="checkbox"]');
      expect(boxes).to.have.length(3);
      for (const box of boxes) expect(box.closest('label')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(boxes[0].closest('fieldset')!.querySelector('legend')!.textContent!.trim()).to.equal('Progress reports');
      expect($(list, '[role="search"]')!.getAttribute('aria-label')).to.equal('Filter commitments');
    });
  });
});
