import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA, illustrativePlan} from './support/plans.js';

const tag = 'ogp-policy-area-grid';

export default {
  title: 'Elements · 元件/Policy area grid · 政策領域',
  id: 'elements-policy-area-grid',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {selected: {control: 'select', options: ['', ...illustrativePlan().policyAreas.map((area: {id: string}) => area.id)]}},
    description:
      'For a policy area page, or to filter a list: tiles of the policy areas with commitment counts; areas without ' +
      'commitments are muted, never hidden. With `selectable` the tiles are toggle buttons (arrow keys move, ' +
      'Enter/Space toggles) that fire `ogp-select` (see the Actions panel).',
  }),
} satisfies Meta;

const s = states(tag);

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
export const TaiwanDraft: Story = {...s.taiwan, name: 'Taiwan 2019 draft · 臺灣 2019 草案'};
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}, name: 'Selectable · 可選取'};
export const SelectableWithSelection: Story = {
  args: {src: DATA.illustrative, selectable: true, selected: 'fiscal-openness'},
  name: 'Selectable, one selected · 可選取（已選一項）',
};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}, name: 'No heading · 無標題'};
export const LongTexts: Story = {...s.longTexts, name: 'Long texts · 長文字'};
export const LongTextsSelectable: Story = {
  ...s.longTexts,
  args: {...s.longTexts.args, selectable: true},
  name: 'Long texts, selectable · 長文字（可選取）',
};
export const OneCommitment: Story = {...s.oneCommitment, name: 'One commitment · 一項承諾'};
export const HundredCommitments: Story = {...s.hundredCommitments, name: 'A hundred commitments · 一百項承諾'};
export const HeadingLevel3: Story = {...s.headingLevel, name: 'Heading level 3 · 標題層級 3'};
export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']};
export const NoData: Story = {...s.noData, name: 'No data · 沒有資料'};
export const Empty: Story = {...s.empty, name: 'Empty plan · 空的方案'};
/** Every way loading can fail: choose one with the `failure` control. */
export const Errors: Story = {...s.errors, name: 'Errors · 錯誤'};
