import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA} from './support/plans.js';

const tag = 'ogp-action-plan';

export default {
  title: 'Elements · 元件/Action plan (dashboard) · 行動方案總覽',
  id: 'elements-action-plan-dashboard',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    description:
      'For a plan overview page: the whole plan on one tag, with header, progress tracker, policy-area grid and ' +
      'commitment list, linked so that choosing an area or a status filters the list; choosing a title opens the ' +
      "full card in a dialog. The toolbar theme reaches the inner widgets through the dashboard's `theme`.",
  }),
} satisfies Meta;

const s = states(tag);

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
/** Today after the last progress report: the tracker's reporting periods at the top, the roll-up by lead agency. */
export const ProgressReports: Story = {
  args: {src: DATA.illustrative},
  name: 'Progress reports · 進度報告',
};
export const TaiwanDraft: Story = {...s.taiwan, name: 'Taiwan 2019 draft · 臺灣 2019 草案'};
export const LongTexts: Story = {...s.longTexts, name: 'Long texts · 長文字'};
export const OneCommitment: Story = {...s.oneCommitment, name: 'One commitment · 一項承諾'};
export const HundredCommitments: Story = {...s.hundredCommitments, name: 'A hundred commitments · 一百項承諾'};
export const HeadingLevel3: Story = {...s.headingLevel, name: 'Heading level 3 · 標題層級 3'};
export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']};
export const NoData: Story = {...s.noData, name: 'No data · 沒有資料'};
export const Empty: Story = {...s.empty, name: 'Empty plan · 空的方案'};
/** Every way loading can fail: choose one with the `failure` control. */
export const Errors: Story = {...s.errors, name: 'Errors · 錯誤'};
