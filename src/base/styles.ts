import {css} from 'lit';

/**
 * Design tokens in two tiers. Public `--ogp-*` custom properties are what host pages set; every
 * component reads only the private `--_*` ones derived here, so a page that sets just
 * `--ogp-color-primary` and `--ogp-radius` gets a consistent widget. Each default is a
 * `light-dark()` pair: the page's `prefers-color-scheme` picks one, and the `theme` attribute
 * (`light` or `dark`) overrides it. Every pair passes WCAG AA (see DESIGN.md).
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_primary: var(--ogp-color-primary, light-dark(#0b5cad, #7cb7ff));
    --_on-primary: var(--ogp-color-on-primary, light-dark(#ffffff, #111827));
    --_text: var(--ogp-color-text, light-dark(#1f2933, #e5e7eb));
    --_muted: var(--ogp-color-muted, light-dark(#52606d, #9ca3af));
    --_surface: var(--ogp-color-surface, light-dark(#ffffff, #111827));
    --_surface-alt: var(--ogp-color-surface-alt, light-dark(#f3f5f7, #1f2937));
    --_border: var(--ogp-color-border, light-dark(#7b8794, #6b7280));
    --_danger: var(--ogp-color-danger, light-dark(#b91c1c, #f87171));
    --_status-not-started: var(--ogp-status-not-started, light-dark(#5b6472, #9aa4b2));
    --_status-limited: var(--ogp-status-limited, light-dark(#b45309, #fbbf24));
    --_status-substantial: var(--ogp-status-substantial, light-dark(#1d4ed8, #60a5fa));
    --_status-complete: var(--ogp-status-complete, light-dark(#15803d, #4ade80));
    --_status-withdrawn: var(--ogp-status-withdrawn, light-dark(#6b5d52, #b5a89c));
    --_status-in-progress: var(--ogp-status-in-progress, var(--_status-substantial));
    --_font: var(--ogp-font-family, inherit);
    --_radius: var(--ogp-radius, 0.5em);
    --_space: var(--ogp-space, 1em);
    --_skeleton: color-mix(in srgb, var(--_text) 12%, var(--_surface));
    /*
     * Keyboard focus, in the GOV.UK manner: a ring in the focus colour (yellow) around a dark inner
     * ring, the same in light and dark (the dark ring shows on light surfaces, the yellow on dark
     * ones); nothing like the selection (a primary border and a ticked box).
     */
    --_focus: var(--ogp-color-focus, #ffdd00);
    --_focus-ring: 0 0 0 0.125em #0b0c0c;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Paper is white: printed widgets take their light colours, whatever the theme. */
  @media print {
    :host,
    :host([theme='light']),
    :host([theme='dark']) {
      color-scheme: light;
    }
  }
`;

/**
 * The host box: isolated from the page's inherited text styles, sized in `em` from its own font
 * size (never the page's `rem`), and a size container so layouts follow the column it sits in.
 */
/**
 * Inherited text styles, back to neutral: set at the widget's edge so a page's do not flow in.
 * `overflow-wrap: anywhere`, not `break-word`: it also lets a column shrink below a long word, so
 * an address, a code or an agency name wraps at 320 px instead of widening its box (WCAG 1.4.10,
 * test/reflow.test.ts).
 */
const textReset = css`
  font-family: var(--_font);
  font-style: normal;
  font-variant: normal;
  font-weight: normal;
  font-stretch: normal;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  white-space: normal;
  overflow-wrap: anywhere;
  hyphens: manual;
  tab-size: 8;
  cursor: auto;
`;

/** Hidden from sight, not from screen readers; also used inside container queries (table heads). */
/**
 * For elements whose content is an open layout (the grid, the list, the dashboard), not a bordered
 * box of its own as the card and the tracker are: padding, so no text touches the panel's edge.
 */
export const paddedPanel = css`
  .root {
    padding: var(--_space);
  }
`;

export const visuallyHidden = css`
  position: absolute !important;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const host = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    font-size: var(--ogp-font-size, 1em);
    ${textReset}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * The same text resets again on the widget's wrapper: a page rule that matches our host element
   * (* { letter-spacing: .3em !important }, * { all: revert !important }) beats :host, and
   * inherited properties would carry it inside. Font size is the exception: widgets are sized in em
   * from the text around them on purpose (set --ogp-font-size to choose). The wrapper is the size
   * container too, in case such a rule takes the host's container-type or display away.
   */
  .root {
    container-type: inline-size;
    ${textReset}
  }
  :lang(zh) {
    line-height: 1.7;
  }
  /*
   * The widget is a panel: its own surface, since its text colours are chosen for it, not for the
   * page's background. Each element's content keeps its text off the panel's edge (padding or a
   * bordered box of its own; test/panel.test.ts).
   */
  .root {
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    font: inherit;
    font-weight: 650;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  /* The dark inner ring (a shadow) fills the outline's offset, so the two read as one double ring. */
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
    box-shadow: var(--_focus-ring);
  }
  /* Forced colours drop the shadow and recolour the ring: the text colour, not the selection's Highlight. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: CanvasText;
    }
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding-block: 0.4em;
    padding-inline: 1em;
    border: 0.0625em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .link-button {
    padding: 0.25em 0;
    min-block-size: 1.5em;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  .muted {
    color: var(--_muted);
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  /* Each status sets --_status-color; icons and bar segments read it. */
  .status-icon {
    color: var(--_status-color, currentColor);
  }
  [data-status='not-started'] {
    --_status-color: var(--_status-not-started);
  }
  [data-status='limited'] {
    --_status-color: var(--_status-limited);
  }
  [data-status='in-progress'] {
    --_status-color: var(--_status-in-progress);
  }
  [data-status='substantial'] {
    --_status-color: var(--_status-substantial);
  }
  [data-status='complete'] {
    --_status-color: var(--_status-complete);
  }
  [data-status='withdrawn'] {
    --_status-color: var(--_status-withdrawn);
  }
  /* An independent reviewer found nothing to assess: not a step on the scale, so no colour of its own. */
  [data-status='no-evidence-available'] {
    --_status-color: var(--_muted);
  }
  svg.icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    vertical-align: -0.2em;
  }
  /*
   * On paper a link cannot be followed: its address is written out after its text (wrapping
   * anywhere on narrow paper, as all text does), and "(opens in a new tab)" means nothing there.
   * Headings stay with what follows them.
   */
  @media print {
    a[href^='http:']::after,
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      color: var(--_text);
      font-weight: normal;
      overflow-wrap: anywhere;
    }
    a .visually-hidden {
      display: none;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
  }
