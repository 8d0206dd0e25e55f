import type {Meta} from '@storybook/web-components-vite';
import {commitmentArgTypes, elementMeta, states, type Story} from './support/stories.js';
import {DATA, generatedPlan, illustrativePlan, taiwanPlan} from './support/plans.js';

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

const SCALE = ['not-started', 'limited', 'substantial', 'complete'] as const;

/**
 * A generated plan of twelve commitments with `count` half-yearly reporting periods of `self`
 * updates, the last one January–June 2026 (reported on 20 July, before `updated`): commitment n
 * is first reported n % 3 periods in and climbs the completion scale one level every other period,
 * so the bars move; its `status` is that of its latest report.
 */
function reportedPlan(count: number) {
  const plan = generatedPlan(12);
  const halves = Array.from({length: count}, (_, i) => {
    const index = 2026 * 2 - count + i; // Half-years counted from year 0: 2026 * 2 is January 2026's half.
    const [year, second] = [Math.floor(index / 2), index % 2 === 1];
    return {
      period: {start: `${year}-${second ? '07' : '01'}`, end: `${year}-${second ? '12' : '06'}`},
      date: second ? `${year + 1}-01-20` : `${year}-07-20`,
    };
  });
  plan.id = `reported-${count}`;
  plan.title = {'zh-TW': `有 ${count}\u00a0個報告期間的行動方案`, en: `An action plan with ${count} reporting period${count === 1 ? '' : 's'}`};
  plan.period = {start: halves[0].period.start, end: '2026-12'};
  plan.updated = '2026-07-31';
  plan.reportingIntervalMonths = 6;
  plan.commitments.forEach((commitment: any, n: number) => {
    const first = Math.min(n % 3, count - 1);
    commitment.updates = halves.slice(first).map(({period, date}, i) => ({
      date,
      period,
      status: commitment.status === 'withdrawn' && first + i === count - 1 ? 'withdrawn' : SCALE[Math.min(3, Math.floor((i + (n % 2)) / 2))],
    }));
    commitment.status = commitment.updates.at(-1).status;
    delete commitment.milestones;
  });
  return plan;
}

export const Illustrative: Story = {...s.illustrative, name: 'Illustrative plan · 示範方案'};
/**
 * Progress reports: the commitments by status at the end of each of the three reporting periods
 * (a bar per period, a table for screen readers) and, at the end, the per-agency roll-up, sortable
 * by each column. Today is 3 December 2026, after the last report.
 */
export const ReportingPeriods: Story = {
  args: {src: DATA.illustrative},
  name: 'Reporting periods and lead agencies · 報告期間與主責機關',
};
/** One reporting period: a single bar, still with its table twin. */
export const OneReportingPeriod: Story = {
  args: {src: undefined, plan: reportedPlan(1)},
  name: 'One reporting period · 一個報告期間',
};
/** Eight reporting periods (four years of half-yearly reports): each period's dates over its bar on a phone. */
export const EightReportingPeriods: Story = {
  args: {src: undefined, plan: reportedPlan(8)},
  name: 'Eight reporting periods · 八個報告期間',
};
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
