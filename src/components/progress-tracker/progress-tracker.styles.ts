import {css} from 'lit';
import {stackedTableStyles} from '../../base/stacked-table.styles.js';
import {visuallyHidden} from '../../base/styles.js';

export const progressTrackerStyles = css`
  /* Shares and alignments are set per element through the CSSOM (progress-tracker.ts); until then, none. */
  .root {
    --_share: 0%;
    --_align: 0%;
  }
  .tracker {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    font-size: 1.25em;
  }
  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .section {
    display: grid;
    align-content: start;
    gap: 0.5em;
    min-inline-size: 0;
  }
  [data-status='not-reported'] {
    --_status-color: var(--_muted);
  }

  /* Stacked bars: each segment's width is its share, with a gap in the surface colour between
     neighbours. Each status has its own fill, echoing its icon, so that the bar reads without
     colour (in greyscale too): "not started" an empty outline, "limited" sparse dots, "substantial"
     dense bars, "complete" solid, "withdrawn" an outline struck through, "not reported" a dashed
     outline. The legend's swatches are the same. */
  .bar {
    display: flex;
    block-size: 1.75em;
    border-radius: calc(var(--_radius) * 0.5);
    overflow: hidden;
  }
  .small {
    block-size: 1em;
  }
  .segment,
  .swatch {
    position: relative;
    border-radius: 0.25em;
    background-color: var(--_surface);
    background-clip: padding-box;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .segment {
    flex: 0 1 var(--_share);
    min-inline-size: 0.375em;
    border-inline-end: 0.1875em solid var(--_surface);
  }
  .small .segment {
    min-inline-size: 0.25em;
    border-inline-end-width: 0.125em;
  }
  .segment:last-child {
    border-inline-end: 0;
  }
  .swatch {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.125em;
  }
  .mini-legend .swatch {
    inline-size: 1.25em;
    block-size: 0.875em;
  }
  /* The outline, inside the segment's own box (its gap border stays the surface colour). */
  .segment::before,
  .swatch::before {
    content: '';
    position: absolute;
    inset: 0;
    border: 0.125em solid var(--_status-color);
    border-radius: inherit;
  }
  [data-status='not-reported']:is(.segment, .swatch)::before {
    border-style: dashed;
  }
  [data-status='complete']:is(.segment, .swatch) {
    background-color: var(--_status-color);
  }
  [data-status='limited']:is(.segment, .swatch) {
    background-image: radial-gradient(circle, var(--_status-color) 0.1em, transparent 0.13em);
    background-size: 0.5em 0.5em;
    background-position: center;
  }
  [data-status='substantial']:is(.segment, .swatch) {
    background-image: repeating-linear-gradient(90deg, var(--_status-color) 0 0.375em, transparent 0 0.5em);
  }
  [data-status='withdrawn']:is(.segment, .swatch) {
    background-image: linear-gradient(
      transparent calc(50% - 0.0625em),
      var(--_status-color) 0 calc(50% + 0.0625em),
      transparent 0
    );
  }
  .elapsed {
    inline-size: var(--_share);
  }

  /* The legend: the accessible version of the bar, readable without colour. */
  .legend,
  .mini-legend,
  .milestone-timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: grid;
    gap: 0.25em 1.5em;
  }
  .entry,
  .legend-button,
  .mini-legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .entry:not(:has(button)) {
    padding-block: 0.3em;
    border-block-end: 0.0625em solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  .entry .label {
    flex: 1;
    min-inline-size: 0;
  }
  .figures {
    display: flex;
    gap: 0.75em;
  }
  .count,
  .percent {
    text-align: end;
  }
  .count {
    min-inline-size: 2ch;
    font-weight: 650;
  }
  .percent {
    min-inline-size: 4.5ch;
  }
  .entry[data-empty] .label,
  .entry[data-empty] .count {
    color: var(--_muted);
    font-weight: normal;
  }
  .legend-button {
    flex: 1;
    min-block-size: 2.75em;
    padding: 0.35em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }
  /* Selected and hovered entries: the shared selection look (base/selectable.ts). */

  /* Milestones */
  .milestone-progress {
    display: grid;
    gap: 0.3em;
  }
  /* The mark and "2 overdue" never split; the separator before them may end the line. */
  .overdue-mark,
  .overdue {
    color: var(--_danger);
    font-weight: 650;
    white-space: nowrap;
  }
  .overdue-icon {
    margin-inline-end: 0.2em;
  }

  /* Policy areas: a table when there is room, stacked rows when narrow (each cell labelled). */
  ${stackedTableStyles}
  .areas tbody > * > * {
    border-block-end-color: color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .areas th,
  .areas td {
    padding-inline: 0 0.75em;
  }
  .areas th {
    font-weight: 650;
  }
  .areas td > * {
    margin-block-start: 0.3em;
  }
  .areas td p {
    font-size: 0.9em;
  }
  .mini-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.75em;
  }
  .mini-legend li {
    gap: 0.25em;
  }

  /* Reporting periods: a row per period, its dates above its bar, its counts after. */
  .period-chart {
    display: grid;
    gap: 0.6em;
  }
  .period-bars {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .period-bar {
    display: grid;
    gap: 0.2em 0.75em;
    min-inline-size: 0;
  }
  .period-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .period-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.75em;
    font-size: 0.875em;
  }
  .period-counts > span {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .period-counts .swatch,
  .period-key .swatch {
    inline-size: 1.25em;
    block-size: 0.875em;
  }

  /* The table twin is for screen readers only: fixed to its visually hidden box, so it never sticks out of it. */
  .period-table {
    inline-size: 100%;
    table-layout: fixed;
    border-spacing: 0;
    white-space: normal;
  }
  .period-table :is(th, td) {
    padding: 0;
  }

  /* Lead agencies: figures aligned at the end; narrow, the sort buttons stay, as a row above the blocks. */
  .agencies th,
  .agencies td {
    padding-inline: 0 0.75em;
  }
  .agencies tbody th {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .agencies .groups > * {
    padding-block-end: 0;
    border-block-end: 0;
  }
  .agencies thead th[data-column]:not([data-column='agency']) .sort-button {
    white-space: nowrap;
  }
  .agencies thead .groups th {
    border-inline-start: 0.0625em solid color-mix(in srgb, var(--_border) 50%, transparent);
    padding-inline-start: 0.4em;
  }
  .agencies [data-alert] {
    color: var(--_danger);
    font-weight: 650;
  }
  .sort-button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    min-block-size: 2.75em;
    margin-inline-start: -0.4em;
    padding: 0.25em 0.4em;
    border: 0.0625em solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .sort-button:hover {
    border-color: var(--_border);
  }
  .sort-mark {
    color: var(--_muted);
  }
  [aria-sort='ascending'] .sort-mark,
  [aria-sort='descending'] .sort-mark {
    color: var(--_primary);
  }
  /* Wide, the group heads above name the group; narrow, each button names it. */
  .full-name {
    ${visuallyHidden}
  }

  /* Timeline */
  .timeline {
    display: grid;
    gap: 0.3em;
    padding-block-start: 1.75em;
  }
  .track {
    position: relative;
    display: flex;
    block-size: 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: 999em;
    background: var(--_surface-alt);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .today,
  .today-label {
    position: absolute;
  }
  .elapsed {
    border-radius: inherit;
    background: color-mix(in srgb, var(--_primary) 40%, var(--_surface));
  }
  .today {
    inset-block: -0.5em;
    inset-inline-start: var(--_share);
    inline-size: 0.1875em;
    margin-inline-start: -0.09375em;
    background: var(--_primary);
  }
  .today-label {
    /* At the marker's start, centre or end (--_align 0%, 50%, 100%), so it stays in the box. */
    inset-block-end: calc(100% + 0.1em);
    inset-inline-start: var(--_align);
    translate: calc(var(--_align) * -1) 0;
    padding-inline: 0.3em;
    color: var(--_primary);
    font-size: 0.8em;
    font-weight: 650;
    white-space: nowrap;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }

  /* One commitment */
  .commitment-head {
    display: grid;
    gap: 0.25em;
  }
  .commitment-title {
    font-size: 1.1em;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .own-status,
  .milestone-status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .number {
    font-weight: 600;
  }
  .percent,
  .ends,
  .number,
  .milestone-date {
    color: var(--_muted);
  }
  .note,
  .mini-legend,
  .ends,
  .number,
  .milestone-date,
  .milestone-status {
    font-size: 0.875em;
  }
  .milestone-timeline {
    margin-inline-start: 0.4em;
    border-inline-start: 0.125em solid var(--_border);
  }
  .milestone {
    position: relative;
    display: grid;
    gap: 0.1em 0.75em;
    padding-block: 0.45em;
    padding-inline-start: 1em;
  }
  .milestone::before {
    content: '';
    position: absolute;
    inset-block-start: 0.85em;
    inset-inline-start: -0.4375em;
    padding: 0.25em;
    border: 0.125em solid var(--_surface);
    border-radius: 50%;
    background: var(--_status-color, var(--_border));
  }

  /* Loading placeholder of the final shape. */
  .skeleton > .sk-bar {
    block-size: 1.75em;
  }
  .skeleton > .sk-thin {
    block-size: 0.6em;
  }
  .skeleton > .sk-legend {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.5em 1.5em;
    block-size: auto;
    background: none;
    animation: none;
  }
  .sk-legend > span {
    block-size: 1.25em;
    border-radius: 0.25em;
    background: var(--_skeleton);
    animation: ogp-shimmer 1.4s ease-in-out infinite;
  }

  @container (max-width: 35.99em) {
    .agencies thead {
      position: static !important;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      display: block;
      margin-block-end: 0.75em;
    }
    .agencies thead .groups {
      display: none;
    }
    .agencies thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      padding: 0;
      border: 0;
    }
    .agencies thead th {
      display: block;
      padding: 0;
      border: 0;
    }
    .agencies .sort-button {
      margin: 0;
      border-color: var(--_border);
      font-size: 0.9em;
    }
    .agencies .full-name {
      position: static !important;
      inline-size: auto;
      block-size: auto;
      clip-path: none;
    }
    .agencies .short-name {
      display: none;
    }
    .agencies tbody td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
  }
  @container (min-width: 28em) {
    .legend {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .milestone {
      grid-template-columns: 8em 9em 1fr;
      align-items: baseline;
    }
  }
  @container (min-width: 36em) {
    .period-bar {
      grid-template-columns: 14em minmax(0, 1fr);
      align-items: center;
    }
    .period-label {
      grid-row: span 2;
      align-self: start;
    }
    .areas th[scope='row'] {
      inline-size: 28%;
    }
  }
  @container (min-width: 50em) {
    .heading {
      font-size: 1.4em;
    }
    .legend {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .sections:not(.commitment) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .distribution,
    .periods-section,
    .agencies-section,
    .areas-section {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .tracker,
    .track,
    .legend-button,
    .sort-button:hover,
    .agencies .sort-button {
      border-color: CanvasText;
    }
    .segment,
    .swatch,
    .elapsed,
    .today,
    .milestone::before {
      forced-color-adjust: none;
    }
    /* The fills are drawn from these two colours, so every status keeps its pattern. */
    .segment,
    .swatch {
      --_status-color: CanvasText;
      --_surface: Canvas;
    }
    .today,
    .milestone::before {
      background: Highlight;
    }
    .elapsed {
      background: GrayText;
    }
    .today-label {
      color: CanvasText;
    }
    .status-icon {
      color: CanvasText !important;
    }
  }
  /*
   * Without a script (and on paper) nothing here can be chosen: the selectable legend reads as the
   * plain legend (no button border, no checkbox, no selection), and the agency table's sort buttons
   * as its column heads (no button look, no sort marks). Styled, not left out, so the server's DOM
   * is the one the browser hydrates.
   */
  @media print, (scripting: none) {
    .legend-button.selectable,
    .legend-button.selectable:hover,
    .legend-button.selectable[aria-pressed='true'] {
      min-block-size: 0;
      padding-block: 0.3em;
      padding-inline: 0;
      border: 0;
      border-block-end: 0.0625em solid color-mix(in srgb, var(--_border) 45%, transparent);
      border-radius: 0;
      box-shadow: none;
      background: none;
      color: inherit;
      cursor: default;
    }
    .legend-button .cue,
    .sort-mark {
      display: none;
    }
    .agencies .sort-button,
    .agencies .sort-button:hover {
      min-block-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
      cursor: default;
    }
    /* Narrow, the heads were shown only to hold the sort buttons: each cell names its column. */
    @container (max-width: 35.99em) {
      .agencies thead {
        position: absolute !important;
        inline-size: 1px;
        block-size: 1px;
        margin: 0;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  }
  @media print {
    /* Paper is light, whatever the theme. */
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    .tracker {
      border: 0;
      padding: 0;
    }
    .section {
      break-inside: avoid-page;
    }
    .heading {
      break-after: avoid;
    }
    .milestone::before {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
