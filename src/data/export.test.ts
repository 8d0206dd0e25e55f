import {expect} from '@open-wc/testing';
import {captureWarnings, illustrativePlan} from '../../test/helpers.js';
import {planJson} from './export.js';
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
