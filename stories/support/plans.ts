/**
 * Plans for the stories: the two bundled documents (as JSON modules, for generators and the
 * Playground) and generated ones for the edge cases (empty, one commitment, a hundred, long texts,
 * a few bad fields). Every generated plan is deterministic: no dates from the clock, no randomness.
 */
import taiwan from '../../data/taiwan/action-plan.json';
import illustrative from '../../data/examples/illustrative-plan.json';

/** URLs of the bundled plans (data/ in the repository), served by Storybook's `staticDirs` next to iframe.html. */
export const DATA = {
  taiwan: 'plans/taiwan/action-plan.json',
  illustrative: 'plans/examples/illustrative-plan.json',
} as const;

/** The date "today" is pinned to in every story, so overdue markers and timelines never drift. */
export const TODAY = '2026-12-03';

type Json = Record<string, any>;

/** A fresh deep copy, so a story that changes its plan never changes another story's. */
const copy = <T>(value: T): T => structuredClone(value);

export const taiwanPlan = (): Json => copy(taiwan);
export const illustrativePlan = (): Json => copy(illustrative);

const AREAS: string[] = illustrative.policyAreas.map((area) => area.id);
const STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', undefined] as const;
const MILESTONE_STATUSES = ['complete', 'in-progress', 'not-started', 'withdrawn'] as const;

