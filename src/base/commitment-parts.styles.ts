import {css} from 'lit';

/** CSS for the parts in commitment-parts.ts: status, chips, milestone progress. */
export const commitmentPartsStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding-block: 0.15em;
    padding-inline: 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 999em;
    background: var(--_surface-alt);
    font-size: 0.85em;
  }
  .chip.value {
    border-style: dashed;
  }
  .progress {
    display: grid;
    gap: 0.3em;
  }
  .bar {
    block-size: 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 999em;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_status-complete);
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
  @media (forced-colors: active) {
    .chip,
    .bar {
      border-color: CanvasText;
    }
    .bar > span {
      background: Highlight;
    }
    .status-icon {
      color: CanvasText !important;
    }
  }
`;
