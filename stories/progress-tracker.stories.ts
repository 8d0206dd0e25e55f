import type {Meta} from '@storybook/web-components-vite';
import {commitmentArgTypes, elementMeta, states, type Story} from './support/stories.js';
import {DATA, illustrativePlan, taiwanPlan} from './support/plans.js';

const tag = 'ogp-progress-tracker';

export default {
  title: 'Elements · 元件/Progress tracker · 進度追蹤',
  id: 'elements-progress-tracker',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {
      selected: {control: 'select', options: ['', 'not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported']},
    },
    description:
      'For a progress page: how far a plan has come, with commitments on the OGP completion scale, milestones, ' +
      'policy areas and the plan period. With `commitment`, the same for one commitment with its milestone ' +
      'timeline. `today` is pinned in every story.',
  }),
} satisfies Meta;

const s = states(tag);

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
/** Taiwan's draft reports no progress yet: the tracker says so instead of drawing empty bars. */
export const TaiwanDraft: Story = {...s.taiwan, name: 'Taiwan 2019 draft · 臺灣 2019 草案'};
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}, name: 'Selectable · 可選取'};
export const SelectableWithSelection: Story = {
  args: {src: DATA.illustrative, selectable: true, selected: 'limited'},
  name: 'Selectable, one selected · 可選取（已選一項）',
};
export const CommitmentMode: Story = {args: {src: DATA.illustrative, commitment: '1-1'}, name: 'One commitment · 單一承諾'};
export const CommitmentModeWithdrawn: Story = {
  args: {src: DATA.illustrative, commitment: '4'},
  name: 'One commitment, withdrawn · 單一承諾（已撤回）',
};
export const CommitmentModeNoStatus: Story = {
  args: {src: DATA.taiwan, commitment: '4'},
  argTypes: commitmentArgTypes(taiwanPlan()),
  name: 'One commitment, no status · 單一承諾（無狀態）',
};
export const UnknownCommitment: Story = {
  args: {src: DATA.illustrative, commitment: '99'},
  argTypes: commitmentArgTypes(illustrativePlan(), '99'),
  name: 'Unknown commitment id · 找不到的承諾編號',
};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}, name: 'No heading · 無標題'};
export const LongTexts: Story = {...s.longTexts, name: 'Long texts · 長文字'};
export const LongTextsCommitment: Story = {
  ...s.longTexts,
  args: {...s.longTexts.args, commitment: 'long'},
  name: 'Long texts, one commitment · 長文字（單一承諾）',
};
export const OneCommitment: Story = {...s.oneCommitment, name: 'A plan of one commitment · 只有一項承諾的方案'};
export const HundredCommitments: Story = {...s.hundredCommitments, name: 'A hundred commitments · 一百項承諾'};
export const HeadingLevel3: Story = {...s.headingLevel, name: 'Heading level 3 · 標題層級 3'};
export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']};
export const NoData: Story = {...s.noData, name: 'No data · 沒有資料'};
export const Empty: Story = {...s.empty, name: 'Empty plan · 空的方案'};
/** Every way loading can fail: choose one with the `failure` control. */
export const Errors: Story = {...s.errors, name: 'Errors · 錯誤'};
