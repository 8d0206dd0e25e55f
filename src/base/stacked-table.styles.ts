import {css} from 'lit';
import {visuallyHidden} from './styles.js';

/**
 * A data table (full width, cells at the top and start, a hairline under each row, muted column
 * heads) that stacks in narrow columns (below 36em): one bordered block per row, each cell
 * labelled with its column head, taken from the cell's `data-label` and shown by `::before`
 * (hidden from screen readers, which keep the table's own heads: give the table and its parts
 * their ARIA roles, since `display: block` takes the table semantics away in some browsers).
 * Give the table the class `stacked`. The list's rows and the tracker's policy areas use it;
 * an element adds its cells' inline padding and their layout when stacked, and interpolates this
 * sheet where its own rules should override it.
 */
export const stackedTableStyles = css`
  .stacked {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .stacked th,
  .stacked td {
    padding-block: 0.55em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .stacked thead th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @container (max-width: 35.99em) {
    .stacked,
    .stacked tbody,
    .stacked tr,
    .stacked th,
    .stacked td {
      display: block;
    }
    .stacked thead {
      ${visuallyHidden}
    }
    .stacked tbody {
      display: grid;
      gap: 0.75em;
    }
    .stacked tr {
      padding: 0.5em 0.75em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
    }
    .stacked tbody th,
    .stacked tbody td {
      padding: 0.3em 0;
      border: 0;
    }
    .stacked td::before {
      display: block;
    }
    .stacked [data-label]::before {
      content: attr(data-label) / '';
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    .stacked tr {
      border-color: CanvasText;
    }
  }
  @media print {
    .stacked tr {
      break-inside: avoid-page;
    }
  }
`;
