import {css} from 'lit';

/** CSS for the parts in commitment-parts.ts: status, chips, milestone progress. */
export const commitmentPartsStyles = css`
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
  .overdue-count {
    color: var(--_danger);
    font-weight: 650;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .chip {
      /* Backgrounds are gone in forced colours: a thin outline keeps each tag apart. */
      outline: 0.0625em solid CanvasText;
    }
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
