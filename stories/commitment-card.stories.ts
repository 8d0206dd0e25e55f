import type {Meta} from '@storybook/web-components-vite';
import {commitmentArgTypes, elementMeta, states, type Story} from './support/stories.js';
import {MOCK} from './support/mock-fetch.js';
import {DATA, illustrativePlan, taiwanPlan} from './support/plans.js';

const tag = 'ogp-commitment-card';

export default {
  title: 'Elements · 元件/Commitment card · 承諾卡片',
  id: 'elements-commitment-card',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative, commitment: '1-1'},
    description:
      'For an agency page: one commitment in full, or `compact` in a sidebar. The toolbar sets the language, ' +
      'the theme and the viewport; every state (loading, errors, long texts…) is a story in the sidebar.',
  }),
} satisfies Meta;

const s = states(tag, {
  taiwan: {commitment: '4'},
  illustrative: {commitment: '1-1'},
  problems: {commitment: '1-2'},
  longTexts: {commitment: 'long'},
  one: {commitment: 'c1'},
  hundred: {commitment: 'c100'},
});

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
export const TaiwanDraft: Story = {...s.taiwan, name: 'Taiwan 2019 draft · 臺灣 2019 草案'};
export const Compact: Story = {args: {src: DATA.illustrative, commitment: '1-1', compact: true}, name: 'Compact · 精簡版'};
export const CompactTaiwan: Story = {
  args: {src: DATA.taiwan, commitment: '4', compact: true},
  argTypes: commitmentArgTypes(taiwanPlan()),
  name: 'Compact, Taiwan draft · 精簡版（臺灣草案）',
};
/** An id the plan does not have: the card names the ids it does have. */
export const UnknownCommitment: Story = {
  args: {src: DATA.illustrative, commitment: '99'},
  argTypes: commitmentArgTypes(illustrativePlan(), '99'),
  name: 'Unknown commitment id · 找不到的承諾編號',
};
export const Withdrawn: Story = {args: {src: DATA.illustrative, commitment: '4'}, name: 'Withdrawn commitment · 已撤回的承諾'};
export const LongTexts: Story = {...s.longTexts, name: 'Long texts · 長文字'};
export const LongTextsCompact: Story = {...s.longTexts, args: {...s.longTexts.args, compact: true}, name: 'Long texts, compact · 長文字（精簡版）'};
export const OneCommitment: Story = {...s.oneCommitment, name: 'One commitment · 一項承諾'};
export const HundredCommitments: Story = {...s.hundredCommitments, name: 'A hundred commitments · 一百項承諾'};
export const HeadingLevel3: Story = {...s.headingLevel, name: 'Heading level 3 · 標題層級 3'};
export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']};
/** The skeleton turning into the card: the plan arrives after 1.5 seconds. */
export const SlowNetwork: Story = {args: {src: MOCK.slow, commitment: '1-1'}, name: 'Slow network · 網路緩慢'};
export const NoData: Story = {...s.noData, name: 'No data · 沒有資料'};
export const Empty: Story = {...s.empty, name: 'Empty plan · 空的方案'};
/** Every way loading can fail: choose one with the `failure` control. */
export const Errors: Story = {...s.errors, name: 'Errors · 錯誤'};

/**
 * Progress reports, newest first: commitment 1-2 is late, and its reports name the challenges
 * behind the delay; the two earlier reports wait behind the "Show 2 earlier reports" toggle.
 */
export const ProgressReports: Story = {
  args: {src: DATA.illustrative, commitment: '1-2'},
  name: 'Progress reports, late with challenges · 進度報告（落後並說明挑戰）',
};
/** An independent review (Limited) disagrees with the government's latest report (Substantial): both are shown, the status stays the government's. */
export const IndependentDisagrees: Story = {
  args: {src: DATA.illustrative, commitment: '6'},
  name: 'Independent review disagrees · 獨立審查意見不同',
};
/** A civil-society report found no evidence of progress ("No evidence available"). */
export const NoEvidenceAvailable: Story = {
  args: {src: DATA.illustrative, commitment: '3'},
  name: 'No evidence available · 查無證據',
};
/** Stale: no report for 10 months, more than the plan's 6-month reporting interval. `stale-after` changes the threshold. */
export const Stale: Story = {
  args: {src: DATA.illustrative, commitment: '7'},
  name: 'Stale, no report for 10\u00a0months · 久未報告（10\u00a0個月）',
};
