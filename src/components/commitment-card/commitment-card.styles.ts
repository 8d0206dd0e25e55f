import {css} from 'lit';

export const commitmentCardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.9);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: grid;
    gap: 0.35em;
  }
  /* The stale mark is a tag as wide as its words, not a bar across the card. */
  .header > .stale-mark {
    justify-self: start;
  }
  .number {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .title {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  .inline-list,
  .milestones,
  .assessments,
  .reports,
  .evidence,
  .links {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .text.collapsed {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .long-text,
  .section {
    display: grid;
    gap: 0.4em;
    justify-items: start;
  }
  .section > *,
  .long-text > p {
    justify-self: stretch;
  }
  .subheading {
    font-size: 1em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.6em var(--_space);
    margin: 0;
  }
  .facts dt,
  .assessment-facts dt,
  .report-facts dt,
  .milestone-evidence dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd,
  .assessment-facts dd,
  .report-facts dd,
  .milestone-evidence dd {
    margin: 0;
  }
  .overdue {
    color: var(--_danger);
    font-weight: 650;
    white-space: nowrap;
  }
  .milestone {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.15em 0.75em;
    padding-block: 0.5em;
    border-block-start: 0.0625em solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .milestone-status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .milestone-date {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .milestone-evidence {
    margin: 0;
    font-size: 0.875em;
  }
  .milestone-evidence dt {
    font-size: 1em;
  }
  /*
   * Progress reports: a timeline, newest first, each report a block with a rule at its start
   * edge. Reports by others than the government (independent, civil society) sit on the inner
   * panel's background with a dashed rule, and say who they are in words.
   */
  .reports {
    display: grid;
    gap: 0.75em;
  }
  .reports[hidden] {
    display: none;
  }
  .history > .link-button {
    justify-self: start;
  }
  .report {
    display: grid;
    gap: 0.3em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_border);
  }
  .report:not([data-kind='self']) {
    padding: 0.5em 0.75em;
    border-inline-start-style: dashed;
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface-alt);
  }
  .report-when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .report-date {
    font-weight: 650;
  }
  .report-when .muted,
  .report-by {
    font-size: 0.875em;
  }
  .report-kind {
    font-weight: 650;
  }
  .report-status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .report-facts {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  /* Bulleted, so the note after the challenges reads as prose, not as one more challenge. */
  .challenges {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .report-facts .note {
    margin-block-start: 0.2em;
  }
  .assessments {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
  }
  .assessment {
    display: grid;
    align-content: start;
    gap: 0.35em;
    padding: 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .assessment-kind {
    font-weight: 650;
  }
  .assessment-facts {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .links,
  .evidence {
    display: grid;
    gap: 0.3em;
  }
  .links a,
  .evidence a {
    display: inline-block;
    min-block-size: 1.5em;
  }
  /* The card is a bordered box on a panel without padding: the "As of" line after it keeps off the panel's edge. */
  .as-of {
    padding-inline: var(--_space);
    padding-block-end: 0.25em;
  }
  .compact.card {
    gap: 0.5em;
    padding: calc(var(--_space) * 0.75);
  }
  .compact .title {
    font-size: 1.05em;
  }
  /*
   * Loading: a box of about a short card's height (a long one grows from here), so the text
   * after the card moves little when it arrives (test/node/layout-shift.test.mjs).
   */
  .skeleton {
    min-block-size: 17em;
  }
  :host([compact]) .skeleton {
    min-block-size: 10em;
  }
  .skeleton > .sk-status {
    inline-size: 35%;
  }
  .skeleton > .sk-chips {
    display: flex;
    gap: 0.4em;
    background: none;
    animation: none;
  }
  .sk-chips > span {
    inline-size: 7em;
    border-radius: 999em;
    background: var(--_skeleton);
    animation: ogp-shimmer 1.4s ease-in-out infinite;
  }
  @container (min-width: 36em) {
    .skeleton {
      min-block-size: 11em;
    }
    :host([compact]) .skeleton {
      min-block-size: 9em;
    }
    .milestone {
      grid-template-columns: 9em 1fr auto;
      align-items: baseline;
    }
    .milestone-evidence {
      grid-column: 2 / -1;
    }
    .title {
      font-size: 1.4em;
    }
  }
  @media (forced-colors: active) {
    .card,
    .assessment,
    .report {
      border-color: CanvasText;
    }
    .sk-chips > span {
      background: GrayText;
    }
  }
  /*
   * Where no script runs (server-rendered HTML read without JavaScript) and on paper, nothing waits
   * behind a toggle: long texts in full and the earlier progress reports shown. The DOM is the one
   * a screen gets (collapsed texts, the reports \`hidden\`, the toggles hidden by the base styles),
   * so the browser's hydration keeps it.
   */
  @media print, (scripting: none) {
    .text.collapsed {
      display: block;
      -webkit-line-clamp: unset;
      line-clamp: unset;
      overflow: visible;
    }
    .reports.earlier[hidden] {
      display: grid;
    }
  }
  /* A card is not split across pages where it fits on one; nor is a milestone, report or assessment. */
  @media print {
    .card,
    .milestone,
    .report,
    .assessment {
      break-inside: avoid-page;
    }
  }
`;
