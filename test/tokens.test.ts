/**
 * Design tokens: every private `--_*` token a component reads is defined in the token layer (a
 * typo would silently fall back to nothing), and every public `--ogp-*` token is documented.
 */
import {expect} from '@open-wc/testing';
import type {CSSResultGroup} from 'lit';
import * as elements from '../src/elements.js';
import {tokens} from '../src/base/styles.js';

const cssText = (styles: CSSResultGroup | undefined): string =>
  !styles ? '' : Array.isArray(styles) ? styles.map((s) => cssText(s as CSSResultGroup)).join('\n') : (styles as any).cssText ?? '';

const classes = (Object.values(elements) as unknown[]).filter(
  (value): value is typeof HTMLElement & {styles?: CSSResultGroup} =>
    typeof value === 'function' && value.prototype instanceof HTMLElement && 'styles' in value,
);

describe('design tokens', () => {
  const defined = new Set([...tokens.cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));

  it('covers every element', () => {
    expect(classes.length).to.be.at.least(1);
  });

  for (const element of classes) {
    it(`${element.name} reads only defined private tokens`, () => {
      const css = cssText(element.styles);
      const used = new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
      // Set inside components on purpose (per-status colour, per-element sizes).
      const local = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const undefinedTokens = [...used].filter((name) => !defined.has(name) && !local.has(name));
      expect(undefinedTokens).to.deep.equal([]);
      expect(css, 'no rem: sizes follow the widget, not the page').not.to.match(/\d(\.\d+)?rem\b/);
    });
  }

  it('documents every public --ogp-* token in docs/theming.md', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const all = classes.map((element) => cssText(element.styles)).join('\n') + tokens.cssText;
    const publicTokens = new Set([...all.matchAll(/var\((--ogp-[\w-]+)/g)].map((m) => m[1]));
    expect(publicTokens.size).to.be.greaterThan(10);
    const missing = [...publicTokens].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).to.deep.equal([]);
  });

  it('the focus ring has its own public token, listed for every element in docs/elements.md', async () => {
    expect(tokens.cssText).to.contain('var(--ogp-color-focus');
    const doc = await (await fetch('/docs/elements.md')).text();
    const sections = doc.split(/^## /m).slice(1);
    expect(sections.length).to.be.at.least(5);
    for (const section of sections) expect(section, section.split('\n')[0]).to.contain('`--ogp-color-focus`');
  });
});
