import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {DATA, TODAY} from './support/plans.js';
import {contrastReadout, tokenArgTypes, tokenStyles} from './support/contrast.js';

export default {
  title: 'Theming · 主題',
  id: 'theming',
  argTypes: tokenArgTypes(),
} satisfies Meta;

/**
 * The tokens set once on a wrapper reach every widget inside (custom properties inherit through
 * shadow roots). Change any of them in the Controls panel: each colour has a light and a dark
 * control, and the contrast of the colours you change shows under the widgets.
 */
export const CustomTokens: StoryObj = {
  name: 'Custom tokens · 自訂設計變數',
  args: {'--ogp-color-primary light': '#7a1f5c', '--ogp-color-primary dark': '#f0a6d5', '--ogp-radius': '0', '--ogp-space': '1.25em'},
  render: (args, {globals}) =>
    html`<div style=${styleMap(tokenStyles(args))}>
        <ogp-commitment-card src=${DATA.illustrative} commitment="1-1" compact today=${TODAY}></ogp-commitment-card>
        <ogp-policy-area-grid src=${DATA.illustrative} selectable selected="fiscal-openness" style="margin-block-start: 1.5em"></ogp-policy-area-grid>
        <ogp-progress-tracker src=${DATA.illustrative} selectable today=${TODAY} style="margin-block-start: 1.5em"></ogp-progress-tracker>
      </div>
      ${contrastReadout(args, String(globals?.locale ?? 'zh-TW'))}`,
};

/** The defaults, for comparison. */
export const Defaults: StoryObj = {
  name: 'Defaults · 預設值',
  args: {},
  render: CustomTokens.render,
};
