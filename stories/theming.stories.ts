import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import {DATA, TODAY} from './support/plans.js';
import {readTokens} from './support/tokens.js';

const tokenArgTypes: ArgTypes = Object.fromEntries(
  readTokens().map((token) => [
    token.name,
    {
      control: token.color ? 'color' : 'text',
      description: token.description,
      table: {category: 'css custom properties', defaultValue: {summary: token.css}},
    },
  ]),
);

export default {
  title: 'Theming',
  argTypes: tokenArgTypes,
} satisfies Meta;

const tokenStyles = (args: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value)) as Record<string, string>;

/**
 * The tokens set once on a wrapper reach every widget inside (custom properties inherit through
 * shadow roots). Change any of them in the Controls panel.
 */
export const CustomTokens: StoryObj = {
  // A colour for both schemes: a single value would be too dark on the dark surface.
  args: {'--ogp-color-primary': 'light-dark(#7a1f5c, #f0a6d5)', '--ogp-radius': '0', '--ogp-space': '1.25em'},
  render: (args) =>
    html`<div style=${styleMap(tokenStyles(args))}>
      <ogp-commitment-card src=${DATA.illustrative} commitment="1-1" compact today=${TODAY}></ogp-commitment-card>
      <ogp-policy-area-grid src=${DATA.illustrative} selectable selected="fiscal-openness" style="margin-block-start: 1.5em"></ogp-policy-area-grid>
      <ogp-progress-tracker src=${DATA.illustrative} selectable today=${TODAY} style="margin-block-start: 1.5em"></ogp-progress-tracker>
    </div>`,
};

/** The defaults, for comparison. */
export const Defaults: StoryObj = {
  args: {},
  render: CustomTokens.render,
};
