/**
 * The stories every element shares, so each element's file lists its states in a few lines:
 * `elementMeta(tag)` for the default export, and `states(…)` for loading, no data, empty, every
 * error kind, problems in the data, the two bundled plans, long texts, one commitment and a
 * hundred, and heading levels.
 */
import {html} from 'lit';
import type {ArgTypes, Decorator, Meta, StoryObj} from '@storybook/web-components-vite';
import {manifest} from './manifest.js';
import {MOCK} from './mock-fetch.js';
import {DATA, TODAY, emptyPlan, generatedPlan, longTextPlan, problemPlan} from './plans.js';
import {renderElement, type Args} from './render.js';
import {readTokens} from './tokens.js';

export type Story = StoryObj<Args>;

/**
 * Story files tag the loading stories `tags: ['loading']` (a literal: Storybook's indexer reads
 * tags statically); the a11y test reads them from index.json and expects those to stay busy.
 */

function declarationOf(tag: string): Record<string, any> {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  throw new Error(`${tag} is not in custom-elements.json: run npm run analyze`);
}

/** `'cards' | 'rows'` → ['cards', 'rows']; anything else → undefined. */
function literals(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** Controls for an element, from its manifest entry: attributes, properties and every token. */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const text: string = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
    const options = literals(text);
    argTypes[attribute.name] = options
      ? {control: 'select', options: ['', ...options], type: {name: 'string'}}
      : text === 'boolean'
        ? {control: 'boolean', type: {name: 'boolean'}}
        : text === 'number'
          ? {control: 'number', type: {name: 'number'}}
          : {control: 'text', type: {name: 'string'}};
  }
  argTypes['heading-level'] = {...argTypes['heading-level'], control: 'select', options: [1, 2, 3, 4, 5, 6]};
  // The toolbar sets these on every element in the story.
  argTypes.theme = {...argTypes.theme, control: false};
  argTypes.lang = {...argTypes.lang, control: false};
  argTypes.plan = {control: 'object'};
  argTypes.transform = {control: false};
  for (const token of readTokens()) {
    argTypes[token.name] = {
      control: token.color ? 'color' : 'text',
      table: {category: 'css custom properties', defaultValue: {summary: token.css}},
    };
  }
  return argTypes;
}

export interface ElementMetaOptions {
  /** Args every story of the element starts from (the plan, a commitment id…). */
  args?: Args;
  argTypes?: ArgTypes;
  /** Markdown for the docs page, after the element's JSDoc description. */
  description?: string;
}

/**
 * The default export of an element's story file, less what Storybook's indexer reads statically
 * (which must be written in the file itself):
 * `export default {title: 'Elements/…', tags: ['autodocs'], ...elementMeta(tag, {…})} satisfies Meta<Args>;`
 */
export function elementMeta(tag: string, options: ElementMetaOptions): Meta<Args> {
  const declaration = declarationOf(tag);
  const hasToday = (declaration.attributes ?? []).some((attribute: {name: string}) => attribute.name === 'today');
  // The element's JSDoc description (from the manifest), then what the stories add.
  const description = [declaration.description, options.description].filter(Boolean).join('\n\n');
  return {
    component: tag,
    render: (args) => renderElement(tag, args),
    args: {...(hasToday ? {today: TODAY} : {}), ...options.args},
    argTypes: {...argTypesFor(tag), ...options.argTypes},
    parameters: {docs: {description: {component: description}}},
  };
}

/** A page around the widget with an h1 and an h2, so a widget at heading level 3 fits the outline. */
export const inPageOutline: Decorator = (story, {globals}) => {
  const zh = globals.locale === 'zh-TW';
  return html`<h1 class="sb-page-heading">${zh ? '某機關的網頁' : 'An agency page'}</h1>
    <h2 class="sb-page-heading">${zh ? '我們的開放政府承諾' : 'Our open government commitments'}</h2>
    ${story()}`;
};

/** Extra args per loaded story (a commitment id that exists in that plan, say). */
export interface LoadedArgs {
  taiwan?: Args;
  illustrative?: Args;
  problems?: Args;
  longTexts?: Args;
  one?: Args;
  hundred?: Args;
}

/**
 * One element's state stories, to re-export by name (`export const Loading: Story = {...s.loading,
 * tags: ['loading']}`).
 */
export function states(loaded: LoadedArgs = {}) {
  const story = (args: Args, more: Partial<Story> = {}): Story => ({args, ...more});
  return {
    /** The skeleton, forever: the request never answers. */
    loading: story({src: MOCK.never, plan: undefined}),
    /** No `src`, no inline JSON, no `plan`. */
    noData: story({src: undefined, plan: undefined}),
    /** A valid plan with no commitments and no policy areas. */
    empty: story({src: undefined, plan: emptyPlan()}),
    http404: story({src: MOCK.http404, plan: undefined}),
    http500: story({src: MOCK.http500, plan: undefined}),
    invalidJson: story({src: MOCK.invalidJson, plan: undefined}),
    html: story({src: MOCK.html, plan: undefined}),
    /** `timeout=300` and a request that never answers. */
    timeout: story({src: MOCK.timeout, timeout: 300, plan: undefined}),
    network: story({src: MOCK.network, plan: undefined}),
    /** JSON that is not an action plan. */
    invalidData: story({src: MOCK.invalidData, plan: undefined}),
    /** The illustrative plan with a few bad fields: the valid parts and a summary of the problems. */
    problems: story({src: undefined, plan: problemPlan(), ...loaded.problems}),
    /** Taiwan's 2019 draft, from data/ (served by Storybook), as an agency page would load it. */
    taiwan: story({src: DATA.taiwan, plan: undefined, ...loaded.taiwan}),
    /** The illustrative plan that uses every field. */
    illustrative: story({src: DATA.illustrative, plan: undefined, ...loaded.illustrative}),
    longTexts: story({src: undefined, plan: longTextPlan(), ...loaded.longTexts}),
    oneCommitment: story({src: undefined, plan: generatedPlan(1), ...loaded.one}),
    hundredCommitments: story({src: undefined, plan: generatedPlan(100), ...loaded.hundred}),
    /** Inside a page whose outline already has an h1 and an h2. */
    headingLevel: story({src: DATA.illustrative, plan: undefined, 'heading-level': 3, ...loaded.illustrative}, {
      decorators: [inPageOutline],
    }),
  };
}