`;

/** Loading, empty, error and problem notices: the same in every widget. */
export const states = css`
  /* A bordered box of about the loaded widget's size (each element sets its min-block-size). */
  .skeleton {
    display: grid;
    align-content: start;
    gap: 0.75em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton > span {
    display: block;
    block-size: 1em;
    border-radius: 0.25em;
    background: var(--_skeleton);
    animation: ogp-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton > .sk-title {
    block-size: 1.6em;
    inline-size: 70%;
  }
  .skeleton > .sk-short {
    inline-size: 45%;
  }
  @keyframes ogp-shimmer {
    50% {
      opacity: 0.45;
    }
  }
  .notice {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.35em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice .notice-title {
    font-size: 1em;
    font-weight: 650;
  }
  /* A draft or adopted plan: why no progress is shown (calm, not an error). */
  .stage-notice {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.25em solid var(--_primary);
    border-radius: 0.25em;
    background: var(--_surface-alt);
  }
  /* Problems in partly valid data, for readers: one quiet line at the end. */
  .problems-note {
    margin-block-start: 0.75em;
    font-size: 0.875em;
  }
  /* "As of 3 December 2026" at the end of a server-rendered widget: one quiet line. */
  .as-of {
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }
  .notice .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .problems {
    margin-block-end: 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    font-size: 0.9em;
  }
  details > summary {
    cursor: pointer;
    color: var(--_primary);
    min-block-size: 1.5em;
  }
  .technical {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .technical code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .root,
    .notice,
    .skeleton,
    .stage-notice {
      border: 1px solid CanvasText;
    }
    .skeleton > span {
      background: GrayText;
    }
    .button {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    .skeleton > span {
      animation: none;
    }
  }
  /*
   * Controls that need a script (filters, sorting, downloads, "Show more", retry) are hidden where
   * no script runs and on paper, rather than shown broken. Hidden, not left out: the DOM a server
   * rendered stays the one the browser hydrates. Mark such a control \`script-only\` (buttons styled
   * \`button\` or \`link-button\` are such controls already).
   */
  @media print, (scripting: none) {
    .script-only,
    .actions,
    .button,
    .link-button {
      display: none !important;
    }
  }
`;
