import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA, generatedPlan} from './support/plans.js';

const tag = 'ogp-commitment-list';

export default {
  title: 'Elements/Commitment list',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {
      'policy-area': {control: 'select', options: ['', 'anti-corruption', 'civic-space', 'digital-governance', 'fiscal-openness', 'gender']},
      status: {control: 'select', options: ['', 'not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported']},
      filters: {control: 'object'},
      sort: {control: 'select', options: ['number', 'status', 'end']},
    },
    description:
      'Every commitment with search, filters, sorting and downloads; `layout="rows"` is a table that stacks ' +
      'into blocks in narrow columns. Filter changes fire `ogp-filter-change` (see the Actions panel).',
  }),
} satisfies Meta;

const s = states();

export const Illustrative: Story = s.illustrative;
export const TaiwanDraft: Story = s.taiwan;
export const Rows: Story = {args: {src: DATA.illustrative, layout: 'rows'}};
export const RowsTaiwan: Story = {args: {src: DATA.taiwan, layout: 'rows'}};
/** Filtered from the start by a policy area and a status. */
export const PresetFilters: Story = {args: {src: DATA.illustrative, 'policy-area': 'fiscal-openness', status: 'substantial'}};
/** A filter that matches nothing: the empty message and "Clear filters". */
export const NothingMatches: Story = {args: {src: DATA.illustrative, 'policy-area': 'gender', status: 'complete'}};
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}};
export const LongTexts: Story = s.longTexts;
export const LongTextsRows: Story = {...s.longTexts, args: {...s.longTexts.args, layout: 'rows'}};
export const OneCommitment: Story = s.oneCommitment;
/** A hundred commitments, twenty at a time behind "Show more". */
export const HundredCommitments: Story = s.hundredCommitments;
export const HundredCommitmentsRows: Story = {args: {src: undefined, plan: generatedPlan(100), layout: 'rows', 'page-size': 10}};
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
