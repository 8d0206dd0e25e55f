/**
 * The public design tokens, read from the source so Storybook never drifts from it: names and
 * defaults from the shared styles (src/base/styles.ts), descriptions from docs/theming.md.
 */
import {host, states, tokens} from '../../src/base/styles.js';
import theming from '../../docs/theming.md?raw';

export interface Token {
  /** `--ogp-color-primary` */
  name: string;
  /** What it colours or sizes (docs/theming.md). */
  description: string;
  /** The default as written in styles.ts, e.g. `light-dark(#0b5cad, #7cb7ff)` or `0.5em`. */
  css: string;
  /** The light-scheme default, or the only one. */
  light: string;
  /** The dark-scheme default, when it differs from the light one. */
  dark?: string;
  /** True when the value is a colour (a swatch and a colour control make sense). */
  color: boolean;
  /** Differences between styles.ts and docs/theming.md, if any. */
  drift: string[];
}

/** The fallback of `var(--name, fallback)` at `start`, parentheses balanced. */
function fallbackAt(css: string, start: number): string {
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    const c = css[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return css.slice(start, i).trim();
      depth--;
    }
  }
  return css.slice(start).trim();
}

/** `light-dark(a, b)` into its two values. */
function splitLightDark(value: string): [string, string | undefined] {
  const match = /^light-dark\((.*)\)$/.exec(value);
  if (!match) return [value, undefined];
  const inner = match[1];
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return [value, undefined];
}

/** The rows of the "Tokens" table in docs/theming.md, by token name: [description, light, dark]. */
function documentedTokens(): Map<string, [string, string, string]> {
  const rows = new Map<string, [string, string, string]>();
  for (const line of theming.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`(--ogp-[\w-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!name) continue;
    const strip = (cell = '') => cell.replace(/`/g, '').trim();
    rows.set(name, [cells[2] ?? '', strip(cells[3]), strip(cells[4])]);
  }
  return rows;
}

/** A `--_name` private token's value, e.g. `--_status-substantial` → its public token. */
const privateToPublic = (value: string): string => value.replace(/^var\(--_([\w-]+)\)$/, (_, name) => {
  const found = readTokens().find((t) => t.name.endsWith(`-${name}`) || t.name === `--ogp-${name}`);
  return found ? found.name : value;
});

let cache: Token[] | undefined;

/** Every `--ogp-*` token the widgets read, in the order styles.ts declares them. */
export function readTokens(): Token[] {
  if (cache) return cache;
  const css = [tokens, host, states].map((sheet) => sheet.cssText).join('\n');
  const documented = documentedTokens();
  const found: Token[] = [];
  const seen = new Set<string>();
  for (const match of css.matchAll(/var\((--ogp-[\w-]+)\s*,/g)) {
    const name = match[1];
    if (seen.has(name)) continue;
    seen.add(name);
    const value = fallbackAt(css, match.index! + match[0].length);
    const [light, dark] = splitLightDark(value);
    const doc = documented.get(name);
    found.push({
      name,
      description: doc?.[0] ?? '',
      css: value,
      light,
      dark,
      color: /^(#|rgb|hsl|oklch|light-dark)/.test(value) || name.includes('color') || name.includes('status'),
      drift: [],
    });
  }
  cache = found;
  // Check the documentation against the source (shown on the Theming page when they disagree).
  for (const token of found) {
    const doc = documented.get(token.name);
    if (!doc) {
      token.drift.push('not in docs/theming.md');
      continue;
    }
    // The docs may add a remark after the value: "`inherit` (the page's font)".
    const [docLight, docDark] = [doc[1].split(' ')[0], doc[2].split(' ')[0]];
    if (docLight !== privateToPublic(token.light) && docLight !== token.light) token.drift.push(`docs say ${docLight} (light)`);
    if (token.dark && docDark !== token.dark) token.drift.push(`docs say ${docDark} (dark)`);
  }
  for (const name of documented.keys()) {
    if (!seen.has(name)) console.warn(`docs/theming.md lists ${name}, which src/base/styles.ts does not read`);
  }
  return found;
}
