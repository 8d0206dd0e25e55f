/**
 * The action-plan data format, version 1: the public contract.
 *
 * These types describe a plan *after* validation (`validatePlan` returns one). The same shape is
 * published as a JSON Schema (`data/schema/action-plan.v1.schema.json`) and documented for people
 * in `docs/data-format.md`. Extensions beyond the original shape are marked "extension";
 * every document valid under the original shape stays valid.
 */

/** A BCP 47 language tag, e.g. `zh-TW` or `en`. */
export type LanguageTag = string;

/** Text in one language (a plain string) or in several (language tag to string). */
export type Text = string | {readonly [lang: LanguageTag]: string};

/** ISO 8601 calendar date `YYYY-MM-DD`, or year-month `YYYY-MM` (extension: or year `YYYY`). */
export type DateString = string;

export interface Period {
  start: DateString;
  end: DateString;
}

export const PLAN_STAGES = ['draft', 'adopted', 'implementing', 'ended'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

/** OGP's completion scale, used for a commitment's self-reported status and for assessments. */
export const COMPLETION_LEVELS = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn'] as const;
export type Completion = (typeof COMPLETION_LEVELS)[number];

/**
 * The completion scale of OGP's Independent Reporting Mechanism: `no-evidence-available` and then
 * the government's own scale. Assessments and reports by others (not `self`) may use it; a
 * government's own report cannot say it has no evidence of its own work.
 */
export const ASSESSED_COMPLETION_LEVELS = ['no-evidence-available', ...COMPLETION_LEVELS] as const;
export type AssessedCompletion = (typeof ASSESSED_COMPLETION_LEVELS)[number];

/** A commitment's status as the widgets show it: the completion scale, then `not-reported` (none given). */
export const REPORTED_STATUSES = [...COMPLETION_LEVELS, 'not-reported'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export const MILESTONE_STATUSES = ['not-started', 'in-progress', 'complete', 'withdrawn'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const OGP_VALUES = [
  'access-to-information',
  'civic-participation',
  'public-accountability',
  'technology-and-innovation',
] as const;
export type OgpValue = (typeof OGP_VALUES)[number];

export const ASSESSMENT_KINDS = ['self', 'independent', 'civil-society'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/**
 * Why a commitment is not started or limited: the fixed list of Canada's open-government tracker,
 * so that reasons can be counted across commitments and plans.
 */
export const CHALLENGES = [
  'change-of-funding',
  'lack-of-resources',
  'shift-in-priorities',
  'delay-in-approvals',
  'depends-on-other-activities',
  'other',
] as const;
export type Challenge = (typeof CHALLENGES)[number];

/** OGP's "Did it open government?" scale. */
export const OPENNESS_LEVELS = ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'] as const;
export type Openness = (typeof OPENNESS_LEVELS)[number];

export interface Link {
  /** `http:`/`https:` or relative; other schemes (`javascript:`, `data:`) are rejected. */
  url: string;
  title: Text;
}

export interface Source {
  /** Extension: optional, for sources known only by name (Taiwan's draft). */
  url?: string;
  title: Text;
  /** Extension: who published the source, e.g. the National Development Council. */
  publisher?: Text;
}

export interface PolicyArea {
  id: string;
  title: Text;
  topics: Text[];
  /**
   * Extension: borrow the grid icon of one of the nine OGP areas, by its id (a plan's own
   * `courts` area can use `justice`). Without it, those ids have their own icons, others a generic one.
   */
  icon?: string;
}

export interface Milestone {
  id: string;
  title: Text;
  start?: DateString;
  end?: DateString;
  /**
   * Once validated: the status as of the latest `self` update that names this milestone (see
   * `src/data/reports.ts`), else the status the document gives.
   */
  status: MilestoneStatus;
  /** When it was completed. */
  completed?: DateString;
  /** What proves it was done. */
  evidence?: Link[];
}

/** A milestone's status as of one progress report. */
export interface MilestoneReport {
  /** The id of one of the commitment's milestones. */
  id: string;
  status: MilestoneStatus;
}

/**
 * One progress report on a commitment, usually one per reporting period: its status then, what
 * happened, what proves it and, when it is behind, why.
 */
export interface Update {
  /** When it was reported. Never after the document's `updated` date. */
  date: DateString;
  /** The reporting period it covers; without it, the half-year its `date` falls in. */
  period?: Period;
  /** Who reported it. */
  by?: Text;
  /** `self` (the government, the default when absent), `independent` or `civil-society`. */
  kind?: AssessmentKind;
  /** `no-evidence-available` only in reports that are not `self`. */
  status: AssessedCompletion;
  /** What happened in the period. */
  progress?: Text;
  /** What proves it. */
  evidence?: Link[];
  challenges?: Challenge[];
  /** More about the challenges, in words. */
  challengesNote?: Text;
  /** Each named milestone's status as of this report. */
  milestones?: MilestoneReport[];
}

export interface Assessment {
  by: Text;
  kind: AssessmentKind;
  date: DateString;
  completion: AssessedCompletion;
  didItOpenGovernment?: Openness;
  note?: Text;
  url?: string;
}

export interface Partners {
  government?: Text[];
  civilSociety?: Text[];
}

export interface Commitment {
  id: string;
  /** The number as published, e.g. "3" or "1-1". */
  number: string;
  title: Text;
  summary?: Text;
  problem?: Text;
  /** Ids of `ActionPlan.policyAreas`. */
  policyAreas: string[];
  ogpValues?: OgpValue[];
  leadAgencies?: Text[];
  partners?: Partners;
  period?: Period;
  /**
   * The government's own report, on OGP's completion scale. Once validated: the status of the
   * latest `self` update when there is one (see `src/data/reports.ts`), else the one given.
   */
  status?: Completion;
  milestones?: Milestone[];
  /** Progress reports, in any order. */
  updates?: Update[];
  assessments?: Assessment[];
  links?: Link[];
}

export interface ActionPlan {
  schemaVersion: 1;
  id: string;
  government: Text;
  title: Text;
  /**
   * Required in documents. `undefined` only when the validator dropped a missing or unknown value
   * (it reports a problem rather than guess a stage).
   */
  stage?: PlanStage;
  period?: Period;
  /** When the data was last changed. */
  updated?: DateString;
  /** How often progress is reported, in months (a positive whole number), e.g. 6. */
  reportingIntervalMonths?: number;
  source?: Source;
  policyAreas: PolicyArea[];
  commitments: Commitment[];
}

/** One thing wrong with a document, at an exact path such as `commitments[3].milestones[0].status`. */
export interface Problem {
  /** Path from the document root; `""` is the root itself. */
  path: string;
  /** Machine-readable kind, used to localize the message in widgets. */
  code: ProblemCode;
  /**
   * `error`: something was left out or read differently. `warning`: nothing was dropped, but the
   * data disagrees with itself or lacks something readers expect (a reason for a delay). Widgets
   * summarise errors only; consoles and the CLI list both.
   */
  severity: Severity;
  /** English, technical: `unknown value "done"`. Widgets show a localized summary instead. */
  message: string;
  /** The offending value, when it is short enough to quote. */
  value?: string;
  /** For data read from a spreadsheet (CSV): the row number, the header row being row 1 or more. */
  row?: number;
  /** For data read from a spreadsheet (CSV): the column's header as written, e.g. `status`. */
  column?: string;
  /** The id of the commitment the problem is in, when the data gives one. */
  commitment?: string;
}

export type Severity = 'error' | 'warning';

export type ProblemCode =
  /** A required field is absent. */
  | 'missing'
  /** A value of the wrong JSON type (e.g. a number where text was expected). */
  | 'type'
  /** A value outside a fixed list (a status, a stage). */
  | 'unknown-value'
  /** A malformed date, URL or language tag. */
  | 'format'
  /** An id used twice; the later item is dropped. */
  | 'duplicate'
  /** A reference to a policy area, or to a milestone of the commitment, that the plan does not define. */
  | 'reference'
  /** An update dated after the document's `updated` date; the update was left out. */
  | 'future'
  /** Warning: a commitment's or milestone's `status` differs from its latest `self` update (the update wins). */
  | 'disagreement'
  /** Warning: a late `not-started` or `limited` self update gives no challenge. */
  | 'no-challenge'
  /** A period that ends before it starts. */
  | 'range'
  /** A schemaVersion this library does not know. */
  | 'version'
  /** Spreadsheets (CSV): an unknown or repeated column, or a cell a row of its type does not use; ignored. */
  | 'ignored'
  /** Spreadsheets (CSV): a milestone, update, assessment or link row naming a commitment the sheet does not have. */
  | 'unknown-commitment'
  /** Spreadsheets (CSV): the language columns of a list hold different numbers of items. */
  | 'mismatch';

export interface ValidationResult {
  /** The valid parts of the document, or `null` when nothing usable was found (not an object). */
  plan: ActionPlan | null;
  problems: Problem[];
}
