/**
 * Colour controls for designers: each colour token gets two controls, one for the light scheme and
 * one for the dark scheme, set on the widget as one `light-dark()` value (a single colour for both
 * would be too dark, or too light, in one of them). Under the widget, a readout gives the WCAG
 * contrast ratio of every colour the designer changed, in both schemes.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ArgTypes} from '@storybook/web-components-vite';
import {readTokens, type Token} from './tokens.js';
import type {Args} from './render.js';

export type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** The arg of one half of a colour token: `--ogp-color-primary light`. */
export const colourArg = (name: string, scheme: Scheme): string => `${name} ${scheme}`;

/** Is `key` one of the light/dark halves (not a CSS property by itself)? */
export const isColourArg = (key: string): boolean => / (light|dark)$/.test(key) && key.startsWith('--ogp-');

/** The default of one half, e.g. `#0b5cad` (light) of `light-dark(#0b5cad, #7cb7ff)`. */
const defaultOf = (token: Token, scheme: Scheme): string => (scheme === 'dark' ? (token.dark ?? token.light) : token.light);

/**
 * Controls for every token: two colour pickers per colour token (the single token row is hidden),
 * a text field for sizes and fonts.
 */
export function tokenArgTypes(): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const token of readTokens()) {
    if (!token.color) {
      argTypes[token.name] = {
        control: 'text',
        description: token.description,
        table: {category: 'sizes and fonts', defaultValue: {summary: token.css}},
      };
      continue;
    }
    argTypes[token.name] = {table: {disable: true}};
    for (const scheme of SCHEMES) {
      argTypes[colourArg(token.name, scheme)] = {
        control: 'color',
        description: `${scheme === 'light' ? 'Light scheme (淺色)' : 'Dark scheme (深色)'}: ${token.description}. Its contrast shows under the widget.`,
        table: {category: 'colours (light and dark)', defaultValue: {summary: defaultOf(token, scheme)}},
      };
    }
  }
  return argTypes;
}

/**
 * The tokens the args set, as CSS custom properties: a colour as `light-dark(light, dark)`, the
 * half the designer left alone keeping its default.
 */
export function tokenStyles(args: Args): Record<string, string> {
  const styles: Record<string, string> = {};
  for (const token of readTokens()) {
    if (token.color) {
      const [light, dark] = SCHEMES.map((scheme) => args[colourArg(token.name, scheme)]);
      if (!light && !dark) continue;
      styles[token.name] = `light-dark(${light || defaultOf(token, 'light')}, ${dark || defaultOf(token, 'dark')})`;
    } else if (args[token.name]) {
      styles[token.name] = String(args[token.name]);
    }
  }
  return styles;
}

/** The args without the colour halves, with the tokens they set as `--ogp-*` args instead. */
export function withTokenStyles(args: Args): Args {
  const rest = Object.fromEntries(Object.entries(args).filter(([key]) => !isColourArg(key)));
  return {...rest, ...tokenStyles(args)};
}

// Contrast ----------------------------------------------------------------------------------