const TOPICS_EN = ['budget data', 'procurement records', 'public consultations', 'court decisions', 'lobbying registers', 'service standards'];
const TOPICS_ZH = ['預算資料', '採購紀錄', '公眾諮詢', '裁判書', '遊說登記', '服務標準'];
const AGENCIES = [
  {'zh-TW': '國家發展委員會', en: 'National Development Council'},
  {'zh-TW': '法務部', en: 'Ministry of Justice'},
  {'zh-TW': '數位發展部', en: 'Ministry of Digital Affairs'},
  {'zh-TW': '主計總處', en: 'Directorate-General of Budget, Accounting and Statistics'},
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** One plausible commitment, number `n` (1-based), its fields varied by `n`. */
function commitment(n: number): Json {
  const topic = n % TOPICS_EN.length;
  const status = STATUSES[n % STATUSES.length];
  const milestones = Array.from({length: 1 + (n % 4)}, (_, i) => ({
    id: `${n}-m${i + 1}`,
    title: {'zh-TW': `第 ${i + 1} 階段：公開${TOPICS_ZH[topic]}`, en: `Stage ${i + 1}: publish ${TOPICS_EN[topic]}`},
    start: `2025-${pad(1 + i * 3)}`,
    end: `2025-${pad(3 + i * 3)}-28`,
    status: MILESTONE_STATUSES[(n + i) % MILESTONE_STATUSES.length],
  }));
  return {
    id: `c${n}`,
    number: String(n),
    title: {'zh-TW': `承諾 ${n}：公開${TOPICS_ZH[topic]}並定期更新`, en: `Commitment ${n}: open up ${TOPICS_EN[topic]} and keep them current`},
    summary: {
      'zh-TW': `以開放資料格式公布${TOPICS_ZH[topic]}，並與公民團體共同檢視其品質。`,
      en: `Publish ${TOPICS_EN[topic]} as open data and review their quality with civil society.`,
    },
    policyAreas: [AREAS[n % AREAS.length], ...(n % 3 === 0 ? [AREAS[(n + 4) % AREAS.length]] : [])],
    ogpValues: [['access-to-information'], ['civic-participation', 'public-accountability'], ['technology-and-innovation']][n % 3],
    leadAgencies: [AGENCIES[n % AGENCIES.length]],
    period: {start: '2025-01', end: n % 2 ? '2026-06' : '2026-12'},
    ...(status ? {status} : {}),
    milestones,
  };
}

/** A generated plan with `count` commitments across the illustrative plan's nine policy areas. */
export function generatedPlan(count: number): Json {
  return {
    schemaVersion: 1,
    id: `generated-${count}`,
    government: {'zh-TW': '範例政府', en: 'Example Government'},
    title: {'zh-TW': `產生的行動方案（${count} 項承諾）`, en: `Generated action plan (${count} commitment${count === 1 ? '' : 's'})`},
    stage: 'implementing',
    period: {start: '2025-01', end: '2026-12'},
    updated: '2026-06-01',
    policyAreas: copy(illustrative.policyAreas),
    commitments: Array.from({length: count}, (_, i) => commitment(i + 1)),
  };
}

/** A plan with no commitments and no policy areas: valid, and empty. */
export function emptyPlan(): Json {
  return {...generatedPlan(0), id: 'empty', title: {'zh-TW': '尚無承諾的行動方案', en: 'An action plan with no commitments yet'}, policyAreas: []};
}

const LONG_ZH =
  '強化中央與地方政府之間的資料治理協作機制，建立跨機關、跨層級且可持續運作的開放資料品質審查、公眾諮詢與成效追蹤制度，並確保原住民族、新住民、身心障礙者及偏鄉居民均能以其熟悉的語言與無障礙格式取得、理解並實際運用政府資訊';
const LONG_EN =
  'Strengthen collaboration on data governance between central and local government by establishing a sustainable, cross-agency and cross-level system for open-data quality review, public consultation and outcome tracking, and make sure Indigenous peoples, new immigrants, people with disabilities and residents of remote areas can obtain, understand and actually use government information in languages and accessible formats they know';
const LONG_WORD = 'https://data.example.gov.tw/dataset/national-open-government-action-plan-commitment-milestone-report-2025-2026-final-revised-v3.csv';

/**
 * Everything as long as it gets: titles, summaries, agencies, policy areas and topics, an
 * unbreakable URL-like word, in both languages. Commitment `long` holds them.
 */
export function longTextPlan(): Json {
  const plan = generatedPlan(3);
  plan.title = {'zh-TW': `${LONG_ZH}之行動方案`, en: `Action plan to ${LONG_EN.toLowerCase()}`};
  plan.policyAreas[0].title = {'zh-TW': '反貪腐、政治清廉、遊說透明及政府採購與契約全程公開', en: 'Anti-Corruption, Political Integrity, Lobbying Transparency and Open Contracting from Tender to Delivery'};
  plan.policyAreas[0].topics.push({'zh-TW': LONG_ZH.slice(0, 40), en: LONG_EN.slice(0, 120)});
  const first = plan.commitments[0];
  Object.assign(first, {
    id: 'long',
    number: '10-12-3',
    title: {'zh-TW': LONG_ZH, en: LONG_EN},
    summary: {'zh-TW': `${LONG_ZH}。${LONG_ZH}。資料集：${LONG_WORD}`, en: `${LONG_EN}. ${LONG_EN}. Dataset: ${LONG_WORD}`},
    problem: {'zh-TW': `${LONG_ZH}。`.repeat(3), en: `${LONG_EN}. `.repeat(3)},
    policyAreas: [plan.policyAreas[0].id, plan.policyAreas[1].id, plan.policyAreas[5].id],
    leadAgencies: [
      {'zh-TW': '行政院國家發展委員會資訊管理處暨開放政府協作辦公室', en: 'Department of Information Management and Open Government Collaboration Office, National Development Council, Executive Yuan'},
      ...AGENCIES,
    ],
    milestones: first.milestones.map((m: Json, i: number) => ({
      ...m,
      title: i === 0 ? {'zh-TW': LONG_ZH, en: LONG_EN} : m.title,
    })),
    links: [{url: LONG_WORD, title: {'zh-TW': LONG_WORD, en: LONG_WORD}}],
  });
  return plan;
}

/**
 * The illustrative plan with a few bad fields: the widgets show the valid parts and a summary of
 * the problems (an unknown status, an impossible date, an undefined policy area, a duplicate id,
 * a `javascript:` link).
 */
export function problemPlan(): Json {
  const plan = illustrativePlan();
  const [first, second] = plan.commitments;
  first.milestones[2].status = 'done';
  first.milestones[3].end = '2026-02-30';
  second.policyAreas.push('space-exploration');
  second.links = [{url: 'javascript:alert(1)', title: 'Click me'}];
  plan.commitments.push({...copy(second), title: 'A second commitment with the id of the first'});
  return plan;
}

/** Commitment ids of a plan, for a `commitment` select control. */
export const commitmentIds = (plan: Json): string[] => plan.commitments.map((c: Json) => c.id);
