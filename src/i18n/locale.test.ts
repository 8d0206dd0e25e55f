import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg as hostMsg} from '@lit/localize';
import '../components/commitment-card/define.js';
import type {OgpCommitmentCard} from '../components/commitment-card/commitment-card.js';
import {mountSettled, shadowText, taiwanPlan} from '../../test/helpers.js';
import {inheritedLang, normalizeLocale} from './locale.js';
import {pickText} from './text.js';

type Card = OgpCommitmentCard;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('language', () => {
  it('maps zh, zh-TW, zh-Hant, zh-Hant-TW to Traditional Chinese and everything else to English', () => {
    for (const tag of ['zh', 'zh-TW', 'zh-tw', 'ZH-HANT', 'zh-Hant-TW', 'zh_TW']) {
      expect(normalizeLocale(tag), tag).to.equal('zh-TW');
    }
    for (const tag of ['en', 'en-GB', 'fr', 'zh-CN', 'zh-Hans', '', null, undefined, 'x-klingon']) {
      expect(normalizeLocale(tag), String(tag)).to.equal('en');
    }
  });

  it('picks data text in the locale, else English, else any language present, and says which', () => {
    const text = {'zh-Hant': '青年', en: 'Youth', fr: 'Jeunesse'};
    expect(pickText(text, 'zh-TW')).to.deep.equal({value: '青年', lang: 'zh-Hant'});
    expect(pickText(text, 'en')).to.deep.equal({value: 'Youth', lang: 'en'});
    expect(pickText({fr: 'Jeunesse', de: 'Jugend'}, 'zh-TW')).to.deep.equal({value: 'Jeunesse', lang: 'fr'});
    expect(pickText({'zh-TW': '青年'}, 'en')).to.deep.equal({value: '青年', lang: 'zh-TW'});
    expect(pickText('plain', 'zh-TW')).to.deep.equal({value: 'plain'});
  });

  describe('resolution per element', () => {
    let htmlLang: string;
    beforeEach(() => (htmlLang = document.documentElement.lang));
    afterEach(() => (document.documentElement.lang = htmlLang));

    it('uses its own lang, else the closest ancestor, else <html lang>, else English', async () => {
      const plan = await taiwanPlan();
      document.documentElement.lang = 'zh-Hant-TW';
      const wrapper = await fixture(html`<div>
        <ogp-commitment-card id="own" lang="en" commitment="4" .plan=${plan}></ogp-commitment-card>
        <section lang="zh"><ogp-commitment-card id="ancestor" lang="" commitment="4" .plan=${plan}></ogp-commitment-card></section>
        <section lang="zh"><p lang="en"><ogp-commitment-card id="closest" commitment="4" .plan=${plan}></ogp-commitment-card></p></section>
        <ogp-commitment-card id="page" commitment="4" .plan=${plan}></ogp-commitment-card>
      </div>`);
      const get = (id: string) => wrapper.querySelector<Card>(`#${id}`)!;
      await Promise.all([...wrapper.querySelectorAll<Card>('ogp-commitment-card')].map((c) => c.updateComplete));
      expect(shadowText(get('own'), '.title')).to.equal('Youth policy participation');
      // lang="" means "unknown" in HTML: English, our fallback.
      expect(shadowText(get('ancestor'), '.title')).to.equal('Youth policy participation');
      expect(shadowText(get('closest'), '.title')).to.equal('Youth policy participation');
      expect(shadowText(get('page'), '.title')).to.equal('青年政策參與');
      expect(get('page').shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('zh-TW');
      // The title is in the widget's language, so it inherits the root's lang (no span of its own).
      expect(get('page').shadowRoot!.querySelector('.title')!.closest('[lang]')!.getAttribute('lang')).to.equal('zh-TW');

      document.documentElement.lang = 'fr';
      await nextFrame();
      expect(shadowText(get('page'), '.title')).to.equal('Youth policy participation');
      expect(shadowText(get('page'), '.number')).to.equal('Commitment 4');
    });

    it('gives text in a fallback language its own lang, and text in the widget language none', async () => {
      const plan = await taiwanPlan();
      const four = plan.commitments.find((c: {id: string}) => c.id === '4');
      four.title = {en: four.title.en}; // no Chinese title: the zh-TW widget falls back to English
      const card = await fixture<Card>(html`<ogp-commitment-card lang="zh-TW" commitment="4" .plan=${plan}></ogp-commitment-card>`);
      await card.updateComplete;
      const title = card.shadowRoot!.querySelector('.title')!;
      expect(title.querySelector('span[lang]')!.getAttribute('lang')).to.equal('en');
      expect(title.textContent!.trim()).to.equal('Youth policy participation');
      // The policy area's name is in Chinese, the widget's language: plain text, no span.
      const area = card.shadowRoot!.querySelector('.chip.area')!;
      expect(area.textContent!.trim()).to.match(/[\u4e00-\u9fff]/);
      expect(area.querySelector('span[lang]')).to.equal(null);
      expect(area.closest('[lang]')!.getAttribute('lang')).to.equal('zh-TW');
    });

    it('crosses shadow roots to find an ancestor lang', async () => {
      const plan = await taiwanPlan();
      const outer = await fixture<HTMLDivElement>(html`<div lang="zh-TW"></div>`);
      const root = outer.attachShadow({mode: 'open'});
      root.innerHTML = '<div><ogp-commitment-card commitment="6"></ogp-commitment-card></div>';
      const card = root.querySelector<Card>('ogp-commitment-card')!;
      card.plan = plan;
      await card.updateComplete;
      expect(inheritedLang(card)).to.equal('zh-TW');
      expect(shadowText(card, '.title')).to.equal('促進性別包容對話與參與');
      root.firstElementChild!.setAttribute('lang', 'en');
      await nextFrame();
      expect(shadowText(card, '.title')).to.equal('Promote gender-inclusive dialogue and participation');
    });

    it('keeps two widgets in different languages right side by side, and follows lang changes', async () => {
      const plan = await taiwanPlan();
      const wrapper = await fixture(html`<div>
        <ogp-commitment-card lang="zh-TW" commitment="7" .plan=${plan}></ogp-commitment-card>
        <ogp-commitment-card lang="en" commitment="7" .plan=${plan}></ogp-commitment-card>
      </div>`);
      const [zh, en] = wrapper.querySelectorAll<Card>('ogp-commitment-card');
      await zh.updateComplete;
      await en.updateComplete;
      expect(shadowText(zh)).to.include('承諾事項 7').and.include('促進新住民公共參與及發展').and.include('本方案為草案');
      expect(shadowText(en)).to.include('Commitment 7').and.include('Promote new immigrant public participation and development');
      zh.setAttribute('lang', 'en');
      en.setAttribute('lang', 'zh-TW');
      await nextFrame();
      expect(shadowText(zh)).to.include('Commitment 7');
      expect(shadowText(en)).to.include('承諾事項 7');
    });
  });

  it('neither breaks nor is broken by a host page that configures @lit/localize for itself', async () => {
    // The host page's own app, in runtime mode, with its own locale and strings.
    const {setLocale, getLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({templates: {host_greeting: 'Hallo'}}),
    });
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(hostMsg('Hello', {id: 'host_greeting'})).to.equal('Hallo');

    const plan = await taiwanPlan();
    const wrapper = await fixture(html`<div>
      <ogp-commitment-card lang="zh-TW" commitment="9" .plan=${plan}></ogp-commitment-card>
      <ogp-commitment-card lang="en" commitment="9" .plan=${plan}></ogp-commitment-card>
    </div>`);
    const [zh, en] = wrapper.querySelectorAll<Card>('ogp-commitment-card');
    await zh.updateComplete;
    await en.updateComplete;
    expect(shadowText(zh)).to.include('承諾事項 9').and.include('推動客家議題公共參與');
    expect(shadowText(en)).to.include('Commitment 9').and.include('Promote public participation on Hakka issues');
    // Our widgets left the host's localization alone.
    expect(getLocale()).to.equal('de');
    expect(hostMsg('Hello', {id: 'host_greeting'})).to.equal('Hallo');
    const again = await mountSettled<Card>(html`<ogp-commitment-card lang="zh-TW" commitment="9" .plan=${plan}></ogp-commitment-card>`);
    expect(shadowText(again, '.number')).to.equal('承諾事項 9');
  });
});
