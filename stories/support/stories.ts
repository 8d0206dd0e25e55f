/**
 * The stories every element shares, so each element's file lists its states in a few lines:
 * `elementMeta(tag)` for the default export, and `states(tag, …)` for loading, no data, empty,
 * the errors (one story, a control chooses the failure), the two bundled plans, long texts, one
 * commitment and a hundred, and heading levels.
 */
import {html, type TemplateResult} from 'lit';
import type {ArgTypes, Decorator, Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {contrastReadout, tokenArgTypes, withTokenStyles} from './contrast.js';
import {manifest, partsOf} from './manifest.js';
import {MOCK} from './mock-fetch.js';
import {DATA, TODAY, emptyPlan, generatedPlan, illustrativePlan, longTextPlan, problemPlan, taiwanPlan} from './plans.js';
import {renderElement, type Args} from './render.js';

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

type Json = Record<string, any>;

/** `Publish the national budget as open data` → `Publish the national budget as…` */
const shorten = (text: string, length = 44): string => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/**
 * A select of the plan's commitment ids, each labelled with its title (`1-1 · Publish the…`); a
 * story's id that the plan lacks (to show the "unknown commitment" message) is offered too.
 */
export function commitmentArgType(plan: Json, current?: unknown): ArgTypes[string] {
  // An array for the order: an object's integer-like keys ('2', '3') would come before '1-1'.
  const options: string[] = [''];
  const labels: Record<string, string> = {'': '(none · 未指定)'};
  for (const commitment of plan.commitments as Json[]) {
    const title = commitment.title?.en ?? commitment.title?.['zh-TW'] ?? commitment.title ?? '';
    options.push(commitment.id);
    labels[commitment.id] = `${commitment.id} · ${shorten(String(title))}`;
  }
  if (typeof current === 'string' && current && !options.includes(current)) {
    options.push(current);
    labels[current] = `${current} (not in this plan · 不在此方案中)`;
  }
  return {control: {type: 'select', labels}, options, description: 'Id of the commitment, from the plan the story shows.'};
}

/** Does the element have a `commitment` attribute (the card, the tracker)? */
const hasCommitment = (tag: string): boolean =>
  (declarationOf(tag).attributes ?? []).some((attribute: {name: string}) => attribute.name === 'commitment');

/**
 * Controls for an element, from its manifest entry: attributes (with a select of the plan's
 * commitments), every token (colours as light and dark pairs). What no control can usefully edit
 * is hidden (`plan`, `transform`) or documented without a control (events, parts).
 */
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
  if (hasCommitment(tag)) argTypes.commitment = commitmentArgType(illustrativePlan());
  // The toolbar sets these on every element in the story.
  argTypes.theme = {...argTypes.theme, control: false};
  argTypes.lang = {...argTypes.lang, control: false};
  // Raw editors of a whole plan and of a function: the stories set them, the Playground edits plans.
  argTypes.plan = {table: {disable: true}};
  argTypes.transform = {table: {disable: true}};
  // Documented, with nothing to set: events show in the Actions panel, parts are styled by the page.
  for (const event of declaration.events ?? []) argTypes[event.name] = {control: false};
  // Last in the panel, after the tokens (parts are kept out of the manifest Storybook reads).
  const parts: ArgTypes = {};
  for (const part of partsOf(tag)) {
    parts[`::part(${part.name})`] = {control: false, description: part.description, table: {category: 'css shadow parts'}};
  }
  return {...argTypes, ...tokenArgTypes(), ...parts};
}

/**
 * The element with the story's args (colour pairs as `light-dark()` tokens), and under it the
 * contrast of the colours the designer changed.
 */
