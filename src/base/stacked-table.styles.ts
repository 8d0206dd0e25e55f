import {css, type CSSResult} from 'lit';
import {visuallyHidden} from './styles.js';

/**
 * A data table (full width, cells at the top and start, a hairline under each row, muted column
 * heads) that stacks in narrow columns (below 36em): one bordered block per row, each cell
 * labelled with its column head, taken from the cell's `data-label` and shown by `::before`
 * (hidden from screen readers, which keep the table's own heads: give the table and its parts
 * their ARIA roles, since `display: block` takes the table semantics away in some browsers).
 * `table` is the table's selector, e.g. css`.rows`. The list's rows and the tracker's policy
 * areas use it; an element adds its cells' inline padding and their layout when stacked.
 */
export const stackedTable = (table: CSSResult): CSSResult => css`
  ${table} {
    inline-size: 100%;
    border-collapse: collapse;
  }
  ${table} th,
  ${table} td {
    padding-block: 0.55em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  ${table} thead th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @container (max-width: 35.99em) {
    ${table},
    ${table} tbody,
    ${table} tr,
    ${table} th,
    ${table} td {
      display: block;
    }
    ${table} thead {
      ${visuallyHidden}
    }
    ${table} tbody {
      display: grid;
      gap: 0.75em;
    }
    ${table} tr {
      padding: 0.5em 0.75em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
    }
    ${table} tbody th,
    ${table} tbody td {
      padding: 0.3em 0;
      border: 0;
    }
    ${table} td::before {
      display: block;
    }
    ${table} [data-label]::before {
      content: attr(data-label) / '';
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    ${table} tr {
      border-color: CanvasText;
    }
  }
  @media print {
    ${table} tr {
      break-inside: avoid-page;
    }
  }
`;
