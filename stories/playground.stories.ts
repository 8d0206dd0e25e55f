import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import './support/playground.js';

export default {
  title: 'Playground · 試用區',
  id: 'playground',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Paste an action plan as JSON or as CSV (cells copied from a spreadsheet in the layout of ' +
          '`docs/spreadsheets.md`), or give a URL, and see any element render it live, with the problems the ' +
          'validator finds (each with its exact path, e.g. `commitments[0].milestones[2].status`, or for CSV its row ' +
          'and column). Pasted CSV reaches the element as a page would write it, in an inline ' +
          '`<script type="text/csv">`. The valid parts always render. URLs: `plans/taiwan/action-plan.json` and `plans/examples/illustrative-plan.json` (the ' +
          'repository\'s `data/`) are served by Storybook; `mock/404`, `mock/500`, `mock/invalid-json`, `mock/html`, `mock/network`, ' +
          '`mock/invalid-data`, `mock/never` and `mock/slow` answer with each failure without a network.',
      },
    },
  },
} satisfies Meta;

/**
 * The language menu starts at the toolbar's language; the theme follows the toolbar. The tool's own
 * labels are English (`lang="en"`); the preview carries the chosen language.
 */
export const Playground: StoryObj = {
  name: 'Playground · 試用區',
  render: (_args, {globals}) =>
    html`<sb-ogp-playground lang="en" locale=${String(globals.locale ?? 'zh-TW')}></sb-ogp-playground>`,
};
