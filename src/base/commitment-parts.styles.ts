import {css} from 'lit';

/**
 * The milestone bar (milestoneBar in commitment-parts.ts), shared with the tracker: complete
 * milestones solid from the start, withdrawn ones at the end, outlined and struck through in the
 * withdrawn colour (as the withdrawn icon is), so the two differ in shape as well as colour.
 */
export const milestoneBarStyles = css`
  .milestone-bar {
    display: flex;
    block-size: 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 999em;
    background: var(--_surface-alt);
    overflow: hidden;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .milestone-bar > span {
    flex: none;
    block-size: 100%;
  }
  .milestone-bar > [data-status='complete'] {
    background: var(--_status-color);
  }
  .milestone-bar[data-withdrawn] > [data-status='complete'] {
    --_status-color: var(--_status-withdrawn);
  }
  .milestone-bar > [data-status='withdrawn'] {
    margin-inline-start: auto;
    border-inline-start: 0.125em solid var(--_status-color);
    background: linear-gradient(transparent calc(50% - 0.0625em), var(--_status-color) 0 calc(50% + 0.0625em), transparent 0)
      var(--_surface);
  }
  @media (forced-colors: active) {
    .milestone-bar {
      border-color: CanvasText;
    }
    .milestone-bar > span {
      forced-color-adjust: none;
      --_status-color: CanvasText;
      --_surface: Canvas;
    }
    .milestone-bar > [data-status='complete'] {
      background: Highlight;
    }
  }
`;

/** CSS for the parts in commitment-parts.ts: status, chips, milestone progress. */
export const commitmentPartsStyles = css`
  ${milestoneBarStyles}
  .last-report {
    margin: 0;
  }
  /* Stale: a plain outlined note, not the danger colour (no report is not an error in the data). */
  .stale-mark {
    display: inline-block;
    margin: 0;
    padding: 0.1em 0.5em;
    border: 0.0625em solid var(--_text);
    border-inline-start-width: 0.25em;
    border-radius: 0.25em;
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  /* Policy areas and OGP values: a summary list, each group's term before its tags. */
  .tags {
    display: grid;
    gap: 0.35em;
    margin: 0;
  }
  .tag-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  .tag-group > dt {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .tag-group > dd {
    margin: 0;
    min-inline-size: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Plain tags, not buttons: no outline or pill shape that asks to be pressed. */
  .chip {
    padding-block: 0.05em;
    padding-inline: 0.4em;
    border-radius: 0.2em;
    background: var(--_surface-alt);
    font-size: 0.85em;
  }
  .progress {
    display: grid;
    gap: 0.3em;
  }
  /* The mark and "2 overdue" never split; the separator before them may end the line. */
  .overdue-mark {
    color: var(--_danger);
    font-weight: 650;
    white-space: nowrap;
  }
  .overdue-icon {
    margin-inline-end: 0.2em;
  }
  /* Paper drops backgrounds (unless the reader asks for them): a thin outline keeps each tag apart. */
  @media print {
    .chip {
      outline: 0.0625em solid var(--_border);
      outline-offset: -0.0625em;
    }
  }
  @media (forced-colors: active) {
    .chip {
      /* Backgrounds are gone in forced colours: a thin outline keeps each tag apart. */
      outline: 0.0625em solid CanvasText;
    }
    .status-icon {
      color: CanvasText !important;
    }
  }
`;
