/** The bundled Taiwan draft says what the source document says: word for word, nothing invented. */
import {expect} from '@open-wc/testing';
import {seedText, taiwanPlan} from './helpers.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('the bundled Taiwan draft', () => {
  let plan: any;
  let seed: string;
  let seedLines: string[];

  before(async () => {
    plan = await taiwanPlan();
    seed = await seedText();
    seedLines = seed.split('\n').map((line) => line.trim());
  });

  it('is a draft with 12 commitments numbered 1 to 12 and the 9 OGP policy areas', () => {
    expect(plan.stage).to.equal('draft');
    expect(plan.commitments.map((c: any) => c.number)).to.deep.equal(
      Array.from({length: 12}, (_, i) => String(i + 1)),
    );
    expect(plan.policyAreas).to.have.length(9);
  });

  it('has each commitment title in Traditional Chinese and English exactly as the source lines', () => {
    for (const commitment of plan.commitments) {
      const zh = `${commitment.number}. ${commitment.title['zh-TW']}`;
      expect(seedLines.map((l) => l.replace(/\u3000+$/, '')), zh).to.include(zh);
      expect(seedLines, commitment.title.en).to.include(commitment.title.en);
    }
  });

  it('has every policy area and topic in both languages word for word', () => {
    const flat = collapse(seed);
    for (const area of plan.policyAreas) {
      for (const text of [area.title, ...area.topics]) {
        expect(Object.keys(text).sort()).to.deep.equal(['en', 'zh-TW']);
        expect(flat, text.en).to.include(text.en);
        expect(flat, text['zh-TW']).to.include(text['zh-TW']);
      }
    }
  });

  it('invents no agencies, dates, statuses or progress', () => {
    expect(plan.period).to.equal(undefined);
    expect(plan.updated).to.equal(undefined);
    for (const commitment of plan.commitments) {
      expect(Object.keys(commitment).sort()).to.deep.equal(['id', 'number', 'policyAreas', 'title']);
    }
  });

  it('names the National Development Council as its source', () => {
    expect(plan.source.publisher.en).to.match(/National Development Council/);
    expect(plan.source.title.en).to.satisfy((t: string) => collapse(seed).includes(t));
  });
});

