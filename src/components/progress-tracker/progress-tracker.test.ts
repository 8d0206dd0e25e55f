/** <ogp-progress-tracker>: figures against the data, both languages, selection, states, axe. */
import {expect, fixture, html} from '@open-wc/testing';
import {nothing} from 'lit';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {OgpProgressTracker} from './progress-tracker.js';
import {countMilestones} from '../../data/progress.js';
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

type Tracker = OgpProgressTracker;
const LANGS = ['en', 'zh-TW'] as const;
const ORDER = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported'];

const all = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const one = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What the test itself reads from the data: commitments per status, counted by hand. */
function spreadOf(plan: any): Map<string, number> {
  const counts = new Map(ORDER.map((s) => [s, 0]));
  for (const c of plan.commitments) {
    const key = c.status ?? 'not-reported';
    counts.set(key, counts.get(key)! + 1);
  }
  return counts;
}

const percentNumber = (text: string | null | undefined) => Number(squash(text).replace(/\D/g, ''));

describe('<ogp-progress-tracker>', () => {
  describe('whole plan (illustrative data)', () => {
    for (const lang of LANGS) {
      it(`${lang}: legend counts and percentages equal the data`, async () => {
        const plan = await illustrativePlan();
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} today="2026-03-15" .plan=${plan}></ogp-progress-tracker>`);
        const counts = spreadOf(plan);
        const total = plan.commitments.length;
        const entries = all(el, '[part~="legend"] > li');
        const expectedStatuses = ORDER.filter((s) => s !== 'not-reported' || counts.get(s)! > 0);
        expect(entries.map((e) => e.dataset.status)).to.deep.equal(expectedStatuses);
        for (const entry of entries) {
          const n = counts.get(entry.dataset.status!)!;
          expect(squash(entry.querySelector('.count')!.textContent)).to.equal(new Intl.NumberFormat(lang).format(n));
          // Whole percentages, each within a point of the exact share (rounded so that they add up).
          const shown = percentNumber(entry.querySelector('.percent')!.textContent);
          expect(Math.abs(shown - (n / total) * 100), entry.dataset.status).to.be.lessThan(1);
          expect(entry.querySelector('.swatch'), 'every entry has its swatch').to.exist;
          expect(squash(entry.querySelector('.label')!.textContent)).to.not.equal('');
        }
        // 1, 2, 2, 1, 1 and 1 of 8 each round to 13 % or 25 %, which would add up to 102 %.
        const sum = entries.reduce((total, entry) => total + percentNumber(entry.querySelector('.percent')!.textContent), 0);
        expect(sum, 'the legend adds up to 100 %').to.equal(100);
        if (lang === 'en') {
          expect(entries.map((e) => squash(e.querySelector('.label')!.textContent))).to.include.members([
            'Not started',
            'Limited',
            'Substantial',
            'Complete',
            'Withdrawn',
            'Not reported',
          ]);
        } else {
          expect(entries.map((e) => squash(e.querySelector('.label')!.textContent))).to.include.members(['尚未開始', '未回報', '完成']);
          expect(shadowText(el)).to.include('進度');
        }
      });
    }

    it('draws a stacked bar whose segments follow the data and fill the bar', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      const bar = one(el, '.distribution [part~="bar"]')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const segments = [...bar.querySelectorAll<HTMLElement>('[part~="segment"]')];
      const counts = spreadOf(plan);
      const total = plan.commitments.length;
      expect(segments.map((s) => s.dataset.status)).to.deep.equal(ORDER.filter((s) => counts.get(s)! > 0));
      const inner = bar.clientWidth;
      const widths = segments.map((s) => s.getBoundingClientRect().width);
      const sum = widths.reduce((a, b) => a + b, 0);
      expect(sum / inner).to.be.closeTo(1, 0.01);
      segments.forEach((segment, i) => {
        expect(widths[i] / inner, segment.dataset.status).to.be.closeTo(counts.get(segment.dataset.status!)! / total, 0.01);
        // The status colour comes through data-status → --_status-color.
        expect(getComputedStyle(segment).getPropertyValue('--_status-color').trim()).to.not.equal('');
      });
      // Neighbours are kept apart by a gap.
      expect(parseFloat(getComputedStyle(segments[0]).borderInlineEndWidth)).to.be.greaterThan(1);
    });

    it('counts milestones complete of total, withdrawn ones named, with overdue ones', async () => {
      const plan = await illustrativePlan();
      const today = '2026-03-15';
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today=${today} .plan=${plan}></ogp-progress-tracker>`);
      const expected = countMilestones(plan.commitments, today);
      const section = one(el, '.sections > [part~="milestones"]')!;
      const summary = section.querySelector<HTMLElement>('.milestone-progress')!;
      expect(Number(summary.dataset.complete)).to.equal(expected.complete);
      expect(Number(summary.dataset.total)).to.equal(expected.total);
      // Counted by hand from the data: every milestone, one of them withdrawn.
      const milestones = plan.commitments.flatMap((c: any) => c.milestones ?? []);
      const byStatus = (status: string) => milestones.filter((m: any) => m.status === status).length;
      expect(byStatus('withdrawn')).to.equal(1);
      expect(expected).to.include({total: milestones.length, complete: byStatus('complete'), withdrawn: 1});
      expect(squash(section.textContent)).to.include(
        `${expected.complete} of ${expected.total} milestones complete, ${expected.withdrawn} withdrawn`,
      );
      expect(squash(section.textContent)).not.to.include('not counted');
      expect(expected.overdue).to.be.greaterThan(0);
      expect(squash(section.textContent)).to.include(`${expected.overdue} overdue`);
      const bar = section.querySelector<HTMLElement>('.milestone-bar')!;
      const share = (status: string) => bar.querySelector(`[data-status="${status}"]`)!.getBoundingClientRect().width / bar.clientWidth;
      expect(share('complete')).to.be.closeTo(expected.complete / expected.total, 0.01);
      expect(share('withdrawn')).to.be.closeTo(expected.withdrawn / expected.total, 0.01);
    });

    for (const lang of LANGS) {
      it(`${lang}: one row per policy area that holds commitments`, async () => {
        const plan = await illustrativePlan();
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} today="2026-03-15" .plan=${plan}></ogp-progress-tracker>`);
        const table = one<HTMLTableElement>(el, 'table[part~="areas"]')!;
        expect(table.caption!.textContent!.trim()).to.not.equal('');
        const rows = [...table.tBodies[0].rows];
        const held = plan.policyAreas.filter((a: any) => plan.commitments.some((c: any) => c.policyAreas.includes(a.id)));
        expect(held.length).to.be.lessThan(plan.policyAreas.length + 1);
        expect(rows.map((r) => r.dataset.area)).to.deep.equal(held.map((a: any) => a.id));
        for (const [i, row] of rows.entries()) {
          const area = held[i];
          const inArea = plan.commitments.filter((c: any) => c.policyAreas.includes(area.id));
          const complete = inArea.filter((c: any) => c.status === 'complete').length;
          const withdrawn = inArea.filter((c: any) => c.status === 'withdrawn').length;
          const header = row.querySelector('th[scope="row"]')!;
          expect(squash(header.textContent)).to.equal(area.title[lang]);
          expect(row.querySelector('[part~="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
          const counts = countMilestones(inArea, '2026-03-15');
          if (lang === 'en') {
            expect(squash(row.textContent)).to.include(
              `${complete} of ${inArea.length} reported complete${withdrawn ? `, ${withdrawn} withdrawn` : ''}`,
            );
            if (counts.total) {
              const named = counts.withdrawn ? `, ${counts.withdrawn} withdrawn` : '';
              const percent = Math.round((counts.complete / counts.total) * 100);
              expect(squash(row.textContent)).to.include(`${counts.complete} of ${counts.total} milestones complete${named} (${percent}%)`);
            } else expect(squash(row.textContent)).to.include('No milestones recorded');
          } else {
            expect(squash(row.textContent)).to.include(`${inArea.length} 項中有 ${complete} 項回報完成${withdrawn ? `，${withdrawn} 項已撤回` : ''}`);
          }
        }
        expect(all(el, '[part~="areas"] th[scope="col"]')).to.have.length(3);
      });
    }

    it('does not put the area of a withdrawn commitment at 100 %', async () => {
      // Anti-corruption: commitment 2 (complete, two milestones complete) and the withdrawn
      // commitment 4 (one milestone complete, one withdrawn).
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today="2026-03-15" .plan=${plan}></ogp-progress-tracker>`);
      const row = one(el, 'tr[data-area="anti-corruption"]')!;
      expect(squash(row.textContent)).to.include('1 of 2 reported complete, 1 withdrawn');
      expect(squash(row.textContent)).to.include('3 of 4 milestones complete, 1 withdrawn (75%)');
      expect(squash(row.textContent)).not.to.include('100%');
      const segments = [...row.querySelectorAll<HTMLElement>('[part~="segment"]')].map((s) => s.dataset.status);
      expect(segments).to.deep.equal(['complete', 'withdrawn']);
      const bar = row.querySelector<HTMLElement>('.milestone-bar')!;
      expect([...bar.children].map((s) => (s as HTMLElement).dataset.status)).to.deep.equal(['complete', 'withdrawn']);
    });

    it('shows in the legend the same swatch as each bar segment: colour and pattern', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      const look = (node: Element) => {
        const [box, outline] = [getComputedStyle(node), getComputedStyle(node, '::before')];
        return {
          color: box.backgroundColor,
          pattern: box.backgroundImage.replace(/\d+(\.\d+)?px/g, 'px'),
          outline: `${outline.borderTopStyle} ${outline.borderTopColor}`,
        };
      };
      const segments = all(el, '.distribution [part~="segment"]');
      expect(segments).to.have.length(6);
      for (const segment of segments) {
        const status = segment.dataset.status!;
        const swatch = one(el, `[part~="legend"] > li[data-status="${status}"] .swatch`)!;
        expect(swatch, status).to.exist;
        expect(look(swatch), status).to.deep.equal(look(segment));
      }
      // And no two statuses look alike apart from their colour.
      const patterns = segments.map((segment) => {
        const {pattern, outline} = look(segment);
        return `${pattern.replace(/rgba?\([^)]*\)/g, 'c')} ${outline.split(' ')[0]} ${segment.dataset.status === 'complete' ? 'filled' : ''}`;
      });
      expect(new Set(patterns).size, patterns.join('\n')).to.equal(6);
    });

    it('keeps every segment and its pattern in forced-colours mode', async () => {
      const plan = await illustrativePlan();
      await emulateMedia({forcedColors: 'active'});
      try {
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
        const segments = all(el, '.distribution [part~="segment"]');
        expect(segments).to.have.length(6);
        const looks = segments.map((segment) => {
          const [box, outline] = [getComputedStyle(segment), getComputedStyle(segment, '::before')];
          expect(box.forcedColorAdjust, segment.dataset.status).to.equal('none');
          expect(outline.borderTopWidth, segment.dataset.status).not.to.equal('0px');
          return `${box.backgroundColor} ${box.backgroundImage} ${outline.borderTopStyle}`;
        });
        expect(new Set(looks).size, looks.join('\n')).to.equal(6);
      } finally {
        await emulateMedia({forcedColors: 'none'});
      }
    });

    it('sets its inline sizes through the CSSOM, so a page with a strict CSP allows them', async () => {
      // A frame whose policy refuses style attributes written as text (no 'unsafe-inline').
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '1000px';
      const define = new URL('./define.ts', import.meta.url).href;
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
        <script>
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        </script>
        <script type="module">import ${JSON.stringify(define)}; window.defined = true;</script>`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow as Window & {violations: string[]; defined?: boolean};
        for (let i = 0; i < 500 && !win.defined; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(win.defined, 'the element loaded in the frame').to.equal(true);
        const el = win.document.createElement('ogp-progress-tracker') as Tracker;
        el.setAttribute('lang', 'en');
        el.setAttribute('today', '2025-12-31');
        el.plan = await illustrativePlan();
        win.document.body.append(el);
        await settled(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(win.violations).to.deep.equal([]);
        // And the sizes arrived: each segment's share, the meter's fill, the today marker's label.
        const bar = one(el, '.distribution [part~="bar"]')!;
        const segments = [...bar.querySelectorAll<HTMLElement>('[part~="segment"]')];
        const total = segments.reduce((sum, s) => sum + Number(s.dataset.count), 0);
        for (const segment of segments) {
          const share = segment.getBoundingClientRect().width / bar.clientWidth;
          expect(share, segment.dataset.status).to.be.closeTo(Number(segment.dataset.count) / total, 0.01);
        }
        expect(one(el, '.milestone-bar > [data-status="complete"]')!.getBoundingClientRect().width).to.be.greaterThan(0);
        expect(one(el, '[part~="today"]')!.style.getPropertyValue('--_align')).to.equal('50%');
      } finally {
        frame.remove();
      }
    });

    it('places the today marker proportionally in the plan period', async () => {
      const plan = await illustrativePlan();
      expect(plan.period).to.deep.equal({start: '2025-01', end: '2026-12'});
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today="2025-12-31" .plan=${plan}></ogp-progress-tracker>`);
      const start = Date.UTC(2025, 0, 1);
      const endExclusive = Date.UTC(2027, 0, 1);
      const expected = (Date.UTC(2025, 11, 31) - start) / (endExclusive - start);
      expect(expected).to.be.closeTo(0.5, 0.01);
      const track = one(el, '[part~="timeline"] .track')!;
      const marker = one(el, '[part~="today"]')!;
      const t = track.getBoundingClientRect();
      const m = marker.getBoundingClientRect();
      const at = (m.left + m.width / 2 - t.left) / t.width;
      expect(at).to.be.closeTo(expected, 0.01);
      const text = shadowText(el, '[part~="timeline"]');
      expect(text).to.include('Today: 31 December 2025');
      expect(text).to.include('12 of 24 months elapsed');
      expect(text).to.include('January 2025');
    });

    it('says when the plan period has ended or not started, without a marker', async () => {
      const plan = await illustrativePlan();
      const after = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today="2027-02-01" .plan=${plan}></ogp-progress-tracker>`);
      expect(shadowText(after, '[part~="timeline"]')).to.include('The plan period has ended.');
      expect(one(after, '[part~="today"]')).to.equal(null);
      const before = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="zh-TW" today="2024-06-01" .plan=${plan}></ogp-progress-tracker>`);
      expect(shadowText(before, '[part~="timeline"]')).to.include('方案期程尚未開始');
      expect(one(before, '[part~="today"]')).to.equal(null);
    });

    it('omits the timeline when the plan has no period', async () => {
      const plan = await illustrativePlan();
      delete plan.period;
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      expect(one(el, '[part~="timeline"]')).to.equal(null);
      expect(one(el, '[part~="bar"]')).to.exist;
    });

    it('puts the legend in columns when wide and in one column when narrow', async () => {
      const plan = await illustrativePlan();
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px">
        <ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>
      </div>`);
      const el = wrapper.querySelector<Tracker>('ogp-progress-tracker')!;
      await settled(el);
      const columns = () => getComputedStyle(one(el, '[part~="legend"]')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(3);
      const tableDisplay = () => getComputedStyle(one(el, 'table[part~="areas"]')!).display;
      expect(tableDisplay()).to.equal('table');
      // The column heads sit above the first row, not on it, at every width the table shows
      // (a visually-hidden rule's `position: absolute !important` once kept them on top of it).
      for (const width of ['1000px', '600px']) {
        wrapper.style.inlineSize = width;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const head = one(el, 'table[part~="areas"] thead')!.getBoundingClientRect();
        const firstRow = one(el, 'table[part~="areas"] tbody tr')!.getBoundingClientRect();
        expect(head.height, `${width}: heads shown`).to.be.greaterThan(10);
        expect(head.bottom, `${width}: heads above the first row`).to.be.at.most(firstRow.top + 0.5);
      }
      wrapper.style.inlineSize = '280px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(columns()).to.equal(1);
      expect(tableDisplay()).to.equal('block');
      expect(el.scrollWidth).to.be.at.most(280);
    });
  });

  describe('reporting periods (illustrative data, three periods of self updates)', () => {
    // Counted by hand from data/examples/illustrative-plan.json: each commitment's latest self
    // update covering a period that ends no later; 5 has no update (its status, none, counts in
    // the latest period only), 3 and 7 are first reported in the third and second periods.
    const EXPECTED = [
      ['2025-01/2025-06', {limited: 4, substantial: 1, 'not-reported': 3}],
      ['2025-07/2025-12', {limited: 3, substantial: 1, complete: 1, withdrawn: 1, 'not-reported': 2}],
      ['2026-01/2026-06', {'not-started': 1, limited: 2, substantial: 2, complete: 1, withdrawn: 1, 'not-reported': 1}],
    ] as const;
    const countsOf = (row: HTMLElement) =>
      Object.fromEntries(
        [...row.querySelectorAll<HTMLElement>('[part~="segment"]')].map((s) => [s.dataset.status, Number(s.dataset.count)]),
      );

    it('draws one stacked bar per period, oldest first, counting each commitment as of the period end', async () => {
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${await illustrativePlan()}></ogp-progress-tracker>`);
      const rows = all(el, '[part~="periods"] [part~="period-bar"]');
      expect(rows.map((row) => row.dataset.period)).to.deep.equal(EXPECTED.map(([period]) => period));
      rows.forEach((row, i) => expect(countsOf(row), row.dataset.period).to.deep.equal(EXPECTED[i][1]));
      expect(rows.map((row) => squash(row.querySelector('.period-label')!.textContent))).to.deep.equal([
        'January 2025 – June 2025',
        'July 2025 – December 2025',
        'January 2026 – June 2026',
      ]);
      // The same fills as the main bar: a period segment looks like the distribution's segment of its status.
      const look = (segment: Element) => getComputedStyle(segment).backgroundImage.replace(/rgba?\([^)]*\)/g, 'c');
      const main = one(el, '.distribution [part~="segment"][data-status="limited"]')!;
      expect(look(rows[0].querySelector('[data-status="limited"]')!)).to.equal(look(main));
      // The period view comes first: a dashboard shows it at its top.
      expect(one(el, '.sections')!.firstElementChild!.getAttribute('part')).to.equal('periods');
    });

    it('counts a commitment as not reported before its first report, and by its status in the latest period without reports', async () => {
      const plan = {
        title: 'Two periods',
        stage: 'implementing',
        commitments: [
          {id: 'a', title: 'A', status: 'complete', updates: [
            {date: '2025-07-10', status: 'limited'},
            {date: '2026-01-10', status: 'complete'},
          ]},
          {id: 'b', title: 'B', status: 'limited', updates: [{date: '2026-01-12', status: 'limited', period: {start: '2025-07', end: '2025-12'}}]},
          {id: 'c', title: 'C', status: 'substantial'},
          {id: 'd', title: 'D', status: 'limited', updates: [{date: '2025-12-01', status: 'limited', kind: 'independent'}]},
        ],
      };
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      const rows = all(el, '[part~="period-bar"]');
      // a: first half of 2025 (its date's half-year), b: its own period; the independent update on d makes no period.
      expect(rows.map((row) => row.dataset.period)).to.deep.equal(['2025-07/2025-12', '2026-01/2026-06']);
      expect(countsOf(rows[0])).to.deep.equal({limited: 2, 'not-reported': 2});
      expect(countsOf(rows[1])).to.deep.equal({limited: 2, substantial: 1, complete: 1});
    });

    for (const lang of LANGS) {
      it(`${lang}: has a table twin for screen readers (rows periods, columns statuses, a caption); the bars are hidden from them`, async () => {
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} .plan=${await illustrativePlan()}></ogp-progress-tracker>`);
        const section = one(el, '[part~="periods"]')!;
        expect(section.querySelector('.period-chart')!.getAttribute('aria-hidden')).to.equal('true');
        const table = section.querySelector('table')!;
        const twin = table.parentElement!;
        expect(squash(table.caption!.textContent)).to.equal(
          lang === 'en'
            ? 'Commitments by status at the end of each reporting period, oldest first'
            : '各報告期間結束時各狀態的承諾事項數，由舊到新',
        );
        const heads = [...table.tHead!.rows[0].cells].map((cell) => squash(cell.textContent));
        expect(heads).to.deep.equal(
          lang === 'en'
            ? ['Reporting period', 'Not started', 'Limited', 'Substantial', 'Complete', 'Withdrawn', 'Not reported']
            : ['報告期間', '尚未開始', '有限', '大部分', '完成', '撤回', '未回報'],
        );
        const statuses = [...table.tHead!.rows[0].cells].slice(1).map((cell) => (cell as HTMLElement).dataset.status!);
        const body = [...table.tBodies[0].rows];
        expect(body).to.have.length(3);
        body.forEach((row, i) => {
          expect(row.cells[0].localName).to.equal('th');
          expect(row.cells[0].getAttribute('scope')).to.equal('row');
          const expected = EXPECTED[i][1] as Record<string, number>;
          expect([...row.cells].slice(1).map((cell) => Number(cell.textContent))).to.deep.equal(statuses.map((s) => expected[s] ?? 0));
        });
        // Visually hidden, yet read: it takes no room and is not display: none.
        expect(twin.getBoundingClientRect().width).to.be.lessThan(2);
        expect(getComputedStyle(table).display).to.not.equal('none');
        await expectAccessible(el);
      });
    }

    it('keeps the period bars\' patterns, and the table twin hidden, in forced-colours mode', async () => {
      await emulateMedia({forcedColors: 'active'});
      try {
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${await illustrativePlan()}></ogp-progress-tracker>`);
        const segments = all(el, '[part~="period-bar"]:last-child [part~="segment"]');
        expect(segments).to.have.length(6);
        const looks = segments.map((segment) => {
          const box = getComputedStyle(segment);
          expect(box.forcedColorAdjust).to.equal('none');
          return `${box.backgroundColor} ${box.backgroundImage} ${getComputedStyle(segment, '::before').borderTopStyle}`;
        });
        expect(new Set(looks).size, looks.join('\n')).to.equal(6);
        expect(one(el, '[part~="periods"] table')!.parentElement!.getBoundingClientRect().width).to.be.lessThan(2);
      } finally {
        await emulateMedia({forcedColors: 'none'});
      }
    });

    it('shows no period view for a plan without progress reports', async () => {
      const plan = await illustrativePlan();
      for (const commitment of plan.commitments) delete commitment.updates;
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      expect(one(el, '[part~="distribution"], .distribution')).to.exist;
      expect(one(el, '[part~="periods"]')).to.equal(null);
    });
  });

  describe('per-agency roll-up', () => {
    const agencyOrder = (el: Element) => all(el, '[part~="agencies"] tbody tr').map((row) => row.dataset.agency);
    const column = (el: Element, name: string) =>
      all(el, `[part~="agencies"] tbody td[data-column="${name}"]`).map((cell) => Number(cell.textContent));
    const header = (el: Element, name: string) => one(el, `[part~="agencies"] thead th[data-column="${name}"]`)!;

    it('lists each lead agency\'s commitments and milestones: total, done, on track, overdue', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today="2026-12-03" .plan=${plan}></ogp-progress-tracker>`);
      // By hand from the data: the agencies in the order they first appear, and the ministry's figures.
      expect(agencyOrder(el)).to.deep.equal([
        'Example Budget Office',
        'Ministry of Example Affairs',
        'Example Health Bureau',
        'Example Procurement Agency',
        'Example Statistics Office',
      ]);
      const ministry = plan.commitments.filter((c: any) => c.leadAgencies.some((a: any) => a.en === 'Ministry of Example Affairs'));
      expect(ministry.map((c: any) => c.id)).to.deep.equal(['1-1', '1-2', '2', '5', '7']);
      const cells = Object.fromEntries(
        all(el, '[part~="agencies"] tr[data-agency="Ministry of Example Affairs"] td').map((cell) => [cell.dataset.column, Number(cell.textContent)]),
      );
      // 2 complete; 1-1, 1-2 and 7 late; 5 on track. Milestones: those of 1-1, 1-2, 2, 5 and 7.
      expect(cells).to.include({'commitments-total': 5, 'commitments-done': 1, 'commitments-overdue': 3, 'commitments-onTrack': 1});
      expect(cells['milestones-total']).to.equal(ministry.reduce((n: number, c: any) => n + (c.milestones?.length ?? 0), 0));
      // Overdue figures above zero are marked.
      expect(one(el, 'tr[data-agency="Ministry of Example Affairs"] td[data-column="commitments-overdue"]')!.hasAttribute('data-alert')).to.equal(true);
    });

    it('sorts by each column from its header button, says so with aria-sort and a status message, and reverses on a second press', async () => {
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" today="2026-12-03" .plan=${await illustrativePlan()}></ogp-progress-tracker>`);
      const status = () => squash(one(el, '[part~="agencies"] ~ [role="status"]')!.textContent);
      expect(all(el, '[part~="agencies"] thead th[aria-sort]').every((th) => th.getAttribute('aria-sort') === 'none')).to.equal(true);
      const before = column(el, 'milestones-total');
      header(el, 'milestones-total').querySelector('button')!.click();
      await el.updateComplete;
      const descending = column(el, 'milestones-total');
      expect(descending).to.deep.equal([...before].sort((a, b) => b - a));
      expect(descending).to.not.deep.equal(before);
      expect(header(el, 'milestones-total').getAttribute('aria-sort')).to.equal('descending');
      expect(status()).to.equal('Sorted by Milestones · Total, descending');
      header(el, 'milestones-total').querySelector('button')!.click();
      await el.updateComplete;
      expect(column(el, 'milestones-total')).to.deep.equal([...before].sort((a, b) => a - b));
      expect(header(el, 'milestones-total').getAttribute('aria-sort')).to.equal('ascending');
      expect(status()).to.equal('Sorted by Milestones · Total, ascending');
      // By name: A to Z first; the other headers drop their sort.
      header(el, 'agency').querySelector('button')!.click();
      await el.updateComplete;
      expect(agencyOrder(el)).to.deep.equal([...agencyOrder(el)].sort((a, b) => a!.localeCompare(b!)));
      expect(agencyOrder(el)[0]).to.equal('Example Budget Office');
      expect(header(el, 'milestones-total').getAttribute('aria-sort')).to.equal('none');
      expect(header(el, 'agency').getAttribute('aria-sort')).to.equal('ascending');
    });

    it('sorts from the keyboard', async () => {
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="zh-TW" today="2026-12-03" .plan=${await illustrativePlan()}></ogp-progress-tracker>`);
      header(el, 'commitments-overdue').querySelector('button')!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(header(el, 'commitments-overdue').getAttribute('aria-sort')).to.equal('descending');
      expect(column(el, 'commitments-overdue')[0]).to.equal(3);
      expect(squash(one(el, '[part~="agencies"] ~ [role="status"]')!.textContent)).to.equal('依「承諾事項·逾期」排序，遞減');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(header(el, 'commitments-overdue').getAttribute('aria-sort')).to.equal('ascending');
      await expectAccessible(el);
    });

    it('is calm at 320 px: no sideways scroll, the sort buttons stay visible', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><ogp-progress-tracker lang="zh-TW" today="2026-12-03"></ogp-progress-tracker></div>`);
      const el = wrapper.querySelector<Tracker>('ogp-progress-tracker')!;
      el.plan = await illustrativePlan();
      await settled(el);
      expect(el.shadowRoot!.querySelector('.tracker')!.scrollWidth).to.be.at.most(el.shadowRoot!.querySelector('.tracker')!.clientWidth + 1);
      // Each button is on screen (not clipped away with the stacked table's hidden head), naming its group.
      for (const button of all(el, '[part~="sort-button"]')) {
        button.scrollIntoView({block: 'center'});
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(40);
        const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(button.contains(hit), squash(button.textContent)).to.equal(true);
      }
      const fullName = header(el, 'commitments-done').querySelector<HTMLElement>('.full-name')!;
      expect(squash(fullName.textContent)).to.equal('承諾事項·已完成');
      expect(getComputedStyle(fullName).clipPath).to.equal('none');
    });

    it('is left out for a draft (nothing can be done or overdue yet) and for a plan whose commitments name no lead agency', async () => {
      const taiwan = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${await taiwanPlan()}></ogp-progress-tracker>`);
      expect(one(taiwan, '[part~="agencies"]')).to.equal(null);
      const plan = await illustrativePlan();
      for (const commitment of plan.commitments) delete commitment.leadAgencies;
      const anonymous = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      expect(one(anonymous, '[part~="periods"]')).to.exist;
      expect(one(anonymous, '[part~="agencies"]')).to.equal(null);
    });
  });

  describe('a plan without progress (Taiwan draft)', () => {
    const expected = {
      en: ['This plan is a draft. Its progress will be tracked once it is being implemented.', /12 commitments/, /No progress|not reported/i],
      'zh-TW': ['本方案為草案，進度將於方案開始執行後追蹤。', /12 項承諾事項/, /尚未回報/],
    } as const;
    for (const lang of LANGS) {
      it(`${lang}: says once that progress is tracked from implementation on, and draws no bar`, async () => {
        const plan = await taiwanPlan();
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} .plan=${plan}></ogp-progress-tracker>`);
        const [notice, count, notReported] = expected[lang];
        expect(all(el, '[part="stage-notice"]').map((n) => squash(n.textContent))).to.deep.equal([notice]);
        expect(shadowText(el)).to.match(count);
        expect(shadowText(el)).not.to.match(notReported);
        await expectAccessible(el);
        expect(one(el, '[part~="bar"]')).to.equal(null);
        expect(one(el, '[part~="segment"]')).to.equal(null);
        expect(one(el, '[part~="legend"]')).to.equal(null);
        expect(one(el, '[part~="timeline"]'), 'the draft has no period').to.equal(null);
        expect(shadowText(el)).to.not.include('0%');
      });
    }
  });

  describe('one commitment', () => {
    it('narrows to the commitment: its status, milestone counts and milestones by end date', async () => {
      const plan = await illustrativePlan();
      const today = '2026-03-15';
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" commitment="1-2" today=${today} .plan=${plan}></ogp-progress-tracker>`);
      const commitment = plan.commitments.find((c: any) => c.id === '1-2');
      const expected = countMilestones([commitment], today);
      const summary = one(el, '.milestone-progress')!;
      expect(Number(summary.dataset.complete)).to.equal(expected.complete);
      expect(Number(summary.dataset.total)).to.equal(expected.total);
      expect(Number(summary.dataset.overdue)).to.equal(expected.overdue);
      expect(squash(summary.textContent)).to.include(`${expected.complete} of ${expected.total} milestones complete`);
      expect(one(el, '.own-status')!.dataset.status).to.equal(commitment.status);
      expect(shadowText(el, '.own-status')).to.include('Limited');
      expect(shadowText(el, '.commitment-title')).to.equal(commitment.title.en);
      const items = all(el, '.milestone-timeline > li');
      const byEnd = [...commitment.milestones].sort((a: any, b: any) => (a.end < b.end ? -1 : 1));
      expect(items.map((li) => li.dataset.status)).to.deep.equal(byEnd.map((m: any) => m.status));
      items.forEach((li) => expect(li.querySelector('svg.status-icon')).to.exist);
      expect(all(el, '.milestone-timeline [data-overdue]')).to.have.length(expected.overdue);
      // Narrowed: no plan-wide distribution or area table.
      expect(one(el, '[part~="legend"]')).to.equal(null);
      expect(one(el, '[part~="areas"]')).to.equal(null);
      expect(one(el, '[part~="timeline"]')).to.exist;
    });

    it('says so for a commitment without progress in a plan being implemented', async () => {
      const plan = {...(await taiwanPlan()), stage: 'implementing'};
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="zh-TW" commitment="4" .plan=${plan}></ogp-progress-tracker>`);
      expect(shadowText(el)).to.include('此承諾事項尚未回報任何進度。');
      expect(one(el, '.own-status[data-status="not-reported"] svg.status-icon')).to.exist;
      expect(one(el, '[part="stage-notice"]')).to.equal(null);
      expect(one(el, '[part~="bar"]')).to.equal(null);
    });

    it('for a commitment of a draft, says once that progress is tracked from implementation on', async () => {
      const plan = await taiwanPlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="zh-TW" commitment="4" .plan=${plan}></ogp-progress-tracker>`);
      expect(all(el, '[part="stage-notice"]').map((n) => squash(n.textContent))).to.deep.equal(['本方案為草案，進度將於方案開始執行後追蹤。']);
      expect(shadowText(el, '.commitment-title')).to.equal('青年政策參與');
      expect(shadowText(el)).not.to.include('尚未回報');
      expect(one(el, '.own-status')).to.equal(null);
    });

    it('a plan being implemented without any progress yet still says that none was reported', async () => {
      const plan = {...(await taiwanPlan()), stage: 'implementing'};
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      expect(shadowText(el)).to.match(/No progress has been reported for this plan yet\./);
      expect(one(el, '[part="stage-notice"]')).to.equal(null);
    });

    for (const lang of LANGS) {
      it(`${lang}: an unknown id names the id, lists the ids and warns`, async () => {
        const plan = await illustrativePlan();
        const all: string[] = plan.commitments.map((c: any) => c.id);
        const ids = all.join(', ');
        // In the widget, a list in the reader's language: "1-1, 1-2, and 2", "1-1、1-2和2".
        const listed = lang === 'en' ? `${all.slice(0, -1).join(', ')}, and ${all.at(-1)}` : `${all.slice(0, -1).join('、')}和${all.at(-1)}`;
        let el!: Tracker;
        const warnings = await captureWarnings(async () => {
          el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} commitment="nope" .plan=${plan}></ogp-progress-tracker>`);
        });
        const alert = one(el, '[role="alert"]')!;
        expect(squash(alert.textContent)).to.include('nope');
        expect(squash(alert.textContent)).to.include(listed);
        if (lang === 'zh-TW') expect(squash(alert.textContent)).to.include('此行動方案中沒有 id 為「nope」的承諾事項');
        expect(warnings.join('\n')).to.include('commitment="nope"');
        expect(warnings.join('\n')).to.include(ids);
        await expectAccessible(el);
      });
    }
  });

  describe('selectable legend', () => {
    it('makes entries toggle buttons that fire ogp-select, by click', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" selectable .plan=${plan}></ogp-progress-tracker>`);
      const buttons = all<HTMLButtonElement>(el, '[part~="legend"] button');
      expect(buttons.length).to.equal(all(el, '[part~="legend"] > li').length);
      buttons.forEach((b) => expect(b.getAttribute('aria-pressed')).to.equal('false'));
      const limited = buttons.find((b) => b.closest('li')!.dataset.status === 'limited')!;
      expect(squash(limited.textContent)).to.match(/Limited 2 commitments, 25%/);

      let event = oneEvent(el, 'ogp-select');
      limited.click();
      let detail = (await event).detail;
      expect(detail).to.deep.equal({kind: 'status', id: 'limited'});
      await el.updateComplete;
      expect(el.selected).to.equal('limited');
      expect(el.getAttribute('selected')).to.equal('limited');
      const pressed = () => all(el, '[aria-pressed="true"]').map((b) => b.closest('li')!.dataset.status);
      expect(pressed()).to.deep.equal(['limited']);

      event = oneEvent(el, 'ogp-select');
      all<HTMLButtonElement>(el, '[part~="legend"] button').find((b) => b.closest('li')!.dataset.status === 'complete')!.click();
      expect((await event).detail).to.deep.equal({kind: 'status', id: 'complete'});
      await el.updateComplete;
      expect(pressed()).to.deep.equal(['complete']);

      event = oneEvent(el, 'ogp-select');
      all<HTMLButtonElement>(el, '[aria-pressed="true"]')[0].click();
      detail = (await event).detail;
      expect(detail).to.deep.equal({kind: 'status', id: ''});
      await el.updateComplete;
      expect(pressed()).to.deep.equal([]);
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('works from the keyboard: Tab between entries, Enter and Space toggle', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" selectable .plan=${plan}></ogp-progress-tracker>`);
      const buttons = all<HTMLButtonElement>(el, '[part~="legend"] button');
      buttons[0].focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
      const events: string[] = [];
      el.addEventListener('ogp-select', (e) => events.push(e.detail.id));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(events).to.deep.equal([buttons[1].closest('li')!.dataset.status]);
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(events).to.deep.equal([buttons[1].closest('li')!.dataset.status, '']);
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(el.selected).to.equal(buttons[2].closest('li')!.dataset.status);
    });

    it('reflects a selected attribute set by the page', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" selectable selected="withdrawn" .plan=${plan}></ogp-progress-tracker>`);
      expect(all(el, '[aria-pressed="true"]').map((b) => b.closest('li')!.dataset.status)).to.deep.equal(['withdrawn']);
    });

    it('with for=ID, sends choices to the linked list and shows its status filter', async () => {
      defineStandInList('fake-tracker-target', {status: 'withdrawn'});
      const plan = await illustrativePlan();
      const wrapper = await fixture<HTMLElement>(html`<div>
        <ogp-progress-tracker lang="en" selectable for="target-list" .plan=${plan}></ogp-progress-tracker>
        <fake-tracker-target id="target-list"></fake-tracker-target>
      </div>`);
      const el = wrapper.querySelector<Tracker>('ogp-progress-tracker')!;
      const list = wrapper.querySelector<StandInList>('fake-tracker-target')!;
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      const pressed = () => all(el, '[aria-pressed="true"]').map((b) => b.closest('li')!.dataset.status);
      // In step with the filter the list starts with.
      expect(el.selected).to.equal('withdrawn');
      expect(pressed()).to.deep.equal(['withdrawn']);
      const button = (status: string) =>
        all<HTMLButtonElement>(el, '[part~="legend"] button').find((b) => b.closest('li')!.dataset.status === status)!;
      button('complete').click();
      await el.updateComplete;
      expect(list.received).to.deep.equal([{kind: 'status', id: 'complete'}]);
      expect(pressed()).to.deep.equal(['complete']);
      // The list's own filter controls drive the legend back.
      list.announce({status: 'limited'});
      await el.updateComplete;
      expect(el.selected).to.equal('limited');
      expect(pressed()).to.deep.equal(['limited']);
      list.announce({status: ''});
      await el.updateComplete;
      expect(pressed()).to.deep.equal([]);
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('renders plain list items without selectable', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" .plan=${plan}></ogp-progress-tracker>`);
      expect(all(el, '[part~="legend"] button')).to.have.length(0);
    });
  });

  describe('headings and states', () => {
    it('respects heading-level and no-heading', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" heading-level="4" .plan=${plan}></ogp-progress-tracker>`);
      expect(all(el, 'h4').map((h) => squash(h.textContent))).to.deep.equal(['Progress']);
      expect(all(el, 'h5').length).to.be.greaterThan(2);
      expect(all(el, 'h2, h3, h6')).to.have.length(0);
      const bare = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="en" no-heading heading-level="3" .plan=${plan}></ogp-progress-tracker>`);
      expect(shadowText(bare, 'h3')).to.not.equal('Progress');
      expect(all(bare, 'h3').length).to.be.greaterThan(2);
      expect(all(bare, 'h4')).to.have.length(0);
    });

    it('says an empty plan has no commitments, in one sentence', async () => {
      const plan = await illustrativePlan();
      plan.commitments = [];
      for (const [lang, text] of [['en', 'This action plan has no commitments yet.'], ['zh-TW', '此行動方案尚無承諾事項。']]) {
        const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang=${lang} .plan=${plan}></ogp-progress-tracker>`);
        expect(shadowText(el, '[part~="notice"]')).to.equal(text);
        expect(one(el, '[part~="bar"]')).to.equal(null);
      }
    });

    it('shows a placeholder of the final shape while loading', async () => {
      const el = await fixture<Tracker>(
        html`<ogp-progress-tracker lang="en" src=${unique('/__test/plan.json?delay=400')}></ogp-progress-tracker>`,
      );
      expect(one(el, '[aria-busy="true"] .sk-bar')).to.exist;
      expect(one(el, '[aria-busy="true"] .sk-legend')).to.exist;
      await settled(el);
      expect(shadowText(el)).to.match(/This plan is a draft/);
    });

    it('shows the error state when loading fails', async () => {
      let kind = '';
      await captureWarnings(async () => {
        const wrapper = await fixture(html`<div @ogp-error=${(e: CustomEvent) => (kind = e.detail.kind)}>
          <ogp-progress-tracker lang="en" src=${unique('/__test/status?code=500')}></ogp-progress-tracker>
        </div>`);
        const el = wrapper.querySelector<Tracker>('ogp-progress-tracker')!;
        await settled(el);
        expect(squash(one(el, '[role="alert"]')!.textContent)).to.include('server answered with error 500');
        expect(one(el, '[part~="retry-button"]')).to.exist;
        expect(one(el, '[part~="bar"]')).to.equal(null);
        await expectAccessible(el);
      });
      expect(kind).to.equal('http');
    });
  });

  describe('accessibility (axe-core)', () => {
    const cases: [string, () => Promise<any>, string][] = [
      ['illustrative', illustrativePlan, ''],
      ['Taiwan', taiwanPlan, ''],
      ['commitment mode', illustrativePlan, '1-1'],
    ];
    for (const [name, load, commitment] of cases) {
      for (const lang of LANGS) {
        for (const theme of ['light', 'dark']) {
          it(`${name}, ${lang}, ${theme}: no violations`, async () => {
            const plan = await load();
            const el = await mountSettled<Tracker>(html`<ogp-progress-tracker
              lang=${lang}
              theme=${theme}
              today="2026-03-15"
              commitment=${commitment || nothing}
              .plan=${plan}
            ></ogp-progress-tracker>`);
            expect(shadowText(el)).to.not.equal('');
            await expectAccessible(el);
          });
        }
      }
    }

    it('selectable legend with a selection, dark: no violations', async () => {
      const plan = await illustrativePlan();
      const el = await mountSettled<Tracker>(html`<ogp-progress-tracker lang="zh-TW" theme="dark" selectable selected="complete" .plan=${plan}></ogp-progress-tracker>`);
      await expectAccessible(el);
    });
  });
});
