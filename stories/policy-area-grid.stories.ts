import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA} from './support/plans.js';

const tag = 'ogp-policy-area-grid';

export default {
  title: 'Elements/Policy area grid',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {selected: {control: 'select', options: ['', 'anti-corruption', 'civic-space', 'fiscal-openness', 'gender', 'justice']}},
    description:
      'Tiles of the policy areas with commitment counts; areas without commitments are muted, never hidden. ' +
      'With `selectable` the tiles are toggle buttons (arrow keys move, Enter/Space toggles) that fire `ogp-select` ' +
      '(see the Actions panel).',
  }),
} satisfies Meta;

const s = states();

export const Illustrative: Story = s.illustrative;
export const TaiwanDraft: Story = s.taiwan;
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}};
export const SelectableWithSelection: Story = {args: {src: DATA.illustrative, selectable: true, selected: 'fiscal-openness'}};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}};
export const LongTexts: Story = s.longTexts;
export const LongTextsSelectable: Story = {...s.longTexts, args: {...s.longTexts.args, selectable: true}};
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
