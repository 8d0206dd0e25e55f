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
  'ogp-commitment-card': [
    html`<ogp-commitment-card lang="en" commitment="4" today="2026-11-28" .plan=${plan}></ogp-commitment-card>`,
    fourth.title.en,
  ],
  'ogp-commitment-card compact': [
    html`<ogp-commitment-card lang="en" commitment="4" compact .plan=${plan}></ogp-commitment-card>`,
    fourth.title.en,
  ],
  'ogp-policy-area-grid': [
    html`<ogp-policy-area-grid lang="en" .plan=${plan}></ogp-policy-area-grid>`,
    plan.policyAreas[0].title.en,
  ],
  'ogp-progress-tracker': [
    html`<ogp-progress-tracker lang="en" today="2026-11-28" .plan=${illustrative}></ogp-progress-tracker>`,
    illustrative.policyAreas[0].title.en,
  ],
  'ogp-commitment-list': [
    html`<ogp-commitment-list lang="en" today="2026-11-28" .plan=${plan}></ogp-commitment-list>`,
    first.title.en,
  ],
  'ogp-commitment-list rows': [
    html`<ogp-commitment-list lang="en" layout="rows" .plan=${plan}></ogp-commitment-list>`,
    first.title.en,
  ],
  'ogp-action-plan': [
    html`<ogp-action-plan lang="en" today="2026-11-28" .plan=${plan}></ogp-action-plan>`,
    plan.title.en,
  ],
};

// Progress reports (issue 17), with the illustrative plan's three reporting periods: each element
// that shows them, for commitments that are late with challenges (1-2), stale (5, never reported;
// 7), with another reporter's update (3: civil society, no evidence available; 6: independent,
// disagreeing). In English, like the cases above.
const titleOf = (id) => illustrative.commitments.find((c) => c.id === id).title.en;
const reportCases = {
  ...Object.fromEntries(
    ['1-1', '1-2', '3', '5', '6', '7'].map((id) => [
      `ogp-commitment-card ${id}`,
      [
        html`<ogp-commitment-card lang="en" commitment=${id} today="2026-12-03" .plan=${illustrative}></ogp-commitment-card>`,
        titleOf(id),
      ],
    ]),
  ),
  'ogp-commitment-card 1-2 stale-after': [
    html`<ogp-commitment-card lang="en" commitment="1-2" stale-after="1" today="2026-12-03" .plan=${illustrative}></ogp-commitment-card>`,
    titleOf('1-2'),
  ],
  'ogp-progress-tracker': [
    html`<ogp-progress-tracker lang="en" today="2026-12-03" .plan=${illustrative}></ogp-progress-tracker>`,
    illustrative.policyAreas[0].title.en,
  ],
  'ogp-progress-tracker 1-2': [
    html`<ogp-progress-tracker lang="en" commitment="1-2" today="2026-12-03" .plan=${illustrative}></ogp-progress-tracker>`,
    titleOf('1-2'),
  ],
  'ogp-commitment-list rows': [
    html`<ogp-commitment-list lang="en" layout="rows" page-size="0" today="2026-12-03" .plan=${illustrative}></ogp-commitment-list>`,
    titleOf('7'),
  ],
  'ogp-action-plan': [
    html`<ogp-action-plan lang="en" today="2026-12-03" .plan=${illustrative}></ogp-action-plan>`,
    illustrative.title.en,
  ],
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

  for (const [name, [template, expected]] of Object.entries(reportCases)) {
    it(`with progress reports: ${name} renders its content, no skeleton, nothing undefined`, async () => {
      const out = await renderToString(template);
      assert.match(out, /<template shadowroot(mode)?="open"/, 'a declarative shadow root');
      assert.ok(!out.includes('part="skeleton"'), 'no loading skeleton');
      assert.ok(!out.includes('role="alert"'), 'no error notice');
      assert.ok(out.includes(expected), `contains "${expected}"`);
      // What shows through when a template reads a field that is not there.
      assert.doesNotMatch(out, /\bundefined\b|\bNaN\b|\[object Object\]/, 'nothing undefined');
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
    const out = await renderToString(
      html`<ogp-commitment-card lang="en" commitment="4" .plan=${['not', 'a', 'plan']}></ogp-commitment-card>`,
    );
    assert.ok(out.includes('role="alert"'), 'an error notice');
    assert.ok(!out.includes('part="skeleton"'));
  });
});
