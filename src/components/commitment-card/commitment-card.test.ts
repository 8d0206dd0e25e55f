import {expect, fixture, html} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {OgpCommitmentCard} from './commitment-card.js';
import {
  captureWarnings,
  expectAccessible,
  illustrativePlan,
  mountSettled,
  shadowText,
  taiwanPlan,
  unique,
} from '../../../test/helpers.js';

type Card = OgpCommitmentCard;
const $ = (card: Card, selector: string) => card.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (card: Card, selector: string) => [...card.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<ogp-commitment-card>', () => {
  let plan: any;
  beforeEach(async () => (plan = await illustrativePlan()));

  const mount = (attrs: {
    lang?: string;
    commitment?: string;
    today?: string;
    compact?: boolean;
    level?: number;
    theme?: string;
    debug?: boolean;
    staleAfter?: number;
  }) =>
    mountSettled<Card>(html`<ogp-commitment-card
      ?debug=${attrs.debug}
      stale-after=${ifDefined(attrs.staleAfter)}
      lang=${attrs.lang ?? 'en'}
      commitment=${attrs.commitment ?? '1-1'}
      today=${attrs.today ?? '2026-11-28'}
      heading-level=${attrs.level ?? 2}
      theme=${attrs.theme ?? 'light'}
      ?compact=${attrs.compact}
      .plan=${plan}
    ></ogp-commitment-card>`);

  it('shows number, title, status, chips, facts and links in English and Chinese', async () => {
    const source = plan.commitments.find((c: any) => c.id === '1-1');
    for (const lang of ['en', 'zh-TW'] as const) {
      const card = await mount({lang});
      const text = shadowText(card);
      expect(shadowText(card, '.title')).to.equal(source.title[lang]);
      expect(shadowText(card, '.number')).to.equal(lang === 'en' ? 'Commitment 1-1' : '承諾事項 1-1');
      expect($(card, '[part="status"]')!.dataset.status).to.equal(source.status);
      for (const agency of source.leadAgencies) expect(text).to.include(agency[lang]);
      for (const partner of source.partners.civilSociety) expect(text).to.include(partner[lang]);
      const areas = source.policyAreas.map((id: string) => plan.policyAreas.find((a: any) => a.id === id).title[lang]);
      expect($$(card, '.chip.area').map((chip) => chip.textContent!.trim())).to.deep.equal(areas);
      expect($$(card, '.chip.value')).to.have.length(source.ogpValues.length);
      expect($$(card, '.links a').map((a) => a.getAttribute('href'))).to.deep.equal(source.links.map((l: any) => l.url));
      for (const link of $$(card, 'a[target="_blank"]')) expect(link.getAttribute('rel')).to.include('noopener');
    }
  });

  it('counts milestones and marks the overdue ones relative to today', async () => {
    const source = plan.commitments.find((c: any) => c.id === '1-1');
    const milestones = source.milestones.filter((m: any) => m.status !== 'withdrawn');
    const complete = milestones.filter((m: any) => m.status === 'complete').length;
    const overdueOn = (today: string) =>
      milestones.filter((m: any) => m.end && m.status !== 'complete' && `${m.end}-99`.slice(0, 10) < today).length;

    const early = await mount({today: '2025-01-01'});
    expect(shadowText(early, '.progress-label')).to.equal(`${complete} of ${milestones.length} milestones complete`);
    expect($$(early, '.milestone[data-overdue]')).to.have.length(0);

    const late = await mount({today: '2026-11-28'});
    expect(overdueOn('2026-11-28')).to.be.greaterThan(0);
    expect($$(late, '.milestone[data-overdue]')).to.have.length(overdueOn('2026-11-28'));
    expect(shadowText(late, '.progress-label')).to.include(`${overdueOn('2026-11-28')} overdue`);
    // Overdue is said in words, not colour alone.
    expect(shadowText(late, '.milestone[data-overdue] .overdue')).to.equal('Overdue');

    const zh = await mount({lang: 'zh-TW', today: '2026-11-28'});
    expect(shadowText(zh, '.progress-label')).to.include(`${milestones.length} 個里程碑中已完成 ${complete} 個`);
    expect(shadowText(zh, '.milestone[data-overdue] .overdue')).to.equal('逾期');
  });

  it('counts and names withdrawn milestones, and never draws a withdrawn commitment as finished', async () => {
    // Commitment 4 is withdrawn, with one milestone complete and one withdrawn.
    const source = plan.commitments.find((c: any) => c.id === '4');
    expect(source.status).to.equal('withdrawn');
    expect(source.milestones.map((m: any) => m.status)).to.deep.equal(['complete', 'withdrawn']);
    const en = await mount({commitment: '4'});
    expect(shadowText(en, '.progress-label')).to.equal('1 of 2 milestones complete, 1 withdrawn');
    const zh = await mount({commitment: '4', lang: 'zh-TW'});
    expect(shadowText(zh, '.progress-label')).to.equal('2 個里程碑中已完成 1 個，已撤回 1 個');

    /** Share of the bar's inside drawn in the "complete" colour, and the withdrawn segment's share. */
    const shares = (card: Card) => {
      const bar = $(card, '.progress .milestone-bar')!;
      const green = getComputedStyle(bar).getPropertyValue('--_status-complete').trim();
      const greenProbe = document.createElement('i');
      greenProbe.style.color = green;
      document.body.append(greenProbe);
      const greenRgb = getComputedStyle(greenProbe).color;
      greenProbe.remove();
      const width = (el: Element) => el.getBoundingClientRect().width / bar.clientWidth;
      const parts = [...bar.children];
      return {
        green: parts.filter((p) => getComputedStyle(p).backgroundColor === greenRgb).reduce((sum, p) => sum + width(p), 0),
        complete: parts.filter((p) => (p as HTMLElement).dataset.status === 'complete').reduce((sum, p) => sum + width(p), 0),
        withdrawn: parts.filter((p) => (p as HTMLElement).dataset.status === 'withdrawn').reduce((sum, p) => sum + width(p), 0),
      };
    };
    const drawn = shares(en);
    expect(drawn.complete).to.be.closeTo(0.5, 0.02);
    expect(drawn.withdrawn, 'the withdrawn milestone is a segment of its own').to.be.closeTo(0.5, 0.02);
    expect(drawn.green, 'no green in a withdrawn commitment').to.equal(0);

    // Even when every milestone of a withdrawn commitment is complete, its bar is not the full green bar.
    source.milestones = source.milestones.map((m: any) => ({...m, status: 'complete'}));
    // Without progress reports, which would give the milestones their reported statuses instead.
    delete source.updates;
    plan = {...plan};
    const allDone = await mount({commitment: '4'});
    expect(shadowText(allDone, '.progress-label')).to.equal('2 of 2 milestones complete');
    expect(shares(allDone).complete).to.be.closeTo(1, 0.02);
    expect(shares(allDone).green).to.equal(0);
    // While an implementing commitment with the same milestones does show it in green.
    source.status = 'substantial';
    plan = {...plan};
    expect(shares(await mount({commitment: '4'})).green).to.be.closeTo(1, 0.02);
  });

  it('puts the self, independent and civil-society assessments side by side', async () => {
    const card = await mount({});
    const kinds = $$(card, '.assessment').map((a) => a.dataset.kind);
    expect(kinds).to.have.members(['self', 'independent', 'civil-society']);
    const tops = $$(card, '.assessment').map((a) => Math.round(a.getBoundingClientRect().top));
    expect(new Set(tops).size, 'one row at desktop width').to.equal(1);
    expect(shadowText(card, '.assessments')).to.include('Did it open government?');
  });

  it('collapses long text behind a "more" toggle that works by mouse and keyboard', async () => {
    const card = await mount({});
    const toggle = $(card, '[part="toggle"]')!;
    const text = $(card, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text.classList.contains('collapsed')).to.equal(true);
    const collapsedHeight = text.getBoundingClientRect().height;
    toggle.click();
    await card.updateComplete;
    expect($(card, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text.getBoundingClientRect().height).to.be.greaterThan(collapsedHeight);
    $(card, '[part="toggle"]')!.focus();
    await sendKeys({press: 'Enter'});
    await card.updateComplete;
    expect($(card, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({press: 'Space'});
    await card.updateComplete;
    expect($(card, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('has a compact variant for sidebars', async () => {
    const card = await mount({compact: true});
    expect($(card, '.card.compact')).to.exist;
    expect($(card, '.progress')).to.exist;
    expect($(card, '.milestones')).to.equal(null);
    expect($(card, '.assessments')).to.equal(null);
    const full = await mount({});
    expect(card.getBoundingClientRect().height).to.be.lessThan(full.getBoundingClientRect().height / 2);
  });

  it('puts its headings at the level the host page asks for', async () => {
    const card = await mount({level: 4});
    expect($(card, '.title')!.tagName).to.equal('H4');
    expect($$(card, '.subheading').every((h) => h.tagName === 'H5')).to.equal(true);
    const deep = await mount({level: 6});
    expect($$(deep, '.subheading').every((h) => h.tagName === 'H6')).to.equal(true);
  });

  it('names the unknown id and the ids that exist, in the widget and the console', async () => {
    let card!: Card;
    const warnings = await captureWarnings(async () => {
      card = await mount({commitment: 'nope'});
    });
    const ids: string[] = plan.commitments.map((c: any) => c.id);
    const last = ids.at(-1);
    // The widget lists them in the reader's language, the console for developers.
    expect(shadowText(card)).to.include('There is no commitment with the id "nope"').and.include(`${ids.slice(0, -1).join(', ')}, and ${last}`);
    expect(warnings.join('\n')).to.include('commitment="nope"').and.include(ids.join(', '));
    const zh = await mount({commitment: 'nope', lang: 'zh-TW'});
    expect(shadowText(zh)).to.include('沒有 id 為「nope」的承諾事項').and.include(`${ids.slice(0, -1).join('、')}和${last}`);
  });

  it('says that a commitment left out for bad data exists, and why, in the widget and the console', async () => {
    const index = plan.commitments.findIndex((c: any) => c.id === '4');
    delete plan.commitments[index].title;
    for (const lang of ['en', 'zh-TW'] as const) {
      let card!: Card;
      const warnings = await captureWarnings(async () => (card = await mount({lang, commitment: '4'})));
      const notice = shadowText(card, '[part~="notice"]');
      expect(notice).to.include(lang === 'en' ? 'Commitment "4" is in the data but could not be shown' : '資料中有承諾事項「4」，但無法顯示');
      expect(notice).to.include(`commitments[${index}].title`);
      expect(notice).not.to.include(lang === 'en' ? 'There is no commitment' : '沒有');
      if (lang === 'en') expect(warnings.join('\n')).to.include(`commitment="4" was left out of the plan: commitments[${index}].title`);
    }
  });

  it('names a status it could not read in the card itself, instead of "no progress reported"; the list of problems only with debug', async () => {
    // Commitment 5 has no progress reports (whose latest would give its status instead).
    const index = plan.commitments.findIndex((c: any) => c.id === '5');
    plan.commitments[index].status = 'done';
    const card = await mount({commitment: '5'});
    expect(shadowText(card, '[part="status"]')).to.equal('Status could not be read');
    // For readers: no list of fields at the top, one quiet line at the end.
    expect(card.shadowRoot!.querySelector('.card [part="notice"]')).to.equal(null);
    const note = $(card, '.root > :last-child')!;
    expect(note.getAttribute('part')).to.equal('problems');
    expect(note.textContent!.trim()).to.equal('1 problem in the data: some items may be missing.');
    // For the page's author, with debug: the exact field in the card.
    const debug = await mount({commitment: '5', debug: true});
    const notice = shadowText(debug, '.card [part="notice"]');
    expect(notice).to.include(`commitments[${index}].status`).and.include('unknown value "done"');
    // Other commitments are not blamed for it.
    const other = await mount({commitment: '2', debug: true});
    expect(other.shadowRoot!.querySelector('.card [part="notice"]')).to.equal(null);
  });

  describe('the plan\'s stage', () => {
    const notice = (card: Card) => $$(card, '[part="stage-notice"]');

    it('a draft (Taiwan): one notice in the widget\'s language, and no "no progress reported" line', async () => {
      plan = await taiwanPlan();
      for (const [lang, text] of [
        ['en', 'This plan is a draft. Its progress will be tracked once it is being implemented.'],
        ['zh-TW', '本方案為草案，進度將於方案開始執行後追蹤。'],
      ] as const) {
        for (const compact of [false, true]) {
          const card = await mount({commitment: '12', lang, compact});
          expect(shadowText(card, '.title')).to.equal(lang === 'en' ? "Promote transparency of beneficial owner's information" : '實質受益人資訊透明');
          expect(notice(card).map((n) => n.textContent!.trim())).to.deep.equal([text]);
          expect($(card, '[part="status"]')).to.equal(null);
          expect(shadowText(card)).not.to.match(/No progress reported|尚未回報進度/);
          expect($(card, '.progress')).to.equal(null);
          await expectAccessible(card);
        }
      }
    });

    it('an adopted plan says so; an implementing or ended plan keeps the per-commitment status', async () => {
      plan.stage = 'adopted';
      const adopted = await mount({commitment: '5'});
      expect(notice(adopted).map((n) => n.textContent!.trim())).to.deep.equal([
        'This plan has been adopted. Its progress will be tracked once it is being implemented.',
      ]);
      expect($(adopted, '[part="status"]')).to.equal(null);
      // A status given anyway is still shown.
      expect(shadowText(await mount({commitment: '2'}), '[part="status"]')).to.equal('Reported status: Complete');
      for (const stage of ['implementing', 'ended']) {
        plan = {...plan, stage};
        const card = await mount({commitment: '5'});
        expect(notice(card)).to.have.length(0);
        expect(shadowText(card, '[part="status"]')).to.equal('No progress reported yet');
      }
    });

    it('no-stage-notice leaves the notice out', async () => {
      plan = await taiwanPlan();
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="12" no-stage-notice .plan=${plan}></ogp-commitment-card>`);
      expect(shadowText(card, '.title')).to.equal("Promote transparency of beneficial owner's information");
      expect(notice(card)).to.have.length(0);
    });
  });

  it('draws "not reported" with the same SVG icon as the tracker', async () => {
    const card = await mount({commitment: '5'});
    const status = $(card, '[part="status"]')!;
    expect(status.textContent!.trim()).to.equal('No progress reported yet');
    const icon = status.querySelector('svg.status-icon');
    expect(icon, 'an SVG icon').to.exist;
    expect(icon!.getAttribute('aria-hidden')).to.equal('true');
    expect(icon!.querySelector('circle')!.getAttribute('stroke-dasharray')).to.be.a('string');
  });

  it('shows an empty plan plainly', async () => {
    plan = {...(await taiwanPlan()), commitments: []};
    const card = await mount({});
    expect(shadowText(card)).to.equal('This action plan has no commitments yet.');
  });

  it('keeps a placeholder of stable size while loading', async () => {
    const card = await fixture<Card>(html`<ogp-commitment-card commitment="1" src=${unique('/__test/plan.json?delay=800')}></ogp-commitment-card>`);
    await card.updateComplete;
    const skeleton = $(card, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    const first = card.getBoundingClientRect().height;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card.getBoundingClientRect().height).to.equal(first);
    expect(first).to.be.greaterThan(100);
  });


  describe('progress reports', () => {
    const TODAY = '2026-12-03';
    const source = (id: string) => plan.commitments.find((c: any) => c.id === id);
    /** An element's text, runs of spaces and line breaks as one space; no-break spaces kept. */
    const words = (element: Element | null) => (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
    /** The reports a reader sees now (the earlier ones stay hidden until asked for). */
    const visibleReports = (card: Card) => $$(card, '.reports:not([hidden]) > .report');
    const toggle = (card: Card) => $(card, '[part~="history"] > button[part="toggle"]');
    const expand = async (card: Card) => {
      toggle(card)!.click();
      await card.updateComplete;
    };

    it('lists every report newest first: date, period, status, and who reported it, by kind and name', async () => {
      const updates = source('6').updates;
      const card = await mount({commitment: '6', today: TODAY});
      await expand(card);
      const reports = $$(card, '[part~="history"] [part="report"]');
      const newestFirst = [...updates].sort((a: any, b: any) => (a.date < b.date ? 1 : -1));
      expect(newestFirst[0].kind, 'the data: its newest report is an independent one').to.equal('independent');
      expect(reports.map((r) => r.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(newestFirst.map((u: any) => u.date));
      expect(reports.map((r) => r.dataset.kind)).to.deep.equal(newestFirst.map((u: any) => u.kind ?? 'self'));
      expect(reports.map((r) => r.querySelector('.report-status')!.getAttribute('data-status'))).to.deep.equal(
        newestFirst.map((u: any) => u.status),
      );
      const [independent, latestSelf] = reports.map(words);
      expect(independent).to.include('1\u00a0September\u00a02026');
      expect(independent).to.include(`Independent review by ${newestFirst[0].by.en}`);
      expect(independent).to.include(newestFirst[0].progress.en);
      expect(independent).to.include('Limited');
      expect(latestSelf).to.include(`Government self-assessment by ${newestFirst[1].by.en}`);
      expect(latestSelf).to.include('Reporting period: January\u00a02026\u00a0– June\u00a02026');
      // The independent review disagrees, and stands beside the government's report without replacing it.
      expect($(card, '[part="status"]')!.dataset.status).to.equal('substantial');

      const zh = await mount({lang: 'zh-TW', commitment: '6', today: TODAY});
      const zhText = visibleReports(zh).map(words);
      expect(zhText[0]).to.include(`獨立審查（${newestFirst[0].by['zh-TW']}）`);
      expect(zhText[1]).to.include('報告期間：2026年1月至2026年6月');
    });

    it("shows reports down to the government's latest at once, the earlier ones behind one toggle", async () => {
      // 1-2: three reports by the government; 6: an independent review after the latest of four.
      const card = await mount({commitment: '1-2', today: TODAY});
      expect(visibleReports(card).map((r) => r.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-07-15']);
      const button = toggle(card)!;
      expect(button.textContent!.trim()).to.equal('Show 2 earlier reports');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(card.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(true);
      button.focus();
      await sendKeys({press: 'Enter'});
      await card.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Hide earlier reports');
      expect(visibleReports(card)).to.have.length(3);

      const six = await mount({commitment: '6', today: TODAY});
      expect(visibleReports(six).map((r) => r.dataset.kind)).to.deep.equal(['independent', 'self']);
      expect(toggle(six)!.textContent!.trim()).to.equal('Show 2 earlier reports');
      const zh = await mount({lang: 'zh-TW', commitment: '1-2', today: TODAY});
      expect(toggle(zh)!.textContent!.trim()).to.equal('顯示較早的2\u00a0份報告');
      // One report: no toggle.
      const seven = await mount({commitment: '7', today: TODAY});
      expect(visibleReports(seven)).to.have.length(1);
      expect(words(toggle(seven))).to.equal('');
    });

    it('names the challenges in words, with their note, in English and Chinese', async () => {
      const latest = source('1-2').updates.at(-1);
      expect(latest.challenges).to.deep.equal(['delay-in-approvals', 'lack-of-resources']);
      const expected = {en: ['Delay in approvals', 'Lack of resources'], 'zh-TW': ['核准延遲', '資源不足']};
      for (const lang of ['en', 'zh-TW'] as const) {
        const card = await mount({lang, commitment: '1-2', today: TODAY});
        const report = visibleReports(card)[0];
        expect([...report.querySelectorAll('.challenges li')].map((li) => li.textContent!.trim())).to.deep.equal(expected[lang]);
        expect(report.querySelector('.report-facts dt')!.textContent!.trim()).to.equal(lang === 'en' ? 'Challenges' : '面臨的挑戰');
        expect(report.querySelector('.report-facts .note')!.textContent!.trim()).to.equal(latest.challengesNote[lang]);
      }
    });

    it('links the evidence of a report and of a milestone, opening in a new tab', async () => {
      const card = await mount({commitment: '1-2', today: TODAY});
      await expand(card);
      const first = source('1-2').updates[0].evidence[0];
      const links = $$(card, '.report .report-facts a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([first.url]);
      expect(links[0].textContent).to.include(first.title.en);
      const six = await mount({commitment: '6', today: TODAY});
      const milestone = source('6').milestones.find((m: any) => m.id === '6-b');
      const evidence = $$(six, '.milestone .milestone-evidence a');
      expect(evidence.map((a) => a.getAttribute('href'))).to.deep.equal(
        source('6').milestones.flatMap((m: any) => (m.evidence ?? []).map((link: any) => link.url)),
      );
      expect(evidence[0].textContent).to.include(milestone.evidence[0].title.en);
      for (const a of [...links, ...evidence]) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.querySelector('.visually-hidden')!.textContent).to.include('(opens in a new tab)');
      }
    });

    it('shows a civil-society "no evidence available" report without changing the current status', async () => {
      for (const [lang, label] of [
        ['en', 'No evidence available'],
        ['zh-TW', '查無證據'],
      ]) {
        const card = await mount({lang, commitment: '3', today: TODAY});
        const [civil] = visibleReports(card);
        expect(civil.dataset.kind).to.equal('civil-society');
        expect(civil.querySelector('.report-kind')!.textContent!.trim()).to.equal(lang === 'en' ? 'Civil society assessment' : '公民社會評估');
        expect(civil.querySelector('.report-status')!.getAttribute('data-status')).to.equal('no-evidence-available');
        expect(civil.querySelector('.report-status')!.textContent!.trim()).to.equal(label);
        expect($(card, '[part="status"]')!.dataset.status).to.equal('not-started');
      }
    });

    it('says when the government last reported, counted from today', async () => {
      const card = await mount({commitment: '1-2', today: TODAY});
      expect(shadowText(card, '[part="last-report"]')).to.equal('Last report: 4 months ago');
      expect($(card, '[part="last-report"] time')!.getAttribute('datetime')).to.equal('2026-07-15');
      const later = await mount({commitment: '1-2', today: '2027-01-20'});
      expect(shadowText(later, '[part="last-report"]')).to.equal('Last report: 6 months ago');
      const zh = await mount({lang: 'zh-TW', commitment: '1-2', today: TODAY});
      expect(shadowText(zh, '[part="last-report"]')).to.equal('最近一次報告：4 個月前');
      // Commitment 6's newest report is an independent one: the government's own counts.
      const six = await mount({commitment: '6', today: TODAY});
      expect($(six, '[part="last-report"] time')!.getAttribute('datetime')).to.equal('2026-07-15');
      // Never reported: no line, no history.
      const five = await mount({commitment: '5', today: TODAY});
      expect(words($(five, '[part="last-report"]'))).to.equal('');
      expect(words($(five, '[part~="history"]'))).to.equal('');
    });

    describe('the stale mark', () => {
      const staleText = (card: Card) => words($(card, '[part="stale-mark"]'));

      it('appears after the plan\'s reporting interval (6 months), in both languages', async () => {
        expect(plan.reportingIntervalMonths).to.equal(6);
        expect(staleText(await mount({commitment: '7', today: TODAY}))).to.equal('No report for 10\u00a0months');
        expect(staleText(await mount({lang: 'zh-TW', commitment: '7', today: TODAY}))).to.equal('已10\u00a0個月未報告');
        // Never reported: counted from the plan's start.
        expect(staleText(await mount({commitment: '5', today: TODAY}))).to.equal('No report for 23\u00a0months');
        // 1-2 was reported 4 months ago: not stale.
        expect(words($(await mount({commitment: '1-2', today: TODAY}), '[part="stale-mark"]'))).to.equal('');
      });

      it('follows stale-after, then reportingIntervalMonths', async () => {
        expect(words($(await mount({commitment: '7', today: TODAY, staleAfter: 12}), '[part="stale-mark"]'))).to.equal('');
        expect(staleText(await mount({commitment: '1-2', today: TODAY, staleAfter: 3}))).to.equal('No report for 4\u00a0months');
        const card = await mount({commitment: '1-2', today: TODAY, staleAfter: 3});
        card.staleAfter = 4;
        await card.updateComplete;
        expect(words($(card, '[part="stale-mark"]')), 'more than 4 whole months').to.equal('');

        plan = {...plan, reportingIntervalMonths: 12};
        expect(words($(await mount({commitment: '7', today: TODAY}), '[part="stale-mark"]'))).to.equal('');
        expect(staleText(await mount({commitment: '7', today: TODAY, staleAfter: 9}))).to.equal('No report for 10\u00a0months');
        plan = {...plan, reportingIntervalMonths: 3};
        expect(staleText(await mount({commitment: '1-2', today: TODAY}))).to.equal('No report for 4\u00a0months');
      });

      it('never marks a complete or withdrawn commitment, nor one of a plan not being implemented', async () => {
        for (const commitment of ['2', '4']) {
          expect(['complete', 'withdrawn']).to.include(source(commitment).status);
          expect(words($(await mount({commitment, today: TODAY, staleAfter: 1}), '[part="stale-mark"]')), commitment).to.equal('');
        }
        for (const stage of ['draft', 'adopted', 'ended']) {
          plan = {...plan, stage};
          expect(words($(await mount({commitment: '7', today: TODAY, staleAfter: 1}), '[part="stale-mark"]')), stage).to.equal('');
        }
      });
    });

    it('gives each milestone its completion date, in both languages', async () => {
      const card = await mount({commitment: '1-2', today: TODAY});
      const [done, open] = $$(card, '.milestone');
      expect(done.querySelector('.completed')!.textContent!.trim()).to.equal('Completed 28\u00a0May\u00a02025');
      expect(words(open.querySelector('.completed'))).to.equal('');
      const zh = await mount({lang: 'zh-TW', commitment: '1-2', today: TODAY});
      expect($(zh, '.milestone .completed')!.textContent!.trim()).to.equal('已於2025年5月28日完成');
    });

    it('draws odd but valid reports without failing: none, one with only a date and status', async () => {
      const bare = source('7');
      plan = {
        ...plan,
        commitments: plan.commitments.map((c: any) =>
          c.id === '7' ? {...bare, updates: [{date: '2026-02-01', status: 'limited'}]} : c.id === '1-2' ? {...c, updates: []} : c,
        ),
      };
      const card = await mount({commitment: '7', today: TODAY});
      const [report] = visibleReports(card);
      expect(words(report)).to.equal('1\u00a0February\u00a02026 Government self-assessment Limited');
      expect(words(report.querySelector('.report-facts'))).to.equal('');
      const empty = await mount({commitment: '1-2', today: TODAY});
      expect(words($(empty, '[part~="history"]'))).to.equal('');
      expect(words($(empty, '[part="last-report"]'))).to.equal('');
    });
  });

  describe('accessibility (axe-core) in every state, both languages, light and dark', () => {
    for (const lang of ['en', 'zh-TW']) {
      for (const theme of ['light', 'dark']) {
        it(`${lang} ${theme}: full, compact, unknown id, empty`, async () => {
          await expectAccessible(await mount({lang, theme}));
          await expectAccessible(await mount({lang, theme, compact: true}));
          await expectAccessible(await mount({lang, theme, commitment: '2'}));
          await captureWarnings(async () => expectAccessible(await mount({lang, theme, commitment: 'nope'})));
          // Progress reports (all of them shown), a stale commitment, reports by others.
          const history = await mount({lang, theme, commitment: '1-2', today: '2026-12-03'});
          history.shadowRoot!.querySelector<HTMLElement>('[part~="history"] > button')!.click();
          await history.updateComplete;
          await expectAccessible(history);
          await expectAccessible(await mount({lang, theme, commitment: '7', today: '2026-12-03'}));
          await expectAccessible(await mount({lang, theme, commitment: '6', today: '2026-12-03'}));
          plan = {...plan, commitments: []};
          await expectAccessible(await mount({lang, theme}));
        });
      }
      it(`${lang}: loading`, async () => {
        const card = await fixture<Card>(
          html`<ogp-commitment-card lang=${lang} commitment="1" src=${unique('/__test/plan.json?delay=1000')}></ogp-commitment-card>`,
        );
        await card.updateComplete;
        await expectAccessible(card);
      });
    }
  });
});
