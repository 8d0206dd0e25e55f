/** Shared helpers for the browser tests. */
import {expect, fixture, oneEvent} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {OgpElement} from '../src/base/ogp-element.js';
import {clearFetchCache} from '../src/data/fetch.js';
import {loadTranslations} from '../src/i18n/msg.js';
import type {OgpFilterDetail, OgpSelectDetail} from '../src/base/events.js';

// Widgets load the Chinese strings the first time one of them speaks Chinese, and show their
// skeleton until then (src/i18n/msg.test.ts tests that). Tests of what widgets show start with the
// table here, so `await element.updateComplete` means drawn in either language.
await loadTranslations('zh-TW');

const cache = new Map<string, string>();

async function text(path: string): Promise<string> {
  if (!cache.has(path)) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    cache.set(path, await response.text());
  }
  return cache.get(path)!;
}

/** A fresh copy of a JSON file served from the repository root. */
export const json = async <T = any>(path: string): Promise<T> => JSON.parse(await text(path));
export const taiwanPlan = () => json('/data/taiwan/action-plan.json');
export const illustrativePlan = () => json('/data/examples/illustrative-plan.json');
export const seedText = () => text('/data/taiwan/source.txt');

/** A URL no other test uses, so the page-wide fetch cache and hit counters start clean. */
let counter = 0;
export const unique = (path: string): string =>
  `${path}${path.includes('?') ? '&' : '?'}key=${Date.now().toString(36)}-${++counter}`;

export async function hitsOf(url: string): Promise<number> {
  const parsed = new URL(url, location.href);
  const route = parsed.pathname.replace('/__test/', '');
  const response = await fetch(
    `/__test/hits?of=${encodeURIComponent(`${route}:${parsed.searchParams.get('key') ?? ''}`)}`,
  );
  return Number(await response.text());
}

/** Mounts a widget and waits until it has loaded or failed. */
export async function mountSettled<T extends OgpElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

/** Waits until a widget is out of its loading state, then for its render. */
export async function settled(element: OgpElement): Promise<void> {
  await element.updateComplete;
  for (let i = 0; i < 400 && element.shadowRoot?.querySelector('[aria-busy="true"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}

export {oneEvent};

/** Captures console.warn calls while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The widget's visible text, whitespace collapsed. */
export const shadowText = (element: Element, selector = '.root'): string =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Fails with the rule ids and targets of every axe-core violation. */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

export function resetNetwork(): void {
  clearFetchCache();
}

const NO_FILTERS: OgpFilterDetail = {policyArea: '', ogpValue: '', status: '', agency: '', query: ''};

/**
 * Defines `tag` as a stand-in for <ogp-commitment-list> on the other end of a `for=ID` link: it
 * records the selections it is sent and starts with `filters`; `announce(changes)` changes them
 * as the list's own controls would, with `ogp-filter-change`.
 */
export function defineStandInList(tag: string, filters: Partial<OgpFilterDetail>) {
  class StandInList extends HTMLElement {
    received: OgpSelectDetail[] = [];
    filters: OgpFilterDetail = {...NO_FILTERS, ...filters};
    applySelection(selection: OgpSelectDetail): void {
      this.received.push(selection);
    }
    announce(changes: Partial<OgpFilterDetail>): void {
      this.filters = {...this.filters, ...changes};
      this.dispatchEvent(new CustomEvent('ogp-filter-change', {detail: this.filters}));
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, StandInList);
  return StandInList;
}
export type StandInList = InstanceType<ReturnType<typeof defineStandInList>>;