export function renderWithTokens(tag: string, args: Args, context?: Pick<StoryContext, 'globals'>): TemplateResult {
  const readout = contrastReadout(args, String(context?.globals?.locale ?? 'zh-TW'));
  return html`${renderElement(tag, withTokenStyles(args))}${readout}`;
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
    render: (args, context) => renderWithTokens(tag, args, context),
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
 * Every way loading can fail, for the one "Errors" story of each element: its `failure` control
 * chooses one; "all" (the default) shows each in turn, to compare them and so that the a11y test
 * checks every one.
 */
export const FAILURES = {
  network: {label: 'Network failure (offline, DNS, CORS) · 無法連線', args: {src: MOCK.network}},
  timeout: {label: 'Timeout (timeout=300, no answer) · 逾時', args: {src: MOCK.timeout, timeout: 300}},
  http404: {label: 'HTTP 404, not found · 找不到資料（404）', args: {src: MOCK.http404}},
  http500: {label: 'HTTP 500, server error · 伺服器錯誤（500）', args: {src: MOCK.http500}},
  invalidJson: {label: 'Invalid JSON (cut off) · JSON 格式錯誤', args: {src: MOCK.invalidJson}},
  html: {label: 'A web page instead of data · 收到網頁而非資料', args: {src: MOCK.html}},
  invalidData: {label: 'JSON that is not an action plan · 不是行動方案的 JSON', args: {src: MOCK.invalidData}},
  problems: {label: 'Partly valid data (a few bad fields) · 部分資料有誤', args: {src: undefined}},
} as const;
export type Failure = keyof typeof FAILURES;
const FAILURE_NAMES = Object.keys(FAILURES) as Failure[];

/**
 * The Errors story of an element: `failure` is a select ("all" shows every failure, each under
 * its name). `problems` are the args of the partly valid plan (a commitment id in it, say).
 */
function errorsStory(tag: string, problems: Args): Story {
  const argsOf = (failure: Failure): Args =>
    failure === 'problems' ? {plan: problemPlan(), ...FAILURES.problems.args, ...problems} : {plan: undefined, ...FAILURES[failure].args};
  const failures: Record<string, Args> = Object.fromEntries(FAILURE_NAMES.map((failure) => [failure, argsOf(failure)]));
  return {
    args: {failure: 'all'},
    argTypes: {
      failure: {
        control: {
          type: 'select',
          labels: {all: 'All, one after another · 全部依序列出', ...Object.fromEntries(FAILURE_NAMES.map((f) => [f, FAILURES[f].label]))},
        },
        options: ['all', ...FAILURE_NAMES],
        description: 'Which failure to show. The mock/… URLs answer without a network (stories/support/mock-fetch.ts).',
        table: {category: 'story'},
      },
    },
    render: ({failure, ...args}, context) => {
      const shown = failure === 'all' || !(String(failure) in FAILURES) ? FAILURE_NAMES : [failure as Failure];
      return html`${shown.map(
        (name) =>
          html`<div class="sb-failure">
            <p class="sb-failure-label">${FAILURES[name].label}</p>
            ${renderWithTokens(tag, {...args, ...failures[name]}, context)}
          </div>`,
      )}`;
    },
  };
}

/**
 * One element's state stories, to re-export by name with a name in both languages (Storybook's
 * indexer reads names and tags in the story file itself):
 * `export const Loading: Story = {...s.loading, name: 'Loading · 載入中', tags: ['loading']}`.
 */
export function states(tag: string, loaded: LoadedArgs = {}) {
  /** A story; on an element with `commitment`, that control lists the ids of the story's plan. */
  const story = (args: Args, plan?: Json, more: Partial<Story> = {}): Story => ({
    args,
    ...(plan && hasCommitment(tag) ? {argTypes: {commitment: commitmentArgType(plan, args.commitment)}} : {}),
    ...more,
  });
  const illustrative = illustrativePlan();
  return {
    /** The skeleton, forever: the request never answers. */
    loading: story({src: MOCK.never, plan: undefined}),
    /** No `src`, no inline JSON, no `plan`. */
    noData: story({src: undefined, plan: undefined}),
    /** A valid plan with no commitments and no policy areas. */
    empty: story({src: undefined, plan: emptyPlan()}),
    /** Every failure (network, timeout, 404, 500, invalid JSON, a web page, not a plan, partly valid data). */
    errors: errorsStory(tag, loaded.problems ?? {}),
    /** Taiwan's 2019 draft, from data/ (served by Storybook), as an agency page would load it. */
    taiwan: story({src: DATA.taiwan, plan: undefined, ...loaded.taiwan}, taiwanPlan()),
    /** The illustrative plan that uses every field. */
    illustrative: story({src: DATA.illustrative, plan: undefined, ...loaded.illustrative}, illustrative),
    longTexts: story({src: undefined, plan: longTextPlan(), ...loaded.longTexts}, longTextPlan()),
    oneCommitment: story({src: undefined, plan: generatedPlan(1), ...loaded.one}, generatedPlan(1)),
    hundredCommitments: story({src: undefined, plan: generatedPlan(100), ...loaded.hundred}, generatedPlan(100)),
    /** Inside a page whose outline already has an h1 and an h2. */
    headingLevel: story({src: DATA.illustrative, plan: undefined, 'heading-level': 3, ...loaded.illustrative}, illustrative, {
      decorators: [inPageOutline],
    }),
  };
}

/** The `commitment` control for a story of the given plan (`{argTypes: forPlan(tag, taiwanPlan())}`). */
export const commitmentArgTypes = (plan: Json, current?: unknown): ArgTypes => ({commitment: commitmentArgType(plan, current)});
