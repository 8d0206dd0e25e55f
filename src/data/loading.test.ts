/** The shared loader, seen through a real widget: every source, every failure, sharing, races. */
import {expect, fixture, html} from '@open-wc/testing';
import '../components/commitment-card/define.js';
import type {OgpCommitmentCard} from '../components/commitment-card/commitment-card.js';
import {
  captureWarnings,
  expectAccessible,
  hitsOf,
  illustrativePlan,
  mountSettled,
  oneEvent,
  settled,
  shadowText,
  taiwanPlan,
  unique,
} from '../../test/helpers.js';

type Card = OgpCommitmentCard;
const title = (card: Card) => shadowText(card, '.title');

describe('loading an action plan', () => {
  describe('sources', () => {
    it('takes the plan property', async () => {
      const plan = await taiwanPlan();
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="4" .plan=${plan}></ogp-commitment-card>`);
      expect(title(card)).to.equal('Youth policy participation');
    });

    it('takes inline JSON in a child script', async () => {
      const plan = await taiwanPlan();
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="zh-TW" commitment="4">
        <script type="application/json">${JSON.stringify(plan)}</script>
      </ogp-commitment-card>`);
      expect(title(card)).to.equal('青年政策參與');
    });

    it('takes a src URL, also when the server says text/plain', async () => {
      for (const path of ['/__test/plan.json', '/__test/text.json']) {
        const card = await mountSettled<Card>(
          html`<ogp-commitment-card lang="en" commitment="12" src=${unique(path)}></ogp-commitment-card>`,
        );
        expect(title(card)).to.equal("Promote transparency of beneficial owner's information");
      }
    });

    it('prefers the plan property, then inline JSON, then src', async () => {
      const plan = await taiwanPlan();
      const inline = structuredClone(plan);
      inline.commitments[0].title = {en: 'From inline JSON'};
      const property = structuredClone(plan);
      property.commitments[0].title = {en: 'From the property'};
      const src = unique('/__test/plan.json');
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="1" src=${src}>
        <script type="application/json">${JSON.stringify(inline)}</script>
      </ogp-commitment-card>`);
      expect(title(card)).to.equal('From inline JSON');
      card.plan = property;
      await card.updateComplete;
      expect(title(card)).to.equal('From the property');
      card.plan = undefined;
      card.querySelector('script')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(card);
      expect(title(card)).to.equal('Provide a legal basis for government data opening and use');
      expect(await hitsOf(src)).to.equal(1);
    });

    it('applies transform to a response of another shape', async () => {
      const card = await fixture<Card>(html`<ogp-commitment-card lang="en" commitment="2"></ogp-commitment-card>`);
      card.transform = (raw: any) => ({...raw, commitments: raw.commitments.slice(1, 2)});
      card.src = unique('/__test/plan.json');
      await settled(card);
      expect(title(card)).to.equal('Establish a data platform for value-added application');
      expect(card.loadedPlan!.commitments).to.have.length(1);
    });

    it('fires ogp-load with the validated plan, bubbling out of the shadow root', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const listened = oneEvent(wrapper, 'ogp-load');
      const card = document.createElement('ogp-commitment-card');
      card.setAttribute('commitment', '1');
      card.src = unique('/__test/plan.json');
      wrapper.append(card);
      const event = await listened;
      expect(event.detail.commitments).to.have.length(12);
      expect(event.composed).to.equal(true);
    });

    it('shows a clear message, not a crash, when there is no source at all', async () => {
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en"></ogp-commitment-card>`);
      expect(shadowText(card)).to.match(/No action plan data yet/);
    });
  });

  describe('failures', () => {
    // [name, path, kind, technical detail in English and Chinese, the reader's sentence in English, can retrying help]
    const cases: [string, string, string, RegExp, RegExp, RegExp, boolean][] = [
      ['HTTP 404', '/__test/status?code=404', 'http', /server answered with error 404/, /伺服器回應錯誤 404/, /was not found\. Please tell the owner/, false],
      ['HTTP 500', '/__test/status?code=500', 'http', /server answered with error 500/, /伺服器回應錯誤 500/, /problem on the server\. Try again/, true],
      ['invalid JSON', '/__test/invalid.json', 'invalid-json', /not valid JSON/, /不是有效的 JSON/, /data cannot be read\. Please tell the owner/, false],
      ['HTML instead of JSON', '/__test/page.html', 'not-json', /web page instead of action plan data/, /回傳的是網頁/, /data cannot be read\. Please tell the owner/, false],
      ['a response slower than the timeout', '/__test/plan.json?delay=3000', 'timeout', /too long to arrive \(more than 0\.3 seconds\)/, /載入時間過長（超過 0\.3 秒）/, /did not arrive\. Check your connection and try again/, true],
      ['a network failure', 'http://127.0.0.1:9/plan.json', 'network', /could not be reached/, /無法連線取得行動方案/, /did not arrive\. Check your connection and try again/, true],
    ];
    /** The text a reader sees without opening the technical details. */
    const visibleText = (card: Card) =>
      [...card.shadowRoot!.querySelectorAll('[role="alert"] > :not(details)')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
    for (const [name, path, kind, english, chinese, sentence, retry] of cases) {
      it(`${name}: a plain sentence for readers, the detail in both languages behind the disclosure, ${retry ? 'a' : 'no'} retry button, an event and a warning`, async () => {
        const src = unique(path);
        let detail: any;
        const warnings = await captureWarnings(async () => {
          const wrapper = await fixture(html`<div
            @ogp-error=${(e: CustomEvent) => (detail = e.detail)}
          ><ogp-commitment-card lang="en" commitment="1" timeout="300" src=${src}></ogp-commitment-card
          ><ogp-commitment-card lang="zh-TW" commitment="1" timeout="300" src=${src}></ogp-commitment-card></div>`);
          const [en, zh] = wrapper.querySelectorAll('ogp-commitment-card');
          await settled(en);
          await settled(zh);
          expect(shadowText(en, '[role="alert"] details')).to.match(english);
          expect(shadowText(zh, '[role="alert"] details')).to.match(chinese);
          expect(en.shadowRoot!.querySelector('[role="alert"]')).to.exist;
          const seen = visibleText(en);
          expect(seen).to.match(/^There is a problem The action plan cannot be shown because /).and.match(sentence);
          expect(seen).not.to.match(/CORS|HTTP|JSON|\b[45]\d\d\b/);
          expect(visibleText(zh)).to.match(/^發生問題 /);
          expect(Boolean(en.shadowRoot!.querySelector('[part~="retry-button"]'))).to.equal(retry);
          expect(Boolean(zh.shadowRoot!.querySelector('[part~="retry-button"]'))).to.equal(retry);
          await expectAccessible(en);
          await expectAccessible(zh);
        });
        expect(detail.kind).to.equal(kind);
        expect(detail.message).to.be.a('string').and.not.equal('');
        expect(warnings.join('\n')).to.include(kind);
      });
    }

    it('recovers through the retry button', async () => {
      const src = unique('/__test/flaky.json');
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="3" src=${src}></ogp-commitment-card>`);
      expect(shadowText(card)).to.match(/error 503/);
      const loaded = oneEvent(card, 'ogp-load');
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await loaded;
      await card.updateComplete;
      expect(title(card)).to.equal('Referendum electronic petition');
      expect(await hitsOf(src)).to.equal(2);
    });

    it('reports data without a usable plan as invalid data, with the problem path', async () => {
      const card = await mountSettled<Card>(html`<ogp-commitment-card lang="en" .plan=${['not', 'a', 'plan']}></ogp-commitment-card>`);
      expect(shadowText(card)).to.match(/does not contain a usable action plan/);
      expect(card.problems.map((p) => p.path)).to.deep.equal(['']);
    });

    it('for readers: the valid parts, then one quiet line at the end; the list of fields in the console', async () => {
      const plan = await taiwanPlan();
      plan.commitments[3].policyAreas.push('no-such-area');
      plan.stage = 'maybe';
      const warnings = await captureWarnings(async () => {
        for (const [lang, line] of [
          ['en', '2 problems in the data: some items may be missing.'],
          ['zh-TW', '資料中有2 個問題：部分項目可能未顯示。'],
        ] as const) {
          const card = await mountSettled<Card>(html`<ogp-commitment-card lang=${lang} commitment="4" .plan=${plan}></ogp-commitment-card>`);
          const root = card.shadowRoot!.querySelector('.root')!;
          expect(root.firstElementChild!.getAttribute('part')).to.equal('card');
          const note = root.lastElementChild as HTMLElement;
          expect(note.getAttribute('part')).to.equal('problems');
          expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(line);
          expect(card.shadowRoot!.querySelectorAll('[part="problems"]')).to.have.length(1);
          expect(shadowText(card)).not.to.include('policyAreas');
          // Quieter than the text: smaller than the card's body.
          expect(parseFloat(getComputedStyle(note).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(card).fontSize));
          await expectAccessible(card);
        }
      });
      expect(warnings.join('\n')).to.include('commitments[3].policyAreas[1]: unknown policy area "no-such-area"');
    });

    it('with debug: the valid parts with a localized problem summary naming each path, at the top', async () => {
      const plan = await taiwanPlan();
      plan.commitments[3].policyAreas.push('no-such-area');
      plan.stage = 'maybe';
      const warnings = await captureWarnings(async () => {
        const card = await mountSettled<Card>(html`<ogp-commitment-card debug lang="zh-TW" commitment="4" .plan=${plan}></ogp-commitment-card>`);
        expect(title(card)).to.equal('青年政策參與');
        // With debug, the list comes first, above the card.
        expect(card.shadowRoot!.querySelector('.root > :first-child')!.getAttribute('part')).to.equal('problems');
        const summary = shadowText(card, '[part="problems"]');
        expect(summary).to.match(/資料中有2 個問題/);
        expect(summary).to.include('commitments[3].policyAreas[1]');
        expect(summary).to.include('無法辨識的政策領域 "no-such-area"');
        await expectAccessible(card);
      });
      expect(warnings.join('\n')).to.include('commitments[3].policyAreas[1]: unknown policy area "no-such-area"');
      expect(warnings.join('\n')).to.include('stage: unknown value "maybe"');
    });
  });

  describe('warnings', () => {
    /** The illustrative plan, its commitment 1-1 saying "complete" against its latest self update ("substantial"). */
    const disagreeing = async () => {
      const plan = await illustrativePlan();
      plan.commitments[0].status = 'complete';
      return plan;
    };

    it('for readers: nothing about warnings; the console lists each, marked as a warning', async () => {
      const plan = await disagreeing();
      const warnings = await captureWarnings(async () => {
        const card = await mountSettled<Card>(
          html`<ogp-commitment-card lang="en" commitment="1-1" today="2026-12-03" .plan=${plan}></ogp-commitment-card>`,
        );
        expect(card.problems.map((p) => [p.path, p.severity])).to.deep.equal([['commitments[0].status', 'warning']]);
        expect(card.shadowRoot!.querySelectorAll('[part~="problems"], .notice')).to.have.length(0);
        expect(shadowText(card)).not.to.match(/problems? in the data|warning/i);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('1 warning(s) about the action plan data; nothing was left out.');
      expect(warnings[0]).to.include(
        'warning: commitments[0].status: status "complete" differs from the latest self update (2026-07-15): "substantial"; the update wins',
      );
      expect(warnings[0]).not.to.include('problem(s)');
    });

    it('counts errors only for readers, and lists warnings marked as such with debug', async () => {
      const plan = await disagreeing();
      plan.commitments[0].policyAreas.push('no-such-area');
      const warnings = await captureWarnings(async () => {
        for (const [lang, line, mark, what] of [
          ['en', '1 problem in the data: some items may be missing.', 'Warning', 'differs from the latest progress report'],
          ['zh-TW', '資料中有1 個問題：部分項目可能未顯示。', '警告', '與最新進度報告不一致'],
        ] as const) {
          const card = await mountSettled<Card>(
            html`<ogp-commitment-card lang=${lang} commitment="1-1" today="2026-12-03" .plan=${plan}></ogp-commitment-card>`,
          );
          expect(shadowText(card, '[part="problems"]')).to.equal(line);
          // The card's own notice names errors only, and only with debug.
          card.debug = true;
          await settled(card);
          const notice = [...card.shadowRoot!.querySelectorAll('[part="notice"] li')].map((li) => li.textContent);
          expect(notice, 'the card names the error only').to.have.length(1);
          const list = card.shadowRoot!.querySelector('.root > [part="problems"]')!;
          expect(list.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(line);
          const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
          expect(items).to.have.length(2);
          expect(items[0]).to.match(/^commitments\[0\]\.policyAreas\[2\]: /);
          expect(items[1]).to.equal(`${mark} commitments[0].status: ${what}${lang === 'en' ? ', which is shown instead' : '，改以進度報告為準'}`);
          expect(items.filter((item) => item.startsWith(mark))).to.have.length(1);
          await expectAccessible(card);
        }
      });
      expect(warnings.join('\n')).to.include('1 problem(s) in the action plan data');
    });

    it('with debug and warnings only: says nothing was left out', async () => {
      const plan = await disagreeing();
      for (const [lang, line] of [
        ['en', '1 warning about the data: nothing was left out.'],
        ['zh-TW', '資料中有1 個警告：沒有略過任何內容。'],
      ] as const) {
        const card = await mountSettled<Card>(
          html`<ogp-commitment-card debug lang=${lang} commitment="1-1" today="2026-12-03" .plan=${plan}></ogp-commitment-card>`,
        );
        expect(shadowText(card, '.root > [part="problems"] summary')).to.equal(line);
        expect(card.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(0);
      }
    });
  });

  describe('sharing and races', () => {
    it('makes one request for two widgets on the same URL', async () => {
      const src = unique('/__test/plan.json?delay=200');
      const wrapper = await fixture(html`<div>
        <ogp-commitment-card lang="en" commitment="1" src=${src}></ogp-commitment-card>
        <ogp-commitment-card lang="zh-TW" commitment="2" src=${src}></ogp-commitment-card>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('ogp-commitment-card');
      await settled(a);
      await settled(b);
      expect(title(a)).to.equal('Provide a legal basis for government data opening and use');
      expect(title(b)).to.equal('建立開放資料集平台，提供加值運用');
      expect(await hitsOf(src)).to.equal(1);
      // A widget added later reuses the kept response.
      const c = await mountSettled<Card>(html`<ogp-commitment-card commitment="3" src=${src}></ogp-commitment-card>`);
      expect(title(c)).to.equal('Referendum electronic petition');
      expect(await hitsOf(src)).to.equal(1);
    });

    it('lets the latest src win over a slower earlier one', async () => {
      const slow = await taiwanPlan();
      slow.commitments[0].title = {en: 'STALE'};
      const card = await fixture<Card>(html`<ogp-commitment-card lang="en" commitment="1"></ogp-commitment-card>`);
      card.src = unique('/__test/plan.json?delay=600');
      await card.updateComplete;
      card.src = unique('/__test/plan.json');
      await settled(card);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(title(card)).to.equal('Provide a legal basis for government data opening and use');
    });

    it('aborts the request when the widget is removed mid-fetch', async () => {
      const original = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
      try {
        const card = await fixture<Card>(
          html`<ogp-commitment-card commitment="1" src=${unique('/__test/plan.json?delay=1500')}></ogp-commitment-card>`,
        );
        expect(signals).to.have.length(1);
        expect(signals[0].aborted).to.equal(false);
        card.remove();
        expect(signals[0].aborted).to.equal(true);
      } finally {
        window.fetch = original;
      }
    });
  });
});
