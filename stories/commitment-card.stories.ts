import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {MOCK} from './support/mock-fetch.js';
import {DATA} from './support/plans.js';

const tag = 'ogp-commitment-card';

export default {
  title: 'Elements/Commitment card',
  tags: ['autodocs'],
  ...elementMeta(tag, {
  args: {src: DATA.illustrative, commitment: '1-1'},
  description:
    'Every `--ogp-*` token is a control below: change one and the card follows. The toolbar sets ' +
    'the language, the theme and the viewport. Error stories use `mock/…` URLs that a fetch stub ' +
    'answers without a network (see `stories/support/mock-fetch.ts`).',
  }),
} satisfies Meta;

const s = states({
  taiwan: {commitment: '4'},
  illustrative: {commitment: '1-1'},
  problems: {commitment: '1-2'},
  longTexts: {commitment: 'long'},
  one: {commitment: 'c1'},
  hundred: {commitment: 'c100'},
});

export const Illustrative: Story = s.illustrative;
export const TaiwanDraft: Story = s.taiwan;
export const Compact: Story = {args: {src: DATA.illustrative, commitment: '1-1', compact: true}};
export const CompactTaiwan: Story = {args: {src: DATA.taiwan, commitment: '4', compact: true}};
/** An id the plan does not have: the card names the ids it does have. */
export const UnknownCommitment: Story = {args: {src: DATA.illustrative, commitment: '99'}};
export const Withdrawn: Story = {args: {src: DATA.illustrative, commitment: '4'}};
export const LongTexts: Story = s.longTexts;
export const LongTextsCompact: Story = {...s.longTexts, args: {...s.longTexts.args, compact: true}};
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
/** The skeleton turning into the card: the plan arrives after 1.5 seconds. */
export const SlowNetwork: Story = {args: {src: MOCK.slow, commitment: '1-1'}};
