import {css} from 'lit';

export const actionPlanStyles = css`
  /* The grid and the list inside sit on the dashboard's panel, not on padded panels of their own. */
  .dashboard > *::part(base) {
    padding: 0;
  }
  .dashboard {
    display: grid;
    gap: calc(var(--_space) * 1.75);
  }
  .header {
    display: grid;
    gap: 0.4em;
    padding-block-end: var(--_space);
    border-block-end: 0.0625em solid var(--_border);
  }
  .government {
    color: var(--_muted);
    font-weight: 600;
  }
  .title {
    font-size: 1.6em;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
    margin: 0;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta dd {
    margin: 0;
  }
  .skeleton > .sk-block {
    block-size: 8em;
  }
  /* Loading: at least a screen, as the dashboard will be, so the page below does not jump twice. */
  .skeleton {
    min-block-size: 40em;
  }
  dialog {
    inline-size: min(48em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.75em;
  }
  @container (min-width: 60em) {
    .title {
      font-size: 2em;
    }
  }
  /* Every commitment's full card (drawn only when everything is shown: server HTML, printing). */
  .cards {
    display: grid;
    gap: var(--_space);
  }
  .cards-heading {
    font-size: 1.35em;
  }
  /* Each card's title one step below the section's heading, as its heading level is. */
  .cards > ogp-commitment-card::part(title) {
    font-size: 1.15em;
  }
  /* "As of <date>" under the last section, not against it. */
  .as-of {
    margin-block-start: 0.75em;
  }
  /*
   * On a screen where scripts run, the list (with its filters and the dialog for one card) stands
   * for the commitments: the cards a server or a print drew stay hidden, so nothing moves when the
   * widget takes over. On paper and without scripts the cards stand in the list's place: they say
   * everything a row says and more, and the list's titles open a dialog only a script can.
   */
  @media screen and (scripting: enabled) {
    .cards {
      display: none;
    }
  }
  @media print, (scripting: none) {
    dialog,
    ogp-commitment-list {
      display: none;
    }
  }
  @media print {
    /*
     * Paper is light, whatever the theme. The elements inside get the dashboard's theme; from
     * here, their hosts' colour scheme wins over their own.
     */
    :host,
    :host([theme]),
    ogp-progress-tracker,
    ogp-policy-area-grid,
    ogp-commitment-list,
    ogp-commitment-card {
      color-scheme: light;
    }
    .dashboard {
      gap: calc(var(--_space) * 1.25);
    }
    .header {
      break-inside: avoid;
      break-after: avoid;
    }
    .cards-heading {
      break-after: avoid;
    }
    /*
     * A card that fits on a page is not split. Chromium does not keep a grid's items whole, so the
     * cards stack as blocks here.
     */
    .cards {
      display: block;
    }
    .cards > * + * {
      margin-block-start: var(--_space);
    }
    .cards > ogp-commitment-card {
      break-inside: avoid-page;
    }
    /* On paper a link's address is written out after its text. */
    .header a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
