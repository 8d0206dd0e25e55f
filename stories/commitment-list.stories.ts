import type {Meta} from '@storybook/web-components-vite';
import {elementMeta, states, type Story} from './support/stories.js';
import {DATA, generatedPlan, illustrativePlan} from './support/plans.js';

const tag = 'ogp-commitment-list';

export default {
  title: 'Elements · 元件/Commitment list · 承諾清單',
  id: 'elements-commitment-list',
  tags: ['autodocs'],
  ...elementMeta(tag, {
    args: {src: DATA.illustrative},
    argTypes: {
      'policy-area': {control: 'select', options: ['', ...illustrativePlan().policyAreas.map((area: {id: string}) => area.id)]},
      status: {control: 'select', options: ['', 'not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'not-reported']},
      filters: {table: {disable: true}},
      sort: {control: 'select', options: ['number', 'status', 'end', 'report']},
      'stale-after': {control: 'number'},
    },
    description:
      'For an explorer page: every commitment with search, filters, sorting and downloads; `layout="rows"` is a ' +
      'table that stacks into blocks in narrow columns. Filter changes fire `ogp-filter-change` (see the Actions panel).',
  }),
} satisfies Meta;

const s = states(tag);

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
export const TaiwanDraft: Story = {...s.taiwan, name: 'Taiwan 2019 draft · 臺灣 2019 草案'};
export const Rows: Story = {args: {src: DATA.illustrative, layout: 'rows'}, name: 'Rows (a table) · 表格列'};
export const RowsTaiwan: Story = {args: {src: DATA.taiwan, layout: 'rows'}, name: 'Rows, Taiwan draft · 表格列（臺灣草案）'};
/** Filtered from the start by a policy area and a status. */
export const PresetFilters: Story = {
  args: {src: DATA.illustrative, 'policy-area': 'fiscal-openness', status: 'substantial'},
  name: 'Preset filters · 預設篩選',
};
/** A filter that matches nothing: the empty message and "Clear filters". */
export const NothingMatches: Story = {
  args: {src: DATA.illustrative, 'policy-area': 'gender', status: 'complete'},
  name: 'Nothing matches · 沒有符合的結果',
};
/** Progress reports: "Last report" and the "No report for N months" mark on each card. */
export const Reports: Story = {
  args: {src: DATA.illustrative},
  name: 'Progress reports · 進度報告',
};
/** The progress-report filters in use: changed in the latest period, newest report first. */
export const ReportFilters: Story = {
  args: {src: DATA.illustrative, filters: {changed: true}, sort: 'report'},
  name: 'Report filters in use · 使用進度報告篩選',
};
/** Only the stale commitments: no report for longer than the plan's six-month interval. */
export const Stale: Story = {
  args: {src: DATA.illustrative, filters: {stale: true}},
  name: 'Stale commitments · 近期未報告的承諾',
};
/** Rows with the "Last report" column: the date, and the stale mark where stale. */
export const RowsLastReport: Story = {
  args: {src: DATA.illustrative, layout: 'rows'},
  name: 'Rows with last report · 表格列（最近一次報告）',
};
export const Selectable: Story = {args: {src: DATA.illustrative, selectable: true}, name: 'Selectable · 可選取'};
export const NoHeading: Story = {args: {src: DATA.illustrative, 'no-heading': true}, name: 'No heading · 無標題'};
export const LongTexts: Story = {...s.longTexts, name: 'Long texts · 長文字'};
export const LongTextsRows: Story = {...s.longTexts, args: {...s.longTexts.args, layout: 'rows'}, name: 'Long texts, rows · 長文字（表格列）'};
export const OneCommitment: Story = {...s.oneCommitment, name: 'One commitment · 一項承諾'};
/** A hundred commitments, twenty at a time behind "Show more". */
export const HundredCommitments: Story = {...s.hundredCommitments, name: 'A hundred commitments · 一百項承諾'};
export const HundredCommitmentsRows: Story = {
  args: {src: undefined, plan: generatedPlan(100), layout: 'rows', 'page-size': 10},
  name: 'A hundred commitments, rows · 一百項承諾（表格列）',
};
export const HeadingLevel3: Story = {...s.headingLevel, name: 'Heading level 3 · 標題層級 3'};
export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']};
export const NoData: Story = {...s.noData, name: 'No data · 沒有資料'};
export const Empty: Story = {...s.empty, name: 'Empty plan · 空的方案'};
/** Every way loading can fail: choose one with the `failure` control. */
export const Errors: Story = {...s.errors, name: 'Errors · 錯誤'};
