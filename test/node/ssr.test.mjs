// Server rendering: every element, given a plan, renders its content through @lit-labs/ssr, as a
// later server renderer will, with no loading skeleton: the plan is validated before the first
// render, and render code reads no DOM. Uses the npm build (dist/index.js, Lit external), so run
// `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {html} from 'lit';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';

await import('../../dist/index.js');

const readPlan = (path) => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
const plan = readPlan('taiwan/action-plan.json');
// Taiwan's draft reports no progress yet; the illustrative plan fills the tracker.
const illustrative = readPlan('examples/illustrative-plan.json');
const first = plan.commitments[0];
const fourth = plan.commitments.find((c) => c.id === '4');

const renderToString = (template) => collectResult(render(template));

/** Each element with the plan as a property, and a text its content must contain. */
const cases = {
  'ogp-commitment-card': [html`<ogp-commitment-card lang="en" commitment="4" today="2026-11-28" .plan=${plan}></ogp-commitment-card>`, fourth.title.en],
  'ogp-commitment-card compact': [html`<ogp-commitment-card lang="en" commitment="4" compact .plan=${plan}></ogp-commitment-card>`, fourth.title.en],
  'ogp-policy-area-grid': [html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`, plan.policyAreas[0].title.en],
  'ogp-progress-tracker': [
    html`<ogp-progress-tracker lang="en" today="2026-11-28" .plan=${illustrative}></ogp-progress-tracker>`,
    illustrative.policyAreas[0].title.en,
  ],
  'ogp-commitment-list': [html`<ogp-commitment-list lang="en" today="2026-11-28" .plan=${plan}></ogp-commitment-list>`, first.title.en],
  'ogp-commitment-list rows': [html`<ogp-commitment-list lang="en" layout="rows" .plan=${plan}></ogp-commitment-list>`, first.title.en],
  'ogp-action-plan': [html`<ogp-action-plan lang="en" today="2026-11-28" .plan=${plan}></ogp-action-plan>`, plan.title.en],
};

describe('server rendering (@lit-labs/ssr)', () => {
  for (const [name, [template, expected]] of Object.entries(cases)) {
    it(`${name} renders its content with no skeleton`, async () => {
      const out = await renderToString(template);
      assert.match(out, /<template shadowroot(mode)?="open"/, 'a declarative shadow root');
      assert.ok(!out.includes('part="skeleton"'), 'no loading skeleton');
      assert.ok(!out.includes('aria-busy="true"'), 'nothing busy');
      assert.ok(out.includes(expected), `contains "${expected}"`);
    });
  }

  it('the dashboard renders the elements it contains, each with its content', async () => {
    const out = await renderToString(cases['ogp-action-plan'][0]);
    for (const tag of ['ogp-progress-tracker', 'ogp-policy-area-grid', 'ogp-commitment-list']) {
      assert.match(out, new RegExp(`<${tag}[^>]*>\\s*<template shadowroot`), `${tag} rendered inside`);
    }
    assert.ok(out.includes(first.title.en), 'the list shows the first commitment');
  });

  it('shows the error state, not a skeleton, for a plan that is not one', async () => {
    const out = await renderToString(html`<ogp-commitment-card lang="en" commitment="4" .plan=${['not', 'a', 'plan']}></ogp-commitment-card>`);
    assert.ok(out.includes('role="alert"'), 'an error notice');
    assert.ok(!out.includes('part="skeleton"'));
  });
});
