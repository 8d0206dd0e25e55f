import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {DATA, TODAY} from './support/plans.js';

export default {
  title: 'Accessibility · 無障礙/Forced colours · 強制色彩',
  id: 'accessibility-forced-colours',
  parameters: {
    docs: {
      description: {
        component: `Windows high-contrast mode (\`forced-colors: active\`) replaces every colour with the user's system
colours. Storybook cannot switch it on inside its frame; to see it here, open Chrome DevTools → ⋮ → More tools →
**Rendering** → *Emulate CSS media feature forced-colors* → \`active\` (Edge on Windows: Settings → Accessibility →
Contrast themes). Check that every status still has its label and its own shape, the progress bars and the selected
tile stay visible (borders, not fills), and focus rings show.

The a11y test (\`scripts/storybook-a11y.mjs\`) opens this story with forced colours emulated, runs axe-core on it and
saves screenshots to \`test-results/storybook/\`.`,
      },
    },
  },
} satisfies Meta;

/** Every element on the illustrative plan, for a high-contrast review in one place. */
export const Gallery: StoryObj = {
  name: 'Every element · 所有元件',
  render: () =>
    html`<ogp-commitment-card src=${DATA.illustrative} commitment="1-1" today=${TODAY}></ogp-commitment-card>
      <ogp-commitment-card src=${DATA.illustrative} commitment="4" compact today=${TODAY}></ogp-commitment-card>
      <ogp-policy-area-grid src=${DATA.illustrative} selectable selected="fiscal-openness"></ogp-policy-area-grid>
      <ogp-progress-tracker src=${DATA.illustrative} selectable today=${TODAY}></ogp-progress-tracker>
      <ogp-commitment-list src=${DATA.illustrative} layout="rows" page-size="4" today=${TODAY}></ogp-commitment-list>
      <ogp-commitment-card src="mock/404" commitment="1-1"></ogp-commitment-card>`,
};
