/** Widgets linked by `for` on an ordinary page (docs/linking.md), outside any dashboard. */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/components/policy-area-grid/define.js';
import '../src/components/progress-tracker/define.js';
import '../src/components/commitment-list/define.js';
import type {OgpCommitmentList} from '../src/components/commitment-list/commitment-list.js';
import {captureWarnings, illustrativePlan, settled} from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('linking widgets with for=ID', () => {
  it('filters a list from a grid and a tracker legend, and keeps them in step', async () => {
    const plan = await illustrativePlan();
    const page = await fixture(html`<div>
      <ogp-policy-area-grid selectable for="my-list" .plan=${plan}></ogp-policy-area-grid>
      <ogp-progress-tracker selectable for="my-list" .plan=${plan}></ogp-progress-tracker>
      <ogp-commitment-list id="my-list" .plan=${plan}></ogp-commitment-list>
    </div>`);
    const [grid, tracker, list] = [...page.children] as any[];
    for (const widget of [grid, tracker, list]) await settled(widget);

    const area = plan.policyAreas.find((a: any) => plan.commitments.some((c: any) => c.policyAreas.includes(a.id))).id;
    grid.shadowRoot.querySelector(`button[data-area="${area}"]`).click();
    await frame();
    const inArea = plan.commitments.filter((c: any) => c.policyAreas.includes(area)).map((c: any) => c.id);
    expect((list as OgpCommitmentList).matchingCommitments.map((c) => c.id)).to.have.members(inArea);
    expect(list.filters.policyArea).to.equal(area);

    // The list's own filter controls drive the grid back.
    list.filters = {...list.filters, policyArea: ''};
    await frame();
    expect(grid.selected ?? '').to.equal('');

    list.applySelection({kind: 'status', id: 'complete'});
    await frame();
    expect(tracker.selected).to.equal('complete');
    expect(list.matchingCommitments.map((c: any) => c.id)).to.deep.equal(
      plan.commitments.filter((c: any) => c.status === 'complete').map((c: any) => c.id),
    );
  });

  it('finds a target that appears later, and warns once about a missing one', async () => {
    const plan = await illustrativePlan();
    const warnings = await captureWarnings(async () => {
      const page = await fixture(html`<div><ogp-policy-area-grid selectable for="later" .plan=${plan}></ogp-policy-area-grid></div>`);
      const grid = page.firstElementChild as any;
      await settled(grid);
      grid.shadowRoot.querySelector('button[aria-pressed]').click();
      grid.shadowRoot.querySelector('button[aria-pressed]').click();
      await frame();
      const list = document.createElement('ogp-commitment-list') as OgpCommitmentList;
      list.id = 'later';
      list.plan = plan;
      page.append(list);
      await settled(list);
      grid.shadowRoot.querySelector('button[aria-pressed]').click();
      await frame();
      expect(list.filters.policyArea).to.equal(plan.policyAreas[0].id);
    });
    expect(warnings.filter((w) => w.includes('for="later"'))).to.have.length(1);
  });
});
