/**
 * What a selectable item looks like, the same in every widget (the grid's tiles, the tracker's
 * legend entries): a toggle button with `class="selectable"` and `aria-pressed`, holding
 * `selectionCue()`, a checkbox-style box that is empty until the item is selected and then ticked.
 * Selected items also get a primary border and a light primary tint. Keyboard focus is the focus
 * ring of styles.ts, which looks nothing like this. Include `selectableStyles` after the element's
 * own styles, so that the shared look wins over the element's rules of the same weight.
 */
import {css, html, type TemplateResult} from 'lit';

/** The checkbox-style box (decorative: `aria-pressed` tells assistive technology). */
export function selectionCue(): TemplateResult {
  // The tick is lucide's `check`, as the area icons are; closed with an end tag, not `/>` (the
  // HTML minifier may drop a self-closing slash), and no text between the tags (buttons' names).
  return html`<span class="cue" aria-hidden="true"
    ><svg class="cue-tick" viewBox="0 0 24 24" focusable="false"
      ><path
        d="M20 6 9 17l-5-5"
        fill="none"
        stroke="currentColor"
        stroke-width="3.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      ></path></svg
  ></span>`;
}

export const selectableStyles = css`
  .selectable {
    cursor: pointer;
  }
  .cue {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    /* The box's edge in the text colour: a control's boundary needs 3:1 against the surface. */
    border: 0.125em solid var(--_text);
    border-radius: 0.2em;
    background: var(--_surface);
    color: var(--_on-primary);
  }
  .cue-tick {
    inline-size: 100%;
    block-size: 100%;
    visibility: hidden;
  }
  @media screen and (hover: hover) {
    .selectable:hover {
      background: var(--_surface-alt);
    }
  }
  .selectable[aria-pressed='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 0.125em var(--_primary);
    background: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
    color: var(--_text);
  }
  /* Focused and selected: the focus ring's dark inner ring beside the selection's inner border. */
  .selectable[aria-pressed='true']:focus-visible {
    box-shadow: inset 0 0 0 0.125em var(--_primary), var(--_focus-ring);
  }
  [aria-pressed='true'] .cue {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  [aria-pressed='true'] .cue-tick {
    visibility: visible;
  }
  @media (forced-colors: active) {
    /* Shadows are gone in forced colours: a thicker border in their place. */
    .selectable[aria-pressed='true'] {
      border: 0.1875em solid Highlight;
    }
    .cue {
      border-color: ButtonText;
    }
    [aria-pressed='true'] .cue {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
