// The per-element msg() and the lazily loaded language tables (src/i18n/msg.ts). This file runs in
// its own page and does not import test/helpers.ts, which preloads the Chinese table for the
// other tests: here the page starts with English only.
import {expect, fixture, html} from '@open-wc/testing';
import {str} from '@lit/localize';
import '../components/commitment-card/define.js';
import type {OgpCommitmentCard} from '../components/commitment-card/commitment-card.js';
import {hasTranslations, loadTranslations, msgFor} from './msg.js';

let plan: unknown;
before(async () => (plan = await (await fetch('/data/examples/illustrative-plan.json')).json()));

/** Requests for a language table's module so far (the file name lit-localize generates). */
const tableRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/locales\/zh-TW\.(ts|js)/.test(entry.name)).length;

const text = (card: Element, selector: string) => card.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('msg: per-element translation, tables loaded on first use', () => {
  it('an English widget loads no Chinese strings', async () => {
    const card = await fixture<OgpCommitmentCard>(html`<ogp-commitment-card lang="en" commitment="1-1" .plan=${plan}></ogp-commitment-card>`);
    expect(text(card, '.number')).to.equal('Commitment 1-1');
    expect(hasTranslations('zh-TW')).to.equal(false);
    expect(tableRequests()).to.equal(0);
  });

  it('a Chinese widget shows its skeleton until the table arrives, then Chinese; the table loads once', async () => {
    expect(hasTranslations('zh-TW'), 'no Chinese yet on this page').to.equal(false);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<ogp-commitment-card lang="zh-TW" commitment="1-1"></ogp-commitment-card><ogp-commitment-card lang="zh-Hant" commitment="1-1"></ogp-commitment-card>';
    const cards = [...wrapper.querySelectorAll<OgpCommitmentCard>('ogp-commitment-card')];
    for (const card of cards) card.plan = plan;
    document.body.append(wrapper);
    try {
      // The first render happens before the table (a separate module) can have arrived.
      await cards[0].updateComplete;
      expect(cards[0].shadowRoot!.querySelector('[part="skeleton"]'), 'skeleton while the strings load').to.exist;
      await loadTranslations('zh-TW');
      for (const card of cards) {
        await card.updateComplete;
        expect(text(card, '.number')).to.equal('承諾事項 1-1');
      }
      expect(tableRequests()).to.equal(1);
    } finally {
      wrapper.remove();
    }
  });

  it('looks messages up as @lit/localize does: by source hash, by id, with placeholders reordered', async () => {
    await loadTranslations('zh-TW');
    const en = msgFor('en');
    const zh = msgFor('zh-TW');
    // Plain strings, matched by the hash of their source text.
    expect(en('Milestones')).to.equal('Milestones');
    expect(zh('Milestones')).to.equal('里程碑');
    // The translation puts the placeholders in another order.
    const complete = '2';
    const total = '5';
    expect(en(str`${complete} of ${total} milestones complete`)).to.equal('2 of 5 milestones complete');
    expect(zh(str`${complete} of ${total} milestones complete`)).to.equal('5\u00a0個里程碑中已完成 2\u00a0個');
    // Messages with an explicit id.
    const count = '12';
    expect(zh(str`${count} commitments`, {id: 'list-count'})).to.equal('共 12\u00a0項承諾事項');
    // Unknown messages fall back to the source text.
    expect(zh('A sentence nobody translated')).to.equal('A sentence nobody translated');
  });
});
