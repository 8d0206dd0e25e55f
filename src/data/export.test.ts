import {expect} from '@open-wc/testing';
import {captureWarnings, illustrativePlan} from '../../test/helpers.js';
import {csvParseRows} from 'd3-dsv';
import {commitmentRowsCsv, planJson} from './export.js';
import {validatePlan} from './validate.js';

describe('planJson', () => {
  it('saves the plan with its extra fields', async () => {
    const document = await illustrativePlan();
    document['x-extra'] = {kept: true};
    const {plan} = validatePlan(document);
    expect(JSON.parse(planJson(plan!))['x-extra']).to.deep.equal({kept: true});
  });

  it('still saves the plan when an extra field is nested too deep to serialize', async () => {
    const document = await illustrativePlan();
    let junk: unknown[] = [];
    const root = junk;
    for (let i = 0; i < 200_000; i++) {
      const next: unknown[] = [];
      junk.push(next);
      junk = next;
    }
    document.commitments[0]['x-junk'] = root;
    const {plan} = validatePlan(document);
    let text = '';
    const warnings = await captureWarnings(() => (text = planJson(plan!)));
    const saved = JSON.parse(text);
    expect(saved.commitments.map((c: any) => c.id)).to.deep.equal(plan!.commitments.map((c) => c.id));
    expect(saved.commitments[0]['x-junk']).to.equal(undefined);
    expect(saved.commitments[0].title).to.deep.equal(plan!.commitments[0].title);
    expect(warnings.join('\n')).to.include('leaves out extra fields');
  });
});

describe('CSV downloads', () => {
  it('defuse cells that a spreadsheet would run as formulas, keeping their text', async () => {
    const document = await illustrativePlan();
    document.commitments[0].title = {en: '=HYPERLINK("https://evil.example","click")', 'zh-TW': '@SUM(1+1)'};
    document.commitments[0].leadAgencies = [{en: '-2+3', 'zh-TW': '+cmd'}];
    const {plan} = validatePlan(document);
    const rows = csvParseRows(commitmentRowsCsv(plan!, 'en').replace(/^\uFEFF/, ''));
    const cells = rows[1];
    expect(cells).to.include(`'=HYPERLINK("https://evil.example","click")`);
    expect(cells).to.include(`'@SUM(1+1)`);
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).to.equal(false);
    expect(rows[2].join(' ')).to.include(plan!.commitments[1].number);
  });
});
