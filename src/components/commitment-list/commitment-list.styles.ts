import {css} from 'lit';
import {stackedTableStyles} from '../../base/stacked-table.styles.js';

export const commitmentListStyles = css`
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.9);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em var(--_space);
  }
  .list-heading {
    /* Centred on the closed "Download data" button (2.75em), and stays put when it opens. */
    padding-block: 0.25em;
    font-size: 1.35em;
  }
  .top > .download {
    margin-inline-start: auto;
  }

  /* The filter bar: one column on a phone, a grid of menus in wider columns. */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.75em;
    padding: calc(var(--_space) * 0.75);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    align-content: start;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  input,
  select {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: 0.35em;
    padding-inline: 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  @container (min-width: 40em) {
    .field.search {
      grid-column: span 2;
    }
  }

  /* The progress-report filters: checkboxes in a fieldset across the whole filter bar. */
  .report-filters {
    grid-column: 1 / -1;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .report-filters legend {
    padding: 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .report-filters .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    margin-inline-end: 1.25em;
    cursor: pointer;
  }
  .report-filters input {
    flex: none;
    inline-size: 1.25em;
    min-block-size: 0;
    block-size: 1.25em;
    margin: 0;
    padding: 0;
    accent-color: var(--_primary);
  }

  .count-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .count {
    font-weight: 600;
  }

  /*
   * Narrow columns (phones): the count comes first, and the filters fold away behind a "Filters"
   * button after it in the same row. In wider columns the button is gone and the filters show.
   */
  .filters-toggle {
    display: none;
    color: var(--_primary);
    text-align: start;
  }
  @container (max-width: 35.99em) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
  }
  .filters-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .title-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  .title-button:hover {
    text-decoration-thickness: 0.15em;
  }

  /* Cards */
  .items {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 44em) {
    .items {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 72em) {
    .items {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .item {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.45em;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.9);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item > * {
    max-inline-size: 100%;
  }
  .item > .progress,
  .item > .summary {
    align-self: stretch;
  }
  .item .number {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .item .title {
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .item .status {
    font-size: 0.95em;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.95em;
  }
  [data-commitment]:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
    box-shadow: var(--_focus-ring);
  }
  [data-commitment]:focus:not(:focus-visible) {
    outline-color: color-mix(in srgb, var(--_focus) 50%, transparent);
    box-shadow: none;
  }

  /* Rows: a real table, stacked into one block per commitment in narrow columns. */
  .table-box {
    max-inline-size: 100%;
  }
  ${stackedTableStyles}
  .rows th,
  .rows td {
    padding-inline: 0.5em;
  }
  .rows thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  .rows tbody th {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .rows .number {
    color: var(--_muted);
    white-space: nowrap;
  }
  .rows .status {
    font-size: 0.95em;
  }
  .area-list {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  @container (min-width: 36em) {
    /* Fixed column widths: columns do not shift as filters and "Show more" change the rows. */
    .rows {
      table-layout: fixed;
    }
    .col-number {
      inline-size: 8%;
    }
    .col-status {
      inline-size: 16%;
    }
    .col-milestones {
      inline-size: 14%;
    }
    .col-end {
      inline-size: 14%;
    }
    .col-areas {
      inline-size: 18%;
    }
    /* With a "Last report" column, the others give it room; the title keeps nearly a quarter. */
    .with-report .col-number {
      inline-size: 6%;
    }
    .with-report .col-status,
    .with-report .col-end {
      inline-size: 15%;
    }
    .with-report .col-report {
      inline-size: 16%;
    }
    .with-report .col-milestones {
      inline-size: 13%;
    }
    .with-report .col-areas {
      inline-size: 12%;
    }
    /* Seven columns: the dates and counts a little smaller, as the policy areas are, so that
       "20 January 2026" and "December 2026" keep to one line in a 1000 px page. */
    .with-report td.num {
      font-size: 0.9em;
    }
  }
  /* Seven columns need about 60em. Narrower (a host page's larger or wider font), the fixed widths
     would split words ("Substanti|al", "202|6"): there the columns size to their content instead,
     and a word is never broken inside a cell. */
  @container (min-width: 36em) and (max-width: 59.99em) {
    .rows.with-report {
      table-layout: auto;
    }
    .with-report td,
    .with-report tbody th {
      overflow-wrap: break-word;
    }
  }
  .report-cell {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  .report-cell .stale-mark {
    font-size: 0.875em;
  }
  /* A date is one unit: English dates hold no-break spaces, but a Chinese one could break before 日. */
  .report-cell .last-report {
    white-space: nowrap;
  }
  @container (max-width: 35.99em) {
    .rows tbody th,
    .rows td {
      display: grid;
      grid-template-columns: minmax(5.5em, 30%) 1fr;
      gap: 0.75em;
    }
    .rows td > *,
    .rows tbody th > * {
      min-inline-size: 0;
    }
    /* The number and the title speak for themselves: no label, full width. */
    .rows td.number,
    .rows tbody th {
      grid-template-columns: 1fr;
    }
    .rows td.number::before,
    .rows tbody th::before {
      display: none;
    }
    .rows td.number {
      padding-block-end: 0;
      font-size: 0.875em;
      font-weight: 600;
    }
    .rows tbody th {
      padding-block-start: 0;
      font-size: 1.05em;
    }
  }

  .more {
    display: flex;
    justify-content: center;
  }

  /* Downloads; its button looks like the Filters button */
  .download > summary {
    display: inline-flex;
    list-style: none;
  }
  .download > summary,
  .filters-toggle {
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    border: 0.0625em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }
  .download > summary::-webkit-details-marker {
    display: none;
  }
  .download[open] .chevron {
    transform: rotate(180deg);
  }
  .download svg.icon,
  .filters-toggle svg.icon {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .download {
    display: grid;
    justify-items: end;
  }
  .download-panel {
    display: grid;
    gap: 0.5em;
    justify-items: end;
    max-inline-size: 30em;
    padding-block: 0.5em;
    text-align: end;
  }
  .download-buttons {
    justify-content: end;
  }
  @container (max-width: 30em) {
    .top > .download {
      margin-inline-start: 0;
    }
    .download,
    .download-panel {
      justify-items: start;
      text-align: start;
    }
    .download-buttons {
      justify-content: start;
    }
  }
  .download-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @media (forced-colors: active) {
    .item,
    .filters,
    input,
    select {
      border-color: CanvasText;
    }
    .title-button {
      color: LinkText;
    }
    .download > summary,
    .filters-toggle {
      border-color: ButtonText;
    }
    .button.secondary {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  /*
   * Server-rendered HTML holds every commitment; a screen where scripts run shows one page of
   * them until the script pages the rest away (hydration keeps the DOM, nothing moves). Readers
   * without JavaScript and paper get them all.
   */
  @media screen and (scripting: enabled) {
    .beyond-page {
      display: none !important;
    }
  }
  /*
   * Where no script runs and on paper: no filters, "Filters" button, downloads or "Show more",
   * which would do nothing there (the count stays), and each summary in full. A selectable title
   * is plain text there.
   */
  @media print, (scripting: none) {
    .filters,
    .filters-toggle,
    .download,
    .more,
    [part~='clear-button'] {
      display: none !important;
    }
    .summary {
      display: block;
      -webkit-line-clamp: unset;
      line-clamp: unset;
      overflow: visible;
    }
    .title-button {
      color: inherit;
      text-decoration: none;
      cursor: auto;
    }
  }
  @media print {
    .item,
    .rows tr {
      break-inside: avoid-page;
    }
  }
  /* Loading: at least a screen, as a list of commitments will be (the page below then jumps once, if at all). */
  .skeleton {
    min-block-size: 40em;
  }
`;
