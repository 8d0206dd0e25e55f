import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA} from './support/plans.js';

const tag = 'ogp-action-plan';

export default {
  title: 'Elements/Action plan (dashboard)',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    description:
      'The whole plan on one tag: header, progress tracker, policy-area grid and commitment list, linked so that ' +
      'choosing an area or a status filters the list; choosing a title opens the full card in a dialog. The ' +
      'toolbar theme reaches the inner widgets through the dashboard\'s `theme`.',
  }),
} satisfies Meta;

const s = states();

export const Illustrative: Story = s.illustrative;
export const TaiwanDraft: Story = s.taiwan;
export const LongTexts: Story = s.longTexts;
export const OneCommitment: Story = s.oneCommitment;
export const HundredCommitments: Story = s.hundredCommitments;
export const HeadingLevel3: Story = s.headingLevel;
export const Loading: Story = {...s.loading, tags: ['loading']};
export const NoData: Story = s.noData;
export const Empty: Story = s.empty;
export const Problems: Story = s.problems;
export const ErrorHTTP404: Story = s.http404;
export const ErrorHTTP500: Story = s.http500;
export const ErrorInvalidJSON: Story = s.invalidJson;
export const ErrorHTMLInsteadOfJSON: Story = s.html;
export const ErrorTimeout: Story = s.timeout;
export const ErrorNetwork: Story = s.network;
export const ErrorInvalidData: Story = s.invalidData;