let context: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour the canvas understands as [r, g, b, alpha] (0–255, alpha 0–1), or undefined. */
export function parseColour(value: string): [number, number, number, number] | undefined {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  // Two different starting colours: a value the canvas rejects leaves each one as it was.
  const read = (start: string) => {
    context!.fillStyle = start;
    context!.fillStyle = value;
    return String(context!.fillStyle);
  };
  const parsed = read('#000000');
  if (parsed !== read('#ffffff')) return undefined;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(parsed);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 1];
  const rgba = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(parsed);
  return rgba ? [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])] : undefined;
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of `foreground` over `background` (a translucent foreground blended in). */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const [fg, bg] = [parseColour(foreground), parseColour(background)];
  if (!fg || !bg) return undefined;
  const blended = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
  const [a, b] = [luminance(blended), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

interface Check {
  token: string;
  /** What the token is measured against. */
  against: 'surface' | 'text' | 'primary';
  /** The WCAG AA minimum: 4.5 for text, 3 for borders, focus rings and other graphics. */
  minimum: number;
  ratios: Record<Scheme, number | undefined>;
}

/** The colour of `name` in `scheme`: the designer's, or the default. */
function colourIn(args: Args, name: string, scheme: Scheme): string {
  const set = args[colourArg(name, scheme)];
  if (set) return String(set);
  const token = readTokens().find((t) => t.name === name);
  return token ? defaultOf(token, scheme) : '';
}

/** A contrast check for every colour token that the args change (in either scheme). */
export function contrastChecks(args: Args): Check[] {
  const checks: Check[] = [];
  for (const token of readTokens()) {
    if (!token.color || !SCHEMES.some((scheme) => args[colourArg(token.name, scheme)])) continue;
    const name = token.name;
    // Backgrounds are measured with the body text on them; the text on buttons against the button.
    const [front, back, against] =
      name === '--ogp-color-surface' || name === '--ogp-color-surface-alt'
        ? (['--ogp-color-text', name, 'text'] as const)
        : name === '--ogp-color-on-primary'
          ? ([name, '--ogp-color-primary', 'primary'] as const)
          : ([name, '--ogp-color-surface', 'surface'] as const);
    const minimum = /border|focus/.test(name) ? 3 : 4.5;
    const ratios = Object.fromEntries(
      SCHEMES.map((scheme) => [scheme, contrastRatio(colourIn(args, front, scheme), colourIn(args, back, scheme))]),
    ) as Record<Scheme, number | undefined>;
    checks.push({token: name, against, minimum, ratios});
  }
  return checks;
}

const WORDS = {
  en: {
    caption: 'Contrast of the colours you changed (WCAG 2.2 AA)',
    light: 'light',
    dark: 'dark',
    pass: 'passes',
    fail: 'too low',
    unknown: 'not a colour',
    surface: 'on the surface',
    text: 'with body text on it',
    primary: 'on the primary colour',
    minimum: (ratio: number) => `AA asks ${ratio}:1 or more`,
    separator: '; ',
    open: ' (',
    close: ')',
  },
  'zh-TW': {
    caption: '已修改顏色的對比度（WCAG 2.2 AA）',
    light: '淺色',
    dark: '深色',
    pass: '合格',
    fail: '不足',
    unknown: '無法辨識的顏色',
    surface: '對背景',
    text: '對其上的內文',
    primary: '對主色',
    minimum: (ratio: number) => `AA 需 ${ratio}:1 以上`,
    separator: '；',
    open: '（',
    close: '）',
  },
} as const;

/**
 * A short list under the widget: each changed colour's contrast ratio in the light and the dark
 * scheme, against the surface (or what it sits on), and whether it reaches the AA minimum. A list,
 * not a table, so that it wraps in a 320 px wide view.
 */
export function contrastReadout(args: Args, locale: string): TemplateResult | typeof nothing {
  const checks = contrastChecks(args);
  if (!checks.length) return nothing;
  const words = locale === 'en' ? WORDS.en : WORDS['zh-TW'];
  const verdict = (scheme: Scheme, ratio: number | undefined, minimum: number) =>
    html`<span class=${ratio !== undefined && ratio < minimum ? 'sb-contrast-fail' : ''}
      >${words[scheme]} ${ratio === undefined ? words.unknown : `${ratio.toFixed(1)}:1 ${ratio >= minimum ? `✓ ${words.pass}` : `✗ ${words.fail}`}`}</span
    >`;
  return html`<div class="sb-contrast">
    <p class="sb-contrast-caption">${words.caption}</p>
    <ul>
      ${checks.map(
        (check) =>
          html`<li>
            <code>${check.token}</code> ${words[check.against]}${words.open}${verdict('light', check.ratios.light, check.minimum)}${words.separator}${verdict(
              'dark',
              check.ratios.dark,
              check.minimum,
            )}${words.separator}${words.minimum(check.minimum)}${words.close}
          </li>`,
      )}
    </ul>
  </div>`;
}
