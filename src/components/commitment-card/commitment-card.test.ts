import {expect, fixture, html} from '@open-wc/testing';
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

  const mount = (attrs: {lang?: string; commitment?: string; today?: string; compact?: boolean; level?: number; theme?: string; debug?: boolean}) =>
    mountSettled<Card>(html`<ogp-commitment-card
      ?debug=${attrs.debug}
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

  describe('accessibility (axe-core) in every state, both languages, light and dark', () => {
    for (const lang of ['en', 'zh-TW']) {
      for (const theme of ['light', 'dark']) {
        it(`${lang} ${theme}: full, compact, unknown id, empty`, async () => {
          await expectAccessible(await mount({lang, theme}));
          await expectAccessible(await mount({lang, theme, compact: true}));
          await expectAccessible(await mount({lang, theme, commitment: '2'}));
          await captureWarnings(async () => expectAccessible(await mount({lang, theme, commitment: 'nope'})));
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
