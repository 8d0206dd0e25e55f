import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA} from './support/plans.js';

const tag = 'ogp-progress-tracker';

export default {
  title: 'Elements/Progress tracker',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {
      commitment: {control: 'select', options: ['', '1-1', '1-2', '2', '3', '4', '5', '6', '7']},
      selected: {control: 'select', options: ['', 'not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported']},
    },
    description:
      'How far a plan has come: commitments on the OGP completion scale, milestones, policy areas and the plan period. ' +
      'With `commitment`, the same for one commitment with its milestone timeline. `today` is pinned in every story.',
  }),
} satisfies Meta;

const s = states();

export const Illustrative: Story = s.illustrative;
/** Taiwan's draft reports no progress yet: the tracker says so instead of drawing empty bars. */
export const TaiwanDraft: Story = s.taiwan;
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}};
export const SelectableWithSelection: Story = {args: {src: DATA.illustrative, selectable: true, selected: 'limited'}};
export const CommitmentMode: Story = {args: {src: DATA.illustrative, commitment: '1-1'}};
export const CommitmentModeWithdrawn: Story = {args: {src: DATA.illustrative, commitment: '4'}};
export const CommitmentModeNoStatus: Story = {args: {src: DATA.taiwan, commitment: '4'}};
export const UnknownCommitment: Story = {args: {src: DATA.illustrative, commitment: '99'}};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}};
export const LongTexts: Story = s.longTexts;
export const LongTextsCommitment: Story = {...s.longTexts, args: {...s.longTexts.args, commitment: 'long'}};
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
