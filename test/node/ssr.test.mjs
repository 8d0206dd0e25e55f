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

// The renderer pages and the CLI use (`ogp-widgets/ssr`, dist/ssr.js): the element with its
// attributes, a declarative shadow root and the plan inline, in either language.
describe('renderWidget (ogp-widgets/ssr)', async () => {
  const {renderWidget, WIDGET_TAGS} = await import('../../dist/ssr.js');
  const {RENDERED_BY} = {RENDERED_BY: `ogp-widgets@${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}`};

  /** Words of the UI that must appear in each language (a heading or label each element draws). */
  const UI = {
    'ogp-commitment-card': {en: 'Progress reports', 'zh-TW': '進度報告'},
    'ogp-policy-area-grid': {en: 'commitments', 'zh-TW': '項承諾'},
    'ogp-progress-tracker': {en: 'Commitments by reporting period', 'zh-TW': '各報告期'},
    'ogp-commitment-list': {en: 'Search', 'zh-TW': '搜尋'},
    'ogp-action-plan': {en: 'Commitments by reporting period', 'zh-TW': '各報告期'},
  };

  for (const tag of WIDGET_TAGS) {
    for (const lang of ['en', 'zh-TW']) {
      it(`${tag} in ${lang}: lang, rendered-on, rendered-by, a shadow root in that language, the plan inline`, async () => {
        const attributes = {lang, today: '2026-12-03', ...(tag === 'ogp-commitment-card' ? {commitment: '1-2'} : {})};
        const {html: out, renderedOn, styleHashes} = await renderWidget(tag, {plan: illustrative, attributes});
        const open = new RegExp(`<${tag}[^>]*>`).exec(out)?.[0] ?? '';
        assert.match(open, new RegExp(`\\slang="${lang}"`));
        assert.match(open, /\srendered-on="2026-12-03"/);
        assert.match(open, new RegExp(`\\srendered-by="${RENDERED_BY.replace(/\./g, '\\.')}"`));
        assert.equal(renderedOn, '2026-12-03');
        assert.match(out, /<template shadowroot(mode)?="open"/);
        // What the widget drew, without the inline plan (which holds both languages' data).
        const drawn = out.slice(0, out.lastIndexOf('<script type="application/json">'));
        assert.ok(drawn.includes(UI[tag][lang]), `"${UI[tag][lang]}" in ${lang}`);
        const other = lang === 'en' ? 'zh-TW' : 'en';
        assert.ok(!drawn.includes(UI[tag][other]), `no "${UI[tag][other]}" from the other language`);
        assert.match(drawn, lang === 'en' ? /As of <[^]*?3\s+December\s+2026/ : /資料截至<[^]*?2026年12月3日/, 'says which day it was rendered for');
        assert.ok(styleHashes.length > 0 && styleHashes.every((hash) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(hash)));
        const inline = /<script type="application\/json">([^]*?)<\/script>/.exec(out)?.[1];
        assert.deepEqual(JSON.parse(inline), illustrative, 'the plan inline, as given');
      });
    }
  }

  it('writes every < of the data inline as \\u003c, so no text can end the script', async () => {
    const hostile = structuredClone(plan);
    hostile.commitments[0].title.en = '</script><script>alert(1)</script><!--';
    const {html: out} = await renderWidget('ogp-commitment-list', {plan: hostile, attributes: {lang: 'en'}});
    const inline = /<script type="application\/json">([^]*?)<\/script>/.exec(out)[1];
    assert.ok(!inline.includes('<'), 'no < inside the inline script');
    assert.equal(JSON.parse(inline).commitments[0].title.en, hostile.commitments[0].title.en);
  });

  it('draws the error state for data that is not a plan, and refuses what it cannot write', async () => {
    const {html: out} = await renderWidget('ogp-commitment-card', {plan: ['not', 'a', 'plan'], attributes: {commitment: '1'}});
    assert.ok(out.includes('role="alert"'));
    await assert.rejects(renderWidget('ogp-nothing', {plan}), /unknown element/);
    await assert.rejects(renderWidget('ogp-commitment-card', {plan, attributes: {'on click': 'x'}}), /not an attribute name/);
    await assert.rejects(renderWidget('ogp-commitment-card', {plan, attributes: {onclick: 'alert(1)'}}), /event handler/);
    await assert.rejects(renderWidget('ogp-commitment-card', {plan, attributes: {'rendered-by': 'x'}}), /writes "rendered-by" itself/);
    await assert.rejects(renderWidget('ogp-commitment-card', {}), /give a plan or a src/);
  });

  it('escapes attribute values', async () => {
    const {html: out} = await renderWidget('ogp-commitment-card', {plan, attributes: {commitment: '"><img src=x onerror=alert(1)>'}});
    assert.ok(!/<img/.test(out.split('<template')[0]), 'no element injected through an attribute');
  });
});
