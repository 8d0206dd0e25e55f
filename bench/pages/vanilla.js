// The floor: hand-written vanilla renderings of what the widgets show, with no framework. Each is
// a template string of escaped text set as one shadow root's innerHTML, with the widget's own
// stylesheets adopted, so the comparison isolates what Lit and our element code add. Same fields,
// same number of items, same computed figures (counts, milestone progress, percentages), same
// English labels and `lang` spans (only for text in another language) as the widgets (locale `en`). Intl formatters are cached, as any
// careful hand-written page would.

const esc = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/** Data text in English (else the first language); in a span only when in another language, as the widgets do. */
function pick(text) {
  if (text === undefined) return {value: ''};
  if (typeof text === 'string') return {value: text};
  if (text.en !== undefined) return {value: text.en, lang: 'en'};
  const tag = Object.keys(text)[0];
  return tag === undefined ? {value: ''} : {value: text[tag], lang: tag};
}
function t(text) {
  const {value, lang} = pick(text);
  if (!value) return '';
  return lang && lang !== 'en' ? `<span lang="${esc(lang)}">${esc(value)}</span>` : esc(value);
}
const plain = (text) => pick(text).value;
export const plainText = plain;

const number = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
});
// Dates as the widgets write English ones: day, month, year ("30 June 2026"), no-break spaces.
const dateFormats = {
  year: new Intl.DateTimeFormat('en-GB', {year: 'numeric', timeZone: 'UTC'}),
  month: new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }),
  day: new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }),
};
const parseDate = (date) => {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const formatDate = (date) =>
  dateFormats[date.length <= 4 ? 'year' : date.length <= 7 ? 'month' : 'day']
    .format(parseDate(date))
    .replace(/ /g, '\u00a0');
const formatRange = (start, end) => `${formatDate(start)}\u00a0– ${formatDate(end)}`;
/** The last day of a date at its own precision, as `YYYY-MM-DD`, for "is it over?". */
const lastDay = (date) => `${date}-99-99`.slice(0, 10);

const STATUS = {
  'not-started': 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
  withdrawn: 'Withdrawn',
  'not-reported': 'Not reported',
};
const LEVELS = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn'];
const VALUES = {
  'access-to-information': 'Access to information',
  'civic-participation': 'Civic participation',
  'public-accountability': 'Public accountability',
  'technology-and-innovation': 'Technology and innovation',
};
const STAGES = {
  draft: 'Draft',
  adopted: 'Adopted',
  implementing: 'Being implemented',
  ended: 'Ended',
};
/** A draft or adopted plan: no progress is reported before implementation starts. */
const beforeImplementation = (plan) => plan.stage === 'draft' || plan.stage === 'adopted';

const RING = '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>';
const SHAPES = {
  'not-started': RING,
  limited: `${RING}<path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="currentColor"></path>`,
  substantial: `${RING}<path d="M8 8V1.75A6.25 6.25 0 1 1 1.75 8Z" fill="currentColor"></path>`,
  complete:
    '<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M4.8 8.2l2.2 2.2 4.3-4.6" fill="none" stroke="var(--_surface, #fff)" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>',
  withdrawn: `${RING}<path d="M3.6 12.4 12.4 3.6" stroke="currentColor" stroke-width="1.5"></path>`,
  'not-reported':
    '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 2"></circle>',
};
const icon = (status) =>
  `<svg class="icon status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
const OVERDUE_ICON =
  '<svg class="icon overdue-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.9 14.7 13.75H1.3Z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path><path d="M8 6.1v3.4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path><circle cx="8" cy="11.55" r="0.95" fill="currentColor"></circle></svg>';
/** A legend's sample of a status's bar segment (the tracker). */
const swatch = (status) => `<span class="swatch" data-status="${status}"></span>`;
/** The tick of a selected legend entry or tile. */
const CUE =
  '<span class="cue" aria-hidden="true"><svg class="cue-tick" viewBox="0 0 24 24" focusable="false"><path d="M20 6 9 17l-5-5" fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"></path></svg></span>';
const CHEVRON =
  '<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"></path></svg>';

function stageNotice(plan) {
  if (!beforeImplementation(plan)) return '';
  const text =
    plan.stage === 'draft'
      ? 'This plan is a draft. Its progress will be tracked once it is being implemented.'
      : 'This plan has been adopted. Its progress will be tracked once it is being implemented.';
  return `<p class="stage-notice" part="stage-notice" data-stage="${plan.stage}">${text}</p>`;
}

/** Milestones complete, withdrawn (counted in the total) and overdue. */
function countMilestones(commitments, today) {
  const count = {complete: 0, withdrawn: 0, total: 0, overdue: 0};
  for (const c of commitments) {
    for (const m of c.milestones ?? []) {
      count.total++;
      if (m.status === 'complete') count.complete++;
      else if (m.status === 'withdrawn') count.withdrawn++;
      else if (m.end && lastDay(m.end) < today) count.overdue++;
    }
  }
  return count;
}

/** "1 of 2 milestones complete", with ", 1 withdrawn" when some are. */
function milestoneCount(n) {
  const text = `${number.format(n.complete)} of ${number.format(n.total)} milestones complete`;
  return n.withdrawn ? `${text}, ${number.format(n.withdrawn)} withdrawn` : text;
}

const overdue = (n) =>
  n
    ? `<span class="overdue-count">\u00a0· <span class="overdue-mark">${OVERDUE_ICON}${number.format(n)} overdue</span></span>`
    : '';

/** The milestone bar: the complete share, then the withdrawn share (widths set after parsing, see applyShares). */
function milestoneBar(n, withdrawn) {
  const share = (k) => (n.total ? (k / n.total) * 100 : 0);
  return `<div class="milestone-bar" aria-hidden="true"${withdrawn ? ' data-withdrawn' : ''}>${
    n.complete ? `<span data-status="complete" data-width="${share(n.complete)}%"></span>` : ''
  }${n.withdrawn ? `<span data-status="withdrawn" data-width="${share(n.withdrawn)}%"></span>` : ''}</div>`;
}

// ---------------------------------------------------------------------------------------------
// The list's cards (ogp-commitment-list, layout="cards")

function status(plan, c) {
  if (!c.status && beforeImplementation(plan)) return '';
  if (!c.status)
    return `<p class="status muted" part="status" data-status="not-reported">${icon('not-reported')}<span>No progress reported yet</span></p>`;
  return `<p class="status" part="status" data-status="${c.status}">${icon(c.status)}<span><span class="visually-hidden">Reported status: </span>${STATUS[c.status]}</span></p>`;
}

function progress(c, today) {
  if (!c.milestones?.length) return '';
  const n = countMilestones([c], today);
  return `<div class="progress" part="progress"><p class="progress-label num">${milestoneCount(n)}${overdue(n.overdue)}</p>${milestoneBar(n, c.status === 'withdrawn')}</div>`;
}

function chips(c, areaById) {
  const areas = c.policyAreas.map((id) => areaById.get(id)).filter(Boolean);
  const values = c.ogpValues ?? [];
  if (!areas.length && !values.length) return '';
  const group = (term, kind, names) =>
    names.length
      ? `<div class="tag-group"><dt>${term}</dt><dd><ul class="chips" role="list">${names
          .map((name) => `<li class="chip ${kind}" part="chip">${name}</li>`)
          .join('')}</ul></dd></div>`
      : '';
  return `<dl class="tags">${group(
    areas.length === 1 ? 'Policy area' : 'Policy areas',
    'area',
    areas.map((a) => t(a.title)),
  )}${group(
    values.length === 1 ? 'OGP value' : 'OGP values',
    'value',
    values.map((v) => esc(VALUES[v] ?? v)),
  )}</dl>`;
}

// Progress reports, by the same rules as the widgets' src/data/reports.ts, written out plainly.
const bySelfDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const selfReports = (c) => (c.updates ?? []).filter((u) => (u.kind ?? 'self') === 'self').sort(bySelfDate);
const tracksReports = (plan) => plan.reportingIntervalMonths !== undefined || plan.commitments.some((c) => selfReports(c).length);
/** The last day of the period a report covers: its own, else its date's half-year. */
const reportEnd = (u) => lastDay(u.period ? u.period.end : `${u.date.slice(0, 4)}-${u.date.slice(5, 7) <= '06' ? '06' : '12'}`);
function wholeMonths(from, to) {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
/** Months without a report when stale, else 0 (for a plan that tracks reports). */
function monthsStale(plan, c, today) {
  if (plan.stage !== 'implementing' || c.status === 'complete' || c.status === 'withdrawn') return 0;
  const since = selfReports(c).at(-1)?.date ?? plan.period?.start;
  const months = since ? wholeMonths(since, today) : 0;
  return months > (plan.reportingIntervalMonths ?? 6) ? months : 0;
}
function isLate(c, today) {
  if (c.status === 'complete' || c.status === 'withdrawn') return false;
  if (c.period && lastDay(c.period.end) < today) return true;
  return (c.milestones ?? []).some((m) => m.status !== 'complete' && m.status !== 'withdrawn' && m.end && lastDay(m.end) < today);
}
/** The end of the reporting period before the plan's latest one ('' when there is none). */
function previousPeriodEnd(plan) {
  const periods = new Set();
  for (const c of plan.commitments) for (const u of selfReports(c)) periods.add(`${reportEnd(u)} ${u.period?.start ?? ''}`);
  const sorted = [...periods].sort();
  return sorted.length > 1 ? sorted.at(-2).slice(0, 10) : '';
}
function changed(c, before) {
  const reports = selfReports(c);
  if (!reports.length) return false;
  let then = 'not-reported';
  for (const u of reports) if (before && reportEnd(u) <= before) then = u.status;
  return reports.at(-1).status !== then;
}
const dayFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric'});
const monthsAgo = new Intl.RelativeTimeFormat('en', {numeric: 'auto'});
function lastReport(c, today) {
  const date = selfReports(c).at(-1)?.date;
  if (!date) return '';
  const ago = monthsAgo.format(-Math.max(0, wholeMonths(date, today)), 'month').replace(/(\d) /, '$1\u00a0');
  return `<p class="last-report muted" part="last-report">Last report: <time datetime="${date}" title="${dayFormat.format(new Date(date))}">${ago}</time></p>`;
}
function staleMark(plan, c, today) {
  const months = monthsStale(plan, c, today);
  return months ? `<p class="stale-mark" part="stale-mark">No report for ${number.format(months)}\u00a0months</p>` : '';
}
function reportFilters(plan, today, reported) {
  if (!reported) return '';
  const before = previousPeriodEnd(plan);
  const count = (test) => number.format(plan.commitments.filter(test).length);
  const check = (name, label) =>
    `<label class="check"><input type="checkbox" part="checkbox" name="${name}"><span>${label}</span></label>`;
  return `<fieldset class="report-filters" part="report-filters"><legend>Progress reports</legend>${check(
    'changed',
    `Changed in the latest period (${count((c) => changed(c, before))})`,
  )}${plan.stage === 'implementing' ? check('stale', `No recent report (${count((c) => monthsStale(plan, c, today) > 0)})`) : ''}${check(
    'lateWithChallenges',
    `Late, with challenges (${count((c) => isLate(c, today) && (selfReports(c).at(-1)?.challenges?.length ?? 0) > 0)})`,
  )}</fieldset>`;
}

function card(plan, c, areaById, today, level, selectable, reported) {
  const title = selectable
    ? `<button type="button" class="title-button" part="title-button">${t(c.title)}</button>`
    : t(c.title);
  return `<li class="item" part="item" id="commitment-${esc(c.id)}" data-commitment="${esc(c.id)}" tabindex="-1">${
    c.number ? `<p class="number num" part="number">Commitment ${esc(c.number)}</p>` : ''
  }<h${level} class="title" part="title">${title}</h${level}>${status(plan, c)}${
    reported ? lastReport(c, today) + staleMark(plan, c, today) : ''
  }${progress(c, today)}${chips(c, areaById)}${
    c.summary ? `<p class="summary" part="summary">${t(c.summary)}</p>` : ''
  }</li>`;
}

function select(id, label, any, options) {
  if (options.length < 2) return '';
  return `<div class="field"><label for="${id}">${label}</label><select id="${id}" part="select"><option value="">${any}</option>${options
    .map((o) => `<option value="${esc(o.value)}">${esc(o.label)} (${number.format(o.count)})</option>`)
    .join('')}</select></div>`;
}

const collator = new Intl.Collator('en');
const numeric = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});

export function list(plan, {today, pageSize = 20, level = 2, selectable = false, label = '', notice = true} = {}) {
  const areaById = new Map(plan.policyAreas.map((a) => [a.id, a]));
  // Facets for the filter menus, and the list in number order.
  const areas = new Map();
  const values = new Map();
  const statuses = new Map();
  const agencies = new Map();
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of plan.commitments) {
    for (const id of new Set(c.policyAreas)) add(areas, id);
    for (const v of new Set(c.ogpValues ?? [])) add(values, v);
    add(statuses, c.status ?? 'not-reported');
    const seen = new Set();
    for (const agency of c.leadAgencies ?? []) {
      const key = pick(agency).value;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = agencies.get(key);
      if (entry) entry.count++;
      else agencies.set(key, {label: key, count: 1});
    }
  }
  const sorted = [...plan.commitments].sort((a, b) => numeric.compare(a.number, b.number));
  const reported = tracksReports(plan);
  const shown = pageSize > 0 ? sorted.slice(0, pageSize) : sorted;
  const left = sorted.length - shown.length;
  const total = number.format(sorted.length);
  const filters = `<div id="filters" class="filters" part="filters" role="search" aria-label="${esc(
    label ? `Filter commitments: ${label}` : 'Filter commitments',
  )}"><div class="field search"><label for="q">Search titles and summaries</label><input id="q" type="search" part="search" autocomplete="off"></div>${select(
    'area',
    'Policy area',
    'All policy areas',
    plan.policyAreas.map((a) => ({
      value: a.id,
      label: plain(a.title),
      count: areas.get(a.id) ?? 0,
    })),
  )}${select(
    'value',
    'OGP value',
    'All OGP values',
    Object.keys(VALUES)
      .filter((v) => values.has(v))
      .map((v) => ({value: v, label: VALUES[v], count: values.get(v)})),
  )}${select(
    'status',
    'Status',
    'All statuses',
    [...LEVELS, 'not-reported']
      .filter((s) => statuses.has(s))
      .map((s) => ({value: s, label: STATUS[s], count: statuses.get(s)})),
  )}${select(
    'agency',
    'Lead agency',
    'All lead agencies',
    [...agencies]
      .map(([value, e]) => ({value, label: e.label, count: e.count}))
      .sort((a, b) => collator.compare(a.label, b.label)),
  )}${reportFilters(plan, today, reported)}<div class="field"><label for="sort">Sort by</label><select id="sort" part="select"><option value="number">Number</option><option value="status">Status</option><option value="end">End date</option>${
    reported ? '<option value="report">Last report</option>' : ''
  }</select></div></div>`;
  const download = `<details class="download" part="download"><summary part="download-summary"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/></svg><span>Download data</span>${CHEVRON}</summary><div class="download-panel"><p class="muted">The files hold every commitment of the plan.</p><ul class="download-buttons"><li><button type="button" class="button secondary" part="download-button" data-format="json">JSON</button></li><li><button type="button" class="button secondary" part="download-button" data-format="commitments">Commitments (CSV)</button></li><li><button type="button" class="button secondary" part="download-button" data-format="milestones">Milestones (CSV)</button></li>${
    plan.commitments.some((c) => c.updates?.length)
      ? '<li><button type="button" class="button secondary" part="download-button" data-format="updates">Progress reports (CSV)</button></li>'
      : ''
  }</ul></div></details>`;
  // In narrow columns the filters fold away behind this button (CSS), after the count.
  const toggle = `<button type="button" class="filters-toggle" part="filters-toggle" aria-expanded="false" aria-controls="filters"><span>Filters</span>${CHEVRON}</button>`;
  const more =
    left > 0
      ? `<div class="more"><button type="button" class="button secondary" part="more-button">Show ${number.format(Math.min(left, pageSize))} more (${number.format(left)} left)</button></div>`
      : '';
  return `<div class="root" part="base" lang="en"><div class="list"><div class="top"><h${level} class="list-heading" part="heading">Commitments</h${level}> ${download}</div>${
    notice ? stageNotice(plan) : ''
  }<div class="count-row"><div class="count num" part="count" role="status">${
    sorted.length === 1 ? '1 commitment' : `${total} commitments`
  }</div>${toggle}</div>${filters}<ol class="items" part="items" role="list">${shown
    .map((c) => card(plan, c, areaById, today, level + 1, selectable, reported))
    .join('')}</ol>${more}</div></div>`;
}

// ---------------------------------------------------------------------------------------------
// The tracker (ogp-progress-tracker, whole plan)

function spread(commitments) {
  const counts = Object.fromEntries([...LEVELS, 'not-reported'].map((s) => [s, 0]));
  for (const c of commitments) counts[c.status ?? 'not-reported']++;
  return [...LEVELS, 'not-reported'].map((s) => ({
    status: s,
    count: counts[s],
  }));
}

/** Whole percentages that add up to 100: rounded down, the points left to the largest remainders. */
function percentShares(counts) {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (!sum) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b] - shares[b] - (exact[a] - shares[a]) || a - b);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  for (const i of order) {
    if (left-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

function bar(shares, total, small) {
  return `<div class="${small ? 'bar small' : 'bar'}" part="bar" aria-hidden="true">${shares
    .filter((s) => s.count > 0)
    .map(
      (s) =>
        `<span class="segment" part="segment" data-status="${s.status}" data-count="${s.count}" data-share="${(s.count / total) * 100}%"></span>`,
    )
    .join('')}</div>`;
}

function milestoneProgress(commitments, today) {
  const n = countMilestones(commitments, today);
  if (!n.total) return '<p class="muted">No milestones recorded</p>';
  const ratio = n.complete / n.total;
  return `<div class="milestone-progress" data-complete="${n.complete}" data-withdrawn="${n.withdrawn}" data-total="${n.total}" data-overdue="${n.overdue}"><p class="num">${milestoneCount(n)}<span class="muted">\u00a0(${percent.format(ratio)})</span>${overdue(
    n.overdue,
  )}</p>${milestoneBar(
    n,
    commitments.every((c) => c.status === 'withdrawn'),
  )}</div>`;
}

/** A section heading (the widgets' heading() without a class). */
const subheading = (h, text) => `<h${h} class="" part="">${text}</h${h}>`;

function timeline(period, today, h) {
  if (!period) return '';
  const start = parseDate(period.start);
  const endDate = parseDate(period.end);
  const end =
    period.end.length <= 4
      ? new Date(Date.UTC(endDate.getUTCFullYear() + 1, 0, 1))
      : period.end.length <= 7
        ? new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, 1))
        : new Date(endDate.getTime() + 86_400_000);
  const now = parseDate(today);
  const months = (d) =>
    d.getUTCFullYear() * 12 +
    d.getUTCMonth() +
    (d.getUTCDate() - 1) / new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const totalMonths = Math.max(1, Math.round(months(end) - months(start)));
  const fraction = Math.min(1, Math.max(0, (now - start) / Math.max(1, end - start)));
  const phase = now < start ? 'before' : now >= end ? 'after' : 'during';
  const elapsed =
    phase === 'before'
      ? 0
      : phase === 'after'
        ? totalMonths
        : Math.min(totalMonths, Math.max(0, Math.round(months(now) - months(start))));
  const text =
    phase === 'before'
      ? 'The plan period has not started yet.'
      : phase === 'after'
        ? 'The plan period has ended.'
        : `${number.format(elapsed)} of ${number.format(totalMonths)}\u00a0months elapsed`;
  const align = fraction < 0.12 ? 0 : fraction > 0.88 ? 100 : 50;
  return `<section class="section" part="timeline" data-phase="${phase}">${subheading(h, 'Plan period')}<p class="num">${formatRange(
    period.start,
    period.end,
  )}</p><p class="num">Today: ${formatDate(today)} — ${text}</p><div class="timeline" aria-hidden="true"><div class="track" data-share="${fraction * 100}%"><span class="elapsed"></span>${
    phase === 'during'
      ? `<span class="today" part="today" data-align="${align}%"><span class="today-label">Today</span></span>`
      : ''
  }</div><div class="ends num"><span>${formatDate(period.start)}</span><span>${formatDate(period.end)}</span></div></div></section>`;
}

const ALL_STATUSES = [...LEVELS, 'not-reported'];

/** Reporting periods, oldest first, with each status's count at each period's end. */
function periodRows(plan) {
  const periods = new Map();
  for (const c of plan.commitments)
    for (const u of selfReports(c)) {
      const period = u.period ?? {start: `${u.date.slice(0, 4)}-${u.date.slice(5, 7) <= '06' ? '01' : '07'}`, end: u.date.slice(0, 4) + (u.date.slice(5, 7) <= '06' ? '-06' : '-12')};
      periods.set(`${lastDay(period.end)} ${period.start}`, period);
    }
  const keys = [...periods.keys()].sort();
  return keys.map((key, i) => {
    const counts = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0]));
    const end = key.slice(0, 10);
    for (const c of plan.commitments) {
      const reports = selfReports(c);
      let status = 'not-reported';
      if (!reports.length) status = i === keys.length - 1 ? (c.status ?? 'not-reported') : 'not-reported';
      for (const u of reports) if (reportEnd(u) <= end) status = u.status;
      counts[status]++;
    }
    return {period: periods.get(key), counts};
  });
}

function periodsSection(plan, h) {
  const rows = periodRows(plan);
  if (!rows.length) return '';
  const key = ALL_STATUSES.map((s) => `<li data-status="${s}">${swatch(s)}<span>${STATUS[s]}</span></li>`).join('');
  const bars = rows
    .map(({period, counts}) => {
      const shares = ALL_STATUSES.map((status) => ({status, count: counts[status]}));
      return `<li class="period-bar" part="period-bar" data-period="${period.start}/${period.end}"><span class="period-label num">${formatRange(
        period.start,
        period.end,
      )}</span>${bar(shares, plan.commitments.length, true)}<span class="period-counts num">${shares
        .filter((x) => x.count > 0)
        .map((x) => `<span data-status="${x.status}">${swatch(x.status)}${number.format(x.count)}</span>`)
        .join('')}</span></li>`;
    })
    .join('');
  const table = `<div class="visually-hidden"><table class="period-table"><caption>Commitments by status at the end of each reporting period, oldest first</caption><thead><tr><th scope="col">Reporting period</th>${ALL_STATUSES.map(
    (s) => `<th scope="col" data-status="${s}">${STATUS[s]}</th>`,
  ).join('')}</tr></thead><tbody>${rows
    .map(
      ({period, counts}) =>
        `<tr><th scope="row">${formatRange(period.start, period.end)}</th>${ALL_STATUSES.map((s) => `<td>${number.format(counts[s])}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
  return `<section class="section periods-section" part="periods">${subheading(
    h,
    'Commitments by reporting period',
  )}<p class="muted note">Each commitment at its latest reported status at the end of each period, oldest first.</p><div class="period-chart" aria-hidden="true"><ul class="mini-legend period-key">${key}</ul><ol class="period-bars">${bars}</ol></div>${table}</section>`;
}

const AGENCY_FIGURES = [
  ['total', 'Total'],
  ['done', 'Done'],
  ['onTrack', 'On track'],
  ['overdue', 'Overdue'],
];

/** Each lead agency's commitments and milestones: total, done, on track, overdue; a sortable table. */
function agenciesSection(plan, today, h) {
  if (beforeImplementation(plan)) return '';
  const rows = new Map();
  const tally = () => ({total: 0, done: 0, onTrack: 0, overdue: 0});
  for (const c of plan.commitments) {
    const late = isLate(c, today);
    for (const agency of new Set((c.leadAgencies ?? []).map((a) => pick(a).value))) {
      if (!rows.has(agency)) rows.set(agency, {commitments: tally(), milestones: tally()});
      const row = rows.get(agency);
      row.commitments.total++;
      if (c.status === 'complete') row.commitments.done++;
      else if (late) row.commitments.overdue++;
      else if (c.status !== 'withdrawn') row.commitments.onTrack++;
      for (const m of c.milestones ?? []) {
        row.milestones.total++;
        if (m.status === 'complete') row.milestones.done++;
        else if (m.status !== 'withdrawn' && m.end && lastDay(m.end) < today) row.milestones.overdue++;
        else if (m.status !== 'withdrawn') row.milestones.onTrack++;
      }
    }
  }
  if (!rows.size) return '';
  const groups = [
    ['commitments', 'Commitments'],
    ['milestones', 'Milestones'],
  ];
  const sortButton = (full, short) =>
    `<button type="button" class="sort-button" part="sort-button"><span class="full-name">${full}</span><span class="short-name" aria-hidden="true">${short}</span><span class="sort-mark" aria-hidden="true">⇅</span></button>`;
  const headers = groups
    .flatMap(([group, groupName]) =>
      AGENCY_FIGURES.map(
        ([key, name]) =>
          `<th scope="col" role="columnheader" aria-sort="none" data-column="${group}-${key}">${sortButton(`${groupName} · ${name}`, name)}</th>`,
      ),
    )
    .join('');
  const body = [...rows]
    .map(
      ([agency, row]) =>
        `<tr role="row" data-agency="${esc(agency)}"><th scope="row" role="rowheader">${esc(agency)}</th>${groups
          .flatMap(([group, groupName]) =>
            AGENCY_FIGURES.map(
              ([key, name]) =>
                `<td role="cell" class="num" data-label="${groupName} · ${name}" data-column="${group}-${key}"${
                  key === 'overdue' && row[group][key] ? ' data-alert=""' : ''
                }>${number.format(row[group][key])}</td>`,
            ),
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<section class="section agencies-section">${subheading(
    h,
    'By lead agency',
  )}<table class="agencies stacked" part="agencies" role="table"><caption class="visually-hidden">Commitments and milestones by lead agency</caption><thead role="rowgroup"><tr role="row" class="groups"><td></td>${groups
    .map(([, name]) => `<th scope="colgroup" colspan="4" role="columnheader">${name}</th>`)
    .join('')}</tr><tr role="row"><th scope="col" role="columnheader" aria-sort="none" data-column="agency">${sortButton(
    'Lead agency',
    'Lead agency',
  )}</th>${headers}</tr></thead><tbody role="rowgroup">${body}</tbody></table><p class="visually-hidden" role="status"></p></section>`;
}

export function tracker(plan, {today, level = 2, selectable = false, notice = true} = {}) {
  const h = Math.min(6, level + 1);
  const commitments = plan.commitments;
  const shares = spread(commitments);
  const total = commitments.length;
  const percents = percentShares(shares.map((s) => s.count));
  const legend = shares
    .map((s, i) => ({...s, percent: percents[i]}))
    .filter((s) => s.status !== 'not-reported' || s.count > 0)
    .map((s) => {
      const content = `${swatch(s.status)} <span class="label">${STATUS[s.status]}</span> <span class="figures num"><span class="count">${number.format(s.count)}</span> <span class="visually-hidden">commitments,</span> <span class="percent">${percent.format(s.percent / 100)}</span></span>`;
      return `<li class="entry" data-status="${s.status}"${s.count === 0 ? ' data-empty' : ''}>${
        selectable
          ? `<button type="button" class="legend-button selectable" part="legend-button" aria-pressed="false">${content} ${CUE}</button>`
          : content
      }</li>`;
    })
    .join('');
  const rows = plan.policyAreas
    .map((area) => ({
      area,
      commitments: commitments.filter((c) => c.policyAreas.includes(area.id)),
    }))
    .filter((row) => row.commitments.length);
  const areaRows = rows
    .map(({area, commitments: cs}) => {
      const s = spread(cs);
      const complete = number.format(s.find((x) => x.status === 'complete').count);
      const withdrawn = s.find((x) => x.status === 'withdrawn').count;
      return `<tr role="row" data-area="${esc(area.id)}"><th scope="row" role="rowheader">${t(area.title)}</th><td role="cell" data-label="Commitments">${bar(s, cs.length, true)}<p class="num">${complete} of ${number.format(cs.length)} reported complete${
        withdrawn ? `, ${number.format(withdrawn)} withdrawn` : ''
      }</p><ul class="mini-legend">${s
        .filter((x) => x.count > 0)
        .map(
          (x) =>
            `<li data-status="${x.status}">${swatch(x.status)}<span class="visually-hidden">${STATUS[x.status]}:</span> <span class="num">${number.format(x.count)}</span></li>`,
        )
        .join('')}</ul></td><td role="cell" data-label="Milestones">${milestoneProgress(cs, today)}</td></tr>`;
    })
    .join('');
  return `<div class="root" part="base" lang="en"><section class="tracker"><h${level} class="heading" part="heading">Progress</h${level}> ${
    notice ? stageNotice(plan) : ''
  } <div class="sections">${periodsSection(plan, h)}<section class="section distribution">${subheading(h, 'Commitments by reported status')}<p class="muted total num">${
    total === 1 ? '1 commitment' : `${number.format(total)} commitments`
  }</p>${bar(shares, total)} <ul class="legend" part="legend">${legend}</ul></section> <section class="section" part="milestones">${subheading(
    h,
    'Milestones',
  )} ${milestoneProgress(commitments, today)}</section> ${timeline(plan.period, today, h)} ${
    rows.length
      ? `<section class="section areas-section">${subheading(h, 'By policy area')}<table class="areas stacked" part="areas" role="table"><caption class="visually-hidden">Progress by policy area</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Policy area</th><th scope="col" role="columnheader">Commitments</th><th scope="col" role="columnheader">Milestones</th></tr></thead><tbody role="rowgroup">${areaRows}</tbody></table></section>`
      : ''
  }${agenciesSection(plan, today, h)}</div></section></div>`;
}

// ---------------------------------------------------------------------------------------------
// The policy-area grid (selectable tiles, as in the dashboard)

// The widget's icons (lucide, ISC license), by policy-area id; `landmark` for other areas.
const LUCIDE = {
  coins:
    '<path d="M13.744 17.736a6 6 0 1 1-7.48-7.48"></path><path d="M15 6h1v4"></path><path d="m6.134 14.768.866-.5 2 3.464"></path><circle cx="16" cy="8" r="6"></circle>',
  'concierge-bell':
    '<path d="M3 20a1 1 0 0 1-1-1v-1a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v1a1 1 0 0 1-1 1Z"></path><path d="M20 16a8 8 0 1 0-16 0"></path><path d="M12 4v4"></path><path d="M10 4h4"></path>',
  'file-search':
    '<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"></path><path d="M14 2v5a1 1 0 0 0 1 1h5"></path><circle cx="11.5" cy="14.5" r="2.5"></circle><path d="M13.3 16.3 15 18"></path>',
  'hand-heart':
    '<path d="M11 14h2a2 2 0 0 0 0-4h-3c-.6 0-1.1.2-1.4.6L3 16"></path><path d="m14.45 13.39 5.05-4.694C20.196 8 21 6.85 21 5.75a2.75 2.75 0 0 0-4.797-1.837.276.276 0 0 1-.406 0A2.75 2.75 0 0 0 11 5.75c0 1.2.802 2.248 1.5 2.946L16 11.95"></path><path d="m2 15 6 6"></path><path d="m7 20 1.6-1.4c.3-.4.8-.6 1.4-.6h4c1.1 0 2.1-.4 2.8-1.2l4.6-4.4a1 1 0 0 0-2.75-2.91"></path>',
  landmark:
    '<path d="M10 18v-7"></path><path d="M11.119 2.205a2 2 0 0 1 1.762 0l7.84 3.846A.5.5 0 0 1 20.5 7h-17a.5.5 0 0 1-.22-.949z"></path><path d="M14 18v-7"></path><path d="M18 18v-7"></path><path d="M3 22h18"></path><path d="M6 18v-7"></path>',
  megaphone:
    '<path d="M11 6a13 13 0 0 0 8.4-2.8A1 1 0 0 1 21 4v12a1 1 0 0 1-1.6.8A13 13 0 0 0 11 14H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z"></path><path d="M6 14a12 12 0 0 0 2.4 7.2 2 2 0 0 0 3.2-2.4A8 8 0 0 1 10 14"></path><path d="M8 6v8"></path>',
  'monitor-smartphone':
    '<path d="M18 8V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h8"></path><path d="M10 19v-3.96 3.15"></path><path d="M7 19h5"></path><rect width="6" height="10" x="16" y="12" rx="2"></rect>',
  scale:
    '<path d="M12 3v18"></path><path d="m19 8 3 8a5 5 0 0 1-6 0zV7"></path><path d="M3 7h1a17 17 0 0 0 8-2 17 17 0 0 0 8 2h1"></path><path d="m5 8 3 8a5 5 0 0 1-6 0zV7"></path><path d="M7 21h10"></path>',
  'shield-check':
    '<path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"></path><path d="m9 12 2 2 4-4"></path>',
  'venus-and-mars':
    '<path d="M10 20h4"></path><path d="M12 16v6"></path><path d="M17 2h4v4"></path><path d="m21 2-5.46 5.46"></path><circle cx="12" cy="11" r="5"></circle>',
};
const AREA_ICON_NAMES = {
  'anti-corruption': 'shield-check',
  'civic-space': 'megaphone',
  'digital-governance': 'monitor-smartphone',
  'marginalized-communities': 'hand-heart',
  'right-to-information': 'file-search',
  'public-service-delivery': 'concierge-bell',
  'fiscal-openness': 'coins',
  justice: 'scale',
  gender: 'venus-and-mars',
};
const areaIcon = (area) =>
  `<svg class="area-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
    LUCIDE[AREA_ICON_NAMES[area.icon ?? area.id] ?? 'landmark']
  }</svg>`;

export function grid(plan, {level = 2} = {}) {
  const counts = new Map(plan.policyAreas.map((a) => [a.id, 0]));
  for (const c of plan.commitments)
    for (const id of new Set(c.policyAreas)) if (counts.has(id)) counts.set(id, counts.get(id) + 1);
  const tiles = plan.policyAreas
    .map((area, i) => {
      const n = counts.get(area.id);
      const label = n === 0 ? 'No commitments' : n === 1 ? '1 commitment' : `${number.format(n)} commitments`;
      return `<button type="button" class="tile selectable" part="tile" data-area="${esc(area.id)}"${n === 0 ? ' data-empty' : ''} aria-pressed="false" tabindex="${i ? -1 : 0}"><span class="head"><span class="badge" part="icon">${areaIcon(
        area,
      )}</span><span class="titles"><span class="name" part="name">${t(
        area.title,
      )}</span><span class="count num" part="count"><span class="visually-hidden">, </span>${label}</span></span></span>${CUE}${
        area.topics?.length
          ? `<span class="topics" part="topics">${area.topics.map((topic) => `<span class="visually-hidden">, </span><span class="topic">${t(topic)}</span>`).join('')}</span>`
          : ''
      }</button>`;
    })
    .join('');
  return `<div class="root" part="base" lang="en"><section class="areas"><h${level} class="heading" part="heading">Policy areas</h${level}><div class="grid grid-layout" part="grid" role="group" aria-label="Policy areas">${tiles}</div></section></div>`;
}

// ---------------------------------------------------------------------------------------------
// The dashboard (ogp-action-plan): header, then tracker, grid and list, each in its own shadow
// root with its own styles, as the widgets are.

export function dashboardHeader(plan) {
  const s = plan.source;
  const meta = [];
  if (plan.stage) meta.push(['Stage', esc(STAGES[plan.stage] ?? plan.stage)]);
  if (plan.period) meta.push(['Period', formatRange(plan.period.start, plan.period.end)]);
  if (plan.updated) meta.push(['Last updated', formatDate(plan.updated)]);
  if (s) {
    const title = t(s.title);
    meta.push([
      'Source',
      `${s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer" target="_blank">${title}<span class="visually-hidden"> (opens in a new tab)</span></a>` : title}${s.publisher ? ` · ${t(s.publisher)}` : ''}`,
    ]);
  }
  return `<div class="root" part="base" lang="en"><section class="dashboard" aria-label="${esc(plain(plan.title) || 'Action plan')}"><div class="header" part="header">${
    plan.government ? `<p class="government">${t(plan.government)}</p>` : ''
  }<h2 class="title" part="title">${t(plan.title)}</h2>${
    meta.length
      ? `<dl class="meta" part="meta">${meta.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('')}</dl>`
      : ''
  }</div><div class="slot-tracker"></div><div class="slot-grid"></div><div class="slot-list"></div><dialog part="dialog" aria-label="Commitment"><div class="dialog-bar"><button type="button" class="button" part="close-button">Close</button></div></dialog></section></div>`;
}

/** Applies the bar widths through the CSSOM after parsing, as the widgets do (strict-CSP safe). */
export function applyShares(root) {
  for (const el of root.querySelectorAll('[data-width]')) el.style.setProperty('inline-size', el.dataset.width);
  for (const el of root.querySelectorAll('[data-share]')) el.style.setProperty('--_share', el.dataset.share);
  for (const el of root.querySelectorAll('[data-align]')) el.style.setProperty('--_align', el.dataset.align);
}
