import {css} from 'lit';

export const policyAreaGridStyles = css`
  .areas {
    display: grid;
    gap: 0.75em;
  }
  .heading {
    font-size: 1.25em;
  }
  /* One column in a narrow column, then 2, 3, and 4 or more as the container widens. */
  .grid-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 30em) {
    .grid-layout {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 48em) {
    .grid-layout {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 70em) {
    .grid-layout {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }

  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    min-inline-size: 0;
    margin: 0;
    padding: 0.9em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    line-height: inherit;
  }
  button.tile {
    inline-size: 100%;
    -webkit-appearance: none;
    appearance: none;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .badge {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_primary) 14%, var(--_surface));
    color: var(--_primary);
  }
  .area-icon {
    display: block;
    inline-size: 1.4em;
    block-size: 1.4em;
  }
  .titles {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    /* Room for a name before it wraps below the icon in narrow tiles. */
    flex: 1 1 9em;
    min-inline-size: 0;
  }
  .name {
    font-size: 1.05em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Plain tags like the commitments' chips: no pill border, nothing that looks pressable inside a tile that may be a button. */
  .topic {
    padding-block: 0.05em;
    padding-inline: 0.4em;
    border-radius: 0.2em;
    background: var(--_surface-alt);
    font-size: 0.8em;
    line-height: 1.5;
  }

  /* No commitments: quieter, but the same readable (AA) text tokens. (Not dashed: a dashed line
     means "no data", and an area without commitments is data.) */
  .tile[data-empty] {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .tile[data-empty] .badge {
    background: var(--_surface);
    color: var(--_muted);
  }
  .tile[data-empty] .name {
    font-weight: 600;
  }
  .tile[data-empty] .topic {
    background: var(--_surface);
  }

  /* Selectable tiles: toggle buttons, with the shared selection look (base/selectable.ts); the
     checkbox-style box sits in the tile's top corner, with room kept for it beside the head. */
  button.tile > .head {
    padding-inline-end: 1.75em;
  }
  button.tile > .cue {
    position: absolute;
    inset-block-start: 0.9em;
    inset-inline-end: 1em;
  }

  /*
   * Phones: a compact list, one row per area: a smaller icon, the name with its count beside it
   * (below it when they do not fit), the topics under the name. After the tiles' own rules, which
   * it overrides.
   */
  @container (max-width: 29.99em) {
    .grid-layout {
      gap: 0.5em;
    }
    .tile {
      gap: 0.35em;
      padding-block: 0.5em;
      padding-inline: 0.75em;
    }
    .head {
      gap: 0.25em 0.6em;
    }
    .badge {
      inline-size: 2em;
      block-size: 2em;
    }
    .area-icon {
      inline-size: 1.15em;
      block-size: 1.15em;
    }
    .titles {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.75em;
    }
    .name {
      font-size: 1em;
    }
    .topics {
      padding-inline-start: 2.6em;
    }
  }

  /* Loading placeholders of about a tile's size. */
  .skeleton .sk-grid > .sk-tile {
    display: grid;
    grid-template-columns: 2.5em 1fr;
    align-content: start;
    gap: 0.5em 0.75em;
    min-block-size: 5.5em;
    padding: 0.9em 1em;
    border: 0.0625em solid var(--_skeleton);
    border-radius: var(--_radius);
  }
  .sk-tile > span {
    display: block;
    border-radius: 0.25em;
    background: var(--_skeleton);
    animation: ogp-shimmer 1.4s ease-in-out infinite;
  }
  .sk-tile > .sk-badge {
    grid-row: span 2;
    block-size: 2.5em;
    border-radius: 50%;
  }
  .sk-tile > .sk-line {
    block-size: 0.9em;
  }
  .sk-tile > .sk-name {
    inline-size: 75%;
    align-self: end;
  }
  .sk-tile > .sk-count {
    inline-size: 45%;
  }
  .sk-tile > .sk-topics {
    grid-column: 1 / -1;
    inline-size: 60%;
  }

  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .topic {
      /* Backgrounds are gone in forced colours: a thin outline keeps each tag apart. */
      outline: 0.0625em solid CanvasText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .sk-tile > span {
      background: GrayText;
    }
  }
  /*
   * Without a script (and on paper) a tile cannot be chosen: selectable tiles look like the plain
   * ones (no checkbox, no selection). Styled, not left out, so the server's DOM is the one the
   * browser hydrates.
   */
  @media print, (scripting: none) {
    button.tile.selectable,
    button.tile.selectable:hover,
    button.tile.selectable[aria-pressed='true'] {
      border-color: var(--_border);
      box-shadow: none;
      background: var(--_surface);
      color: var(--_text);
      cursor: default;
    }
    button.tile.selectable[data-empty] {
      background: var(--_surface-alt);
      color: var(--_muted);
    }
    button.tile > .cue {
      display: none;
    }
    button.tile > .head {
      padding-inline-end: 0;
    }
  }
  @media print {
    /* Paper is light, whatever the theme. */
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    .heading {
      break-after: avoid;
    }
    /*
     * In the flow, not positioned (the position only placed the checkbox, hidden here): Chromium
     * writes a PDF's text in paint order, where positioned boxes come after everything else, and a
     * report read aloud or copied from the PDF would have the areas after the commitments.
     */
    .tile {
      position: static;
      break-inside: avoid;
      box-shadow: none;
    }
    .sk-tile > span {
      animation: none;
    }
  }
`;
