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

const number = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
});
const dateFormats = {
  year: new Intl.DateTimeFormat('en', {year: 'numeric', timeZone: 'UTC'}),
  month: new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }),
  day: new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
};
const parseDate = (date) => {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const formatDate = (date) =>
  dateFormats[date.length <= 4 ? 'year' : date.length <= 7 ? 'month' : 'day'].format(parseDate(date));
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

const SHAPES = {
  'not-started': '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/>',
  limited:
    '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="currentColor"/>',
  substantial:
    '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 8V1.75A6.25 6.25 0 1 1 1.75 8Z" fill="currentColor"/>',
  complete:
    '<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.8 8.2l2.2 2.2 4.3-4.6" fill="none" stroke="var(--_surface, #fff)" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>',
  withdrawn:
    '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3.6 12.4 12.4 3.6" stroke="currentColor" stroke-width="1.5"/>',
  'not-reported':
    '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 2"/>',
};
const icon = (status) =>
  `<svg class="icon status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
const AREA_ICON =
  '<svg class="area-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/></svg>';

function countMilestones(commitments, today) {
  const count = {complete: 0, total: 0, overdue: 0};
  for (const c of commitments) {
    for (const m of c.milestones ?? []) {
      if (m.status === 'withdrawn') continue;
      count.total++;
      if (m.status === 'complete') count.complete++;
      else if (m.end && lastDay(m.end) < today) count.overdue++;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// The list's cards (ogp-commitment-list, layout="cards")

function status(c) {
  if (!c.status) return '<p class="status muted" part="status">No progress reported yet</p>';
  return `<p class="status" part="status" data-status="${c.status}">${icon(c.status)}<span><span class="visually-hidden">Reported status: </span>${STATUS[c.status]}</span></p>`;
}

function progress(c, today) {
  if (!c.milestones?.length) return '';
  const n = countMilestones([c], today);
  const share = n.total ? (n.complete / n.total) * 100 : 0;
  const overdue = n.overdue ? `<span class="overdue-count">· ${number.format(n.overdue)} overdue</span>` : '';
  // The widths go in after parsing (CSSOM), as the widgets do for strict CSP pages.
  return `<div class="progress" part="progress"><p class="progress-label num">${number.format(n.complete)} of ${number.format(n.total)} milestones complete ${overdue}</p><div class="bar" aria-hidden="true"><span data-width="${share}%"></span></div></div>`;
}

function chips(c, areaById) {
  const areas = c.policyAreas.map((id) => areaById.get(id)).filter(Boolean);
  const values = c.ogpValues ?? [];
  if (!areas.length && !values.length) return '';
  return `<ul class="chips" aria-label="Policy areas and OGP values">${areas
    .map((a) => `<li class="chip area" part="chip">${t(a.title)}</li>`)
    .join('')}${values.map((v) => `<li class="chip value" part="chip">${esc(VALUES[v] ?? v)}</li>`).join('')}</ul>`;
}

function card(c, areaById, today, level, selectable) {
  const title = selectable
    ? `<button type="button" class="title-button" part="title-button">${t(c.title)}</button>`
    : t(c.title);
  return `<li class="item" part="item" id="commitment-${esc(c.id)}" data-commitment="${esc(c.id)}" tabindex="-1">${
    c.number ? `<p class="number num" part="number">Commitment ${esc(c.number)}</p>` : ''
  }<h${level} class="title" part="title">${title}</h${level}>${status(c)}${progress(c, today)}${chips(c, areaById)}${
    c.summary ? `<p class="summary" part="summary">${t(c.summary)}</p>` : ''
  }</li>`;
}

function select(id, label, any, options) {
  if (options.length < 2) return '';
  return `<div class="field"><label for="${id}">${label}</label><select id="${id}" part="select"><option value="" selected>${any}</option>${options
    .map((o) => `<option value="${esc(o.value)}">${esc(o.label)} (${number.format(o.count)})</option>`)
    .join('')}</select></div>`;
}

const collator = new Intl.Collator('en');
const numeric = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});

export function list(plan, {today, pageSize = 20, level = 2, selectable = false} = {}) {
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
  const shown = pageSize > 0 ? sorted.slice(0, pageSize) : sorted;
  const left = sorted.length - shown.length;
  const total = number.format(sorted.length);
  const filters = `<div class="filters" part="filters" role="search" aria-label="Filter commitments"><div class="field search"><label for="q">Search titles and summaries</label><input id="q" type="search" part="search" autocomplete="off"></div>${select(
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
  )}<div class="field"><label for="sort">Sort by</label><select id="sort" part="select"><option value="number" selected>Number</option><option value="status">Status</option><option value="end">End date</option></select></div></div>`;
  const download = `<details class="download" part="download"><summary part="download-summary"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/></svg><span>Download data</span><svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg></summary><div class="download-panel"><p class="muted">The files hold every commitment of the plan.</p><ul class="download-buttons"><li><button type="button" class="button secondary" part="download-button" data-format="json">JSON</button></li><li><button type="button" class="button secondary" part="download-button" data-format="commitments">Commitments (CSV)</button></li><li><button type="button" class="button secondary" part="download-button" data-format="milestones">Milestones (CSV)</button></li></ul></div></details>`;
  const more =
    left > 0
      ? `<div class="more"><button type="button" class="button secondary" part="more-button">Show ${number.format(Math.min(left, pageSize))} more (${number.format(left)} left)</button></div>`
      : '';
  return `<div class="root" part="base" lang="en"><div class="list"><div class="top"><h${level} class="list-heading" part="heading">Commitments</h${level}> ${download}</div>${filters}<div class="count-row"><div class="count num" part="count" role="status">${
    sorted.length === 1 ? '1 commitment' : `${total} commitments`
  }</div></div><ol class="items" part="items" role="list">${shown
    .map((c) => card(c, areaById, today, level + 1, selectable))
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

function bar(shares, total, small) {
  return `<div class="${small ? 'bar stacked small' : 'bar stacked'}" part="bar" aria-hidden="true">${shares
    .filter((s) => s.count > 0)
    .map(
      (s) =>
        `<span class="segment" part="segment" data-status="${s.status}" data-count="${s.count}" data-share="${(s.count / total) * 100}%"></span>`,
    )
    .join('')}</div>`;
}

function milestoneProgress(commitments, today, small) {
  const n = countMilestones(commitments, today);
  if (!n.total) return '<p class="muted">No milestones recorded</p>';
  const ratio = n.complete / n.total;
  return `<div class="milestone-progress" data-complete="${n.complete}" data-total="${n.total}" data-overdue="${n.overdue}"><p class="num"><span class="milestone-count">${number.format(n.complete)} of ${number.format(n.total)} milestones complete</span> <span class="muted">(${percent.format(ratio)})</span>${
    n.overdue ? ` <span class="overdue-count">· ${number.format(n.overdue)} overdue</span>` : ''
  }</p><div class="${small ? 'bar meter small' : 'bar meter'}" aria-hidden="true"><span class="fill" data-share="${ratio * 100}%"></span></div></div>`;
}

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
        : `${number.format(elapsed)} of ${number.format(totalMonths)} months elapsed`;
  const at = `${fraction * 100}%`;
  return `<section class="section" part="timeline" data-phase="${phase}"><h${h} class="subheading">Plan period</h${h}><p class="period num">${formatDate(period.start)} – ${formatDate(period.end)}</p><p class="today-text num">Today: ${formatDate(today)} — ${text}</p><div class="timeline" aria-hidden="true"><div class="track"><span class="elapsed" data-share="${at}"></span>${
    phase === 'during'
      ? `<span class="today" part="today" data-align="${fraction < 0.12 ? 'start' : fraction > 0.88 ? 'end' : 'center'}" data-at="${at}"><span class="today-label">Today</span></span>`
      : ''
  }</div><div class="ends num"><span>${formatDate(period.start)}</span><span>${formatDate(period.end)}</span></div></div></section>`;
}

export function tracker(plan, {today, level = 2, selectable = false} = {}) {
  const h = Math.min(6, level + 1);
  const commitments = plan.commitments;
  const shares = spread(commitments);
  const total = commitments.length;
  const legend = shares
    .filter((s) => s.status !== 'not-reported' || s.count > 0)
    .map((s) => {
      const content = `${icon(s.status)} <span class="label">${STATUS[s.status]}</span> <span class="figures num"><span class="count">${number.format(s.count)}</span><span class="visually-hidden">commitments,</span> <span class="percent">${percent.format(total ? s.count / total : 0)}</span></span>`;
      return `<li class="entry" data-status="${s.status}"${s.count === 0 ? ' data-empty' : ''}>${
        selectable
          ? `<button type="button" class="legend-button" part="legend-button" aria-pressed="false">${content}</button>`
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
      return `<tr role="row" data-area="${esc(area.id)}"><th scope="row" role="rowheader" class="area-name">${t(area.title)}</th><td role="cell"><span class="cell-label" aria-hidden="true">Commitments</span>${bar(s, cs.length, true)}<p class="num area-status">${number.format(
        s.find((x) => x.status === 'complete').count,
      )} of ${number.format(cs.length)} reported complete</p><ul class="mini-legend">${s
        .filter((x) => x.count > 0)
        .map(
          (x) =>
            `<li data-status="${x.status}">${icon(x.status)}<span class="visually-hidden">${STATUS[x.status]}:</span> <span class="num">${number.format(x.count)}</span></li>`,
        )
        .join(
          '',
        )}</ul></td><td role="cell"><span class="cell-label" aria-hidden="true">Milestones</span>${milestoneProgress(cs, today, true)}</td></tr>`;
    })
    .join('');
  return `<div class="root" part="base" lang="en"><section class="tracker"><h${level} class="heading" part="heading">Progress</h${level}> <div class="sections"><section class="section distribution"><h${h} class="subheading">Commitments by reported status</h${h}><p class="muted total num">${
    total === 1 ? '1 commitment' : `${number.format(total)} commitments`
  }</p>${bar(shares, total)}<ul class="${selectable ? 'legend selectable' : 'legend'}" part="legend">${legend}</ul></section> <section class="section" part="milestones"><h${h} class="subheading">Milestones</h${h}> ${milestoneProgress(
    commitments,
    today,
  )}<p class="muted note">Withdrawn milestones are not counted.</p></section> ${timeline(plan.period, today, h)} ${
    rows.length
      ? `<section class="section areas-section"><h${h} class="subheading">By policy area</h${h}><table class="areas" part="areas" role="table"><caption class="visually-hidden">Progress by policy area</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Policy area</th><th scope="col" role="columnheader">Commitments</th><th scope="col" role="columnheader">Milestones</th></tr></thead><tbody role="rowgroup">${areaRows}</tbody></table></section>`
      : ''
  }</div></section></div>`;
}

// ---------------------------------------------------------------------------------------------
// The policy-area grid (selectable tiles, as in the dashboard)

export function grid(plan, {level = 2} = {}) {
  const counts = new Map(plan.policyAreas.map((a) => [a.id, 0]));
  for (const c of plan.commitments)
    for (const id of new Set(c.policyAreas)) if (counts.has(id)) counts.set(id, counts.get(id) + 1);
  const tiles = plan.policyAreas
    .map((area, i) => {
      const n = counts.get(area.id);
      const label = n === 0 ? 'No commitments' : n === 1 ? '1 commitment' : `${number.format(n)} commitments`;
      return `<button type="button" class="tile" part="tile" data-area="${esc(area.id)}"${n === 0 ? ' data-empty' : ''} aria-pressed="false" tabindex="${i ? -1 : 0}"><span class="head"><span class="badge" part="icon">${AREA_ICON}</span><span class="titles"><span class="name" part="name">${t(
        area.title,
      )}</span><span class="count num" part="count"><span class="visually-hidden">, </span>${label}</span></span></span>${
        area.topics?.length
          ? `<span class="topics" part="topics">${area.topics.map((topic, j) => `<span class="visually-hidden">, </span><span class="topic">${t(topic)}</span>`).join('')}</span>`
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
  if (plan.period) meta.push(['Period', `${formatDate(plan.period.start)} – ${formatDate(plan.period.end)}`]);
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
  for (const el of root.querySelectorAll('[data-at]')) el.style.setProperty('--_at', el.dataset.at);
}
