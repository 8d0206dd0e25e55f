/**
 * custom-elements.json (written by `npm run analyze` from the elements' JSDoc), prepared for
 * Storybook's controls and docs tables:
 * - private and protected members, methods, and fields that merely mirror an attribute are left out
 *   (the attribute is the control: `heading-level`, not also `headingLevel`);
 * - the attributes every element inherits from OgpElement get the types and defaults the analyzer
 *   cannot see across the base class;
 * - every `--ogp-*` token the shared styles read is listed on every element, with its default from
 *   src/base/styles.ts, so a designer can change any of them live;
 * - parts are kept aside (`partsOf(tag)`), for the stories to list last.
 */
import raw from '../../custom-elements.json';
import {readTokens} from './tokens.js';

type Item = Record<string, any>;

/** Types and defaults of the attributes inherited from OgpElement (src/base/ogp-element.ts). */
const INHERITED: Record<string, {type: string; default?: string}> = {
  src: {type: 'string'},
  timeout: {type: 'number', default: '15000'},
  'heading-level': {type: 'number', default: '2'},
  theme: {type: "'light' | 'dark'"},
  lang: {type: "'zh-TW' | 'en'"},
  format: {type: "'json' | 'csv'"},
};

/** Each element's CSS parts, by tag. */
const parts = new Map<string, Item[]>();

function prepare(manifest: Item): Item {
  const tokens = readTokens();
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes: Item[] = declaration.attributes ?? [];
      const attributeNames = new Set(attributes.map((a) => a.name));
      for (const attribute of attributes) {
        const known = INHERITED[attribute.name];
        if (known && !attribute.type?.text) attribute.type = {text: known.type};
        if (known?.default !== undefined && attribute.default === undefined) attribute.default = known.default;
      }
      declaration.members = (declaration.members ?? []).filter(
        (member: Item) =>
          member.kind === 'field' &&
          !member.static &&
          !member.privacy &&
          !member.readonly &&
          !(member.attribute && attributeNames.has(member.attribute)) &&
          // A documented @prop that duplicates an attribute of the same name (`selectable`).
          !attributeNames.has(member.name) &&
          !attributeNames.has(member.name.replace(/[A-Z]/g, (c: string) => `-${c.toLowerCase()}`)),
      );
      const listed = new Map<string, Item>((declaration.cssProperties ?? []).map((p: Item) => [p.name, p]));
      declaration.cssProperties = tokens.map((token) => {
        const own = listed.get(token.name);
        return {
          name: token.name,
          description: own?.description ?? `${token.description} (shared token)`,
          default: token.css,
        };
      });
      for (const [name, own] of listed) {
        if (!tokens.some((t) => t.name === name)) declaration.cssProperties.push(own);
      }
      // Parts are given to the controls table by the stories (stories/support/stories.ts), last
      // and named `::part(status)`: Storybook would list them before the tokens, and a part
      // named like an attribute (the list's `status`) would replace that attribute's control.
      parts.set(declaration.tagName, declaration.cssParts ?? []);
      delete declaration.cssParts;
    }
  }
  return copy;
}

export const manifest = prepare(raw as Item);

function declarationOf(tag: string): Item | undefined {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** The element's attribute names, per the manifest (plus `lang` and `theme`, which every element has). */
export function attributesOf(tag: string): Set<string> {
  const names = new Set<string>(['lang', 'theme']);
  for (const attribute of declarationOf(tag)?.attributes ?? []) names.add(attribute.name);
  return names;
}

/** The element's CSS parts (name, description), from its JSDoc. */
export const partsOf = (tag: string): Item[] => parts.get(tag) ?? [];

/** The element's summary line from its JSDoc (`@summary`). */
export const summaryOf = (tag: string): string => declarationOf(tag)?.summary ?? '';
