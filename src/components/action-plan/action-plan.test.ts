import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {OgpActionPlan} from './action-plan.js';
import type {OgpCommitmentList} from '../commitment-list/commitment-list.js';
import {expectAccessible, illustrativePlan, mountSettled, settled, shadowText, taiwanPlan} from '../../../test/helpers.js';

type Dashboard = OgpActionPlan;
const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function ready(dashboard: Dashboard): Promise<void> {
  await settled(dashboard);
  for (const child of dashboard.shadowRoot!.querySelectorAll<any>('ogp-progress-tracker, ogp-policy-area-grid, ogp-commitment-list')) {
    await child.updateComplete;
  }
  await frame();
}

const listOf = (dashboard: Dashboard) => $(dashboard, 'ogp-commitment-list') as OgpCommitmentList;
const shownIds = (dashboard: Dashboard) => listOf(dashboard).matchingCommitments.map((c) => c.id);

describe('<ogp-action-plan>', () => {
  let hash: string;
  beforeEach(() => (hash = location.hash));
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`));

  it('next to a standalone list, the two search landmarks have distinct names (axe landmark-unique)', async () => {
    const plan = await taiwanPlan();
    const page = await fixture<HTMLElement>(html`<main lang="en">
      <ogp-action-plan .plan=${plan}></ogp-action-plan>
      <ogp-commitment-list .plan=${plan}></ogp-commitment-list>
      <ogp-commitment-list .plan=${plan} label="Second list"></ogp-commitment-list>
    </main>`);
    const dashboard = page.querySelector<Dashboard>('ogp-action-plan')!;
    await ready(dashboard);
    const lists = [listOf(dashboard), ...page.querySelectorAll<OgpCommitmentList>(':scope > ogp-commitment-list')];
    for (const list of lists) await settled(list);
    const names = lists.map((list) => list.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      'Filter commitments: Taiwan Open Government National Action Plan',
      'Filter commitments',
      'Filter commitments: Second list',
    ]);
    await expectAccessible(page);
  });

  it('says once, in its header, that a draft\'s progress is tracked from implementation on; its parts do not repeat it', async () => {
    const plan = await taiwanPlan();
    for (const [lang, text] of [
      ['en', 'This plan is a draft. Its progress will be tracked once it is being implemented.'],
      ['zh-TW', '本方案為草案，進度將於方案開始執行後追蹤。'],
    ] as const) {
      const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang=${lang} .plan=${plan}></ogp-action-plan>`);
      await ready(dashboard);
      const notices = [...dashboard.shadowRoot!.querySelectorAll('[part="stage-notice"]')];
      expect(notices.map((n) => n.textContent!.trim())).to.deep.equal([text]);
      expect(notices[0].closest('[part="header"]')).to.exist;
      for (const child of dashboard.shadowRoot!.querySelectorAll('ogp-progress-tracker, ogp-policy-area-grid, ogp-commitment-list')) {
        expect(child.shadowRoot!.querySelector('[part="stage-notice"]'), child.localName).to.equal(null);
        expect(child.shadowRoot!.querySelector('[part="status"]'), child.localName).to.equal(null);
        expect(shadowText(child as HTMLElement, '.root'), child.localName).not.to.match(/No progress|not reported|尚未回報/i);
      }
    }
    // A plan being implemented: no notice; its commitments keep their status.
    const illustrative = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" .plan=${await illustrativePlan()}></ogp-action-plan>`);
    await ready(illustrative);
    expect(illustrative.shadowRoot!.querySelector('[part="stage-notice"]')).to.equal(null);
    expect(listOf(illustrative).shadowRoot!.querySelectorAll('[part="status"]').length).to.be.greaterThan(0);
  });

  it('shows the header of the Taiwan draft in both languages', async () => {
    const plan = await taiwanPlan();
    for (const [lang, title, stage, source] of [
      ['zh-TW', '我國開放政府國家行動方案', '草案', '國發會'],
      ['en', 'Taiwan Open Government National Action Plan', 'Draft', 'National Development Council'],
    ]) {
      const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang=${lang} .plan=${plan}></ogp-action-plan>`);
      await ready(dashboard);
      expect(shadowText(dashboard, '.title')).to.equal(title);
      expect(shadowText(dashboard, '.meta')).to.include(stage).and.include(source);
      // The children speak the dashboard's language.
      expect(shadowText($(dashboard, 'ogp-policy-area-grid')!, '.root')).to.include(lang === 'en' ? 'Anti-Corruption' : '反貪');
      expect(listOf(dashboard).matchingCommitments).to.have.length(12);
    }
  });

  it('puts every section one heading level below the plan title', async () => {
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan heading-level="2" .plan=${await illustrativePlan()}></ogp-action-plan>`);
    await ready(dashboard);
    expect($(dashboard, '.title')!.tagName).to.equal('H2');
    for (const tag of ['ogp-progress-tracker', 'ogp-policy-area-grid', 'ogp-commitment-list']) {
      expect($(dashboard, tag)!.getAttribute('heading-level'), tag).to.equal('3');
    }
  });

  it('draws every commitment\'s full card while the page prints, and none on screen', async () => {
    const plan = await illustrativePlan();
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" heading-level="2" today="2026-12-03" .plan=${plan}></ogp-action-plan>`);
    await ready(dashboard);
    expect($(dashboard, '[part="cards"]')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await dashboard.updateComplete;
    const cards = [...dashboard.shadowRoot!.querySelectorAll<HTMLElement>('[part="cards"] > ogp-commitment-card')];
    expect(cards.map((card) => card.getAttribute('commitment'))).to.deep.equal(plan.commitments.map((c: any) => c.id));
    // Under the section's heading, one level below the dashboard's sections; the dashboard's day and no repeated stage notice.
    expect($(dashboard, '[part="cards"] > h3')!.textContent!.trim()).to.equal('Commitments');
    for (const card of cards) {
      expect(card.getAttribute('heading-level')).to.equal('4');
      expect(card.getAttribute('today')).to.equal('2026-12-03');
      expect(card.hasAttribute('no-stage-notice')).to.equal(true);
    }
    window.dispatchEvent(new Event('afterprint'));
    await dashboard.updateComplete;
    expect($(dashboard, '[part="cards"]')).to.equal(null);
  });

  it('filters the list when an area is selected in the grid, and the grid follows the list', async () => {
    const plan = await illustrativePlan();
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" .plan=${plan}></ogp-action-plan>`);
    await ready(dashboard);
    const grid = $(dashboard, 'ogp-policy-area-grid')!;
    const tile = grid.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    const area = plan.policyAreas[0].id;
    tile.click();
    await frame();
    const expected = plan.commitments.filter((c: any) => c.policyAreas.includes(area)).map((c: any) => c.id);
    expect(shownIds(dashboard)).to.have.members(expected);
    expect(tile.getAttribute('aria-pressed')).to.equal('true');
    // Clearing the list's filters clears the grid's selection too.
    listOf(dashboard).clearFilters();
    await frame();
    expect(grid.getAttribute('selected')).to.equal(null);
    expect(shownIds(dashboard)).to.have.length(plan.commitments.length);
  });

  it('filters the list by the status chosen in the tracker legend', async () => {
    const plan = await illustrativePlan();
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="zh-TW" .plan=${plan}></ogp-action-plan>`);
    await ready(dashboard);
    const tracker = $(dashboard, 'ogp-progress-tracker')!;
    const limited = [...tracker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend-button"]')].find(
      (button) => button.closest('[data-status]')?.getAttribute('data-status') === 'limited' || button.dataset.status === 'limited',
    );
    expect(limited, 'legend button for "limited"').to.exist;
    limited!.click();
    await frame();
    const expected = plan.commitments.filter((c: any) => c.status === 'limited').map((c: any) => c.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(shownIds(dashboard)).to.have.members(expected);
  });

  it('opens a commitment from the deep link #commitment=ID, and Back closes it', async () => {
    history.pushState(null, '', '#commitment=3');
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" .plan=${await illustrativePlan()}></ogp-action-plan>`);
    await ready(dashboard);
    const dialog = $(dashboard, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const card = dialog.querySelector('ogp-commitment-card')!;
    await (card as any).updateComplete;
    expect(card.getAttribute('commitment')).to.equal('3');
    expect(shadowText(card, '.number')).to.equal('Commitment 3');
    await expectAccessible(dashboard);
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, {once: true}));
    await frame();
    expect(dialog.open).to.equal(false);
  });

  it('shows the tracker\'s reporting periods at its top, right after the header', async () => {
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" today="2026-12-03" .plan=${await illustrativePlan()}></ogp-action-plan>`);
    await ready(dashboard);
    const order = [...$(dashboard, '.dashboard')!.children].map((child) => child.getAttribute('part'));
    expect(order.slice(0, 4)).to.deep.equal(['header', 'tracker', 'grid', 'list']);
    const tracker = $(dashboard, 'ogp-progress-tracker')!;
    const sections = tracker.shadowRoot!.querySelector('.sections')!;
    expect(sections.firstElementChild!.getAttribute('part')).to.equal('periods');
    expect(sections.querySelectorAll('[part~="period-bar"]')).to.have.length(3);
    // Nothing but the header comes before it on the page.
    const header = $(dashboard, '[part="header"]')!.getBoundingClientRect();
    expect(sections.firstElementChild!.getBoundingClientRect().top).to.be.greaterThan(header.bottom);
    expect(sections.firstElementChild!.getBoundingClientRect().top).to.be.lessThan(header.bottom + 150);
  });

  it('opens a commitment with progress reports from #commitment=ID, its card given the reports', async () => {
    history.pushState(null, '', '#commitment=1-2');
    const plan = await illustrativePlan();
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="zh-TW" today="2026-12-03" stale-after="3" .plan=${plan}></ogp-action-plan>`);
    await ready(dashboard);
    const dialog = $(dashboard, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const card = dialog.querySelector<any>('ogp-commitment-card')!;
    await card.updateComplete;
    expect(card.getAttribute('commitment')).to.equal('1-2');
    expect(card.getAttribute('today')).to.equal('2026-12-03');
    const reports = plan.commitments.find((c: any) => c.id === '1-2').updates;
    expect(reports).to.have.length(3);
    expect(card.plan.commitments.find((c: any) => c.id === '1-2').updates).to.have.length(reports.length);
    // stale-after reaches the parts that show staleness: the card and the list.
    expect(card.getAttribute('stale-after')).to.equal('3');
    expect(listOf(dashboard).getAttribute('stale-after')).to.equal('3');
    await expectAccessible(dashboard);
  });

  it('opens the card from a title in the list, sets the hash, and closes with Escape returning focus', async () => {
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan lang="en" .plan=${await illustrativePlan()}></ogp-action-plan>`);
    await ready(dashboard);
    const list = listOf(dashboard);
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[data-commitment="2"] button')!;
    button.focus();
    button.click();
    await frame();
    const dialog = $(dashboard, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(new URLSearchParams(location.hash.slice(1)).get('commitment')).to.equal('2');
    await sendKeys({press: 'Escape'});
    await frame();
    expect(dialog.open).to.equal(false);
    expect(new URLSearchParams(location.hash.slice(1)).get('commitment')).to.equal(null);
    expect(list.shadowRoot!.activeElement).to.equal(button);
  });

  it('ignores a deep link to a commitment that does not exist', async () => {
    history.pushState(null, '', '#commitment=nope');
    const dashboard = await mountSettled<Dashboard>(html`<ogp-action-plan .plan=${await taiwanPlan()}></ogp-action-plan>`);
    await ready(dashboard);
    expect(($(dashboard, 'dialog') as HTMLDialogElement).open).to.equal(false);
  });

  for (const lang of ['en', 'zh-TW']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe-core violations (${lang}, ${theme}, Taiwan and illustrative)`, async () => {
        for (const plan of [await taiwanPlan(), await illustrativePlan()]) {
          const dashboard = await fixture<Dashboard>(html`<ogp-action-plan lang=${lang} theme=${theme} .plan=${plan}></ogp-action-plan>`);
          await ready(dashboard);
          await expectAccessible(dashboard);
        }
      });
    }
  }
});
