/**
 * Failing networks, for the card, the list and the dashboard: what src/data/loading.test.ts does
 * not already prove (it covers 404, 500, HTML, invalid JSON, a slow response, a refused
 * connection, retry and sharing for the card). Here: a response cut in half, a connection that
 * never answers, a slow stale response overtaken by a src change, being offline, and the retry
 * button from the keyboard. Server routes: test/server/middleware.mjs.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/commitment-card/define.js';
import '../../src/components/commitment-list/define.js';
import '../../src/components/action-plan/define.js';
import type {OgpElement} from '../../src/base/ogp-element.js';
import {captureWarnings, expectAccessible, hitsOf, oneEvent, settled, unique} from '../helpers.js';

type Kind = 'card' | 'list' | 'dashboard';
const KINDS: Kind[] = ['card', 'list', 'dashboard'];
const FIRST_TITLE = {en: 'Provide a legal basis for government data opening and use', 'zh-TW': '政府資料開放與運用法制化'};
const PLAN_TITLE = 'Taiwan Open Government National Action Plan';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text a reader sees, through every shadow root (the dashboard nests the other widgets). */
function deepText(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += ` ${current.textContent}`;
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    if (current instanceof HTMLStyleElement || current instanceof HTMLScriptElement) return;
    for (const child of current.childNodes) walk(child);
  };
  walk(node instanceof Element && node.shadowRoot ? node.shadowRoot : node);
  return text.replace(/\s+/g, ' ').trim();
}

/** Mounts one widget of `kind` with these attributes, without waiting for it to load. */
async function mount(kind: Kind, lang: 'en' | 'zh-TW', src: string, timeout = 15000): Promise<OgpElement> {
  switch (kind) {
    case 'card':
      return fixture<OgpElement>(html`<ogp-commitment-card lang=${lang} commitment="1" timeout=${timeout} src=${src}></ogp-commitment-card>`);
    case 'list':
      return fixture<OgpElement>(html`<ogp-commitment-list lang=${lang} timeout=${timeout} src=${src}></ogp-commitment-list>`);
    default:
      return fixture<OgpElement>(html`<ogp-action-plan lang=${lang} timeout=${timeout} src=${src}></ogp-action-plan>`);
  }
}

/** The dashboard's children render after it: wait for them too. */
async function settledDeep(element: OgpElement): Promise<void> {
  await settled(element);
  for (const child of element.shadowRoot!.querySelectorAll<OgpElement>('ogp-commitment-card, ogp-commitment-list, ogp-progress-tracker, ogp-policy-area-grid')) {
    await settled(child);
  }
}

/**
 * Where keyboard focus is, as text (`ogp-commitment-card > retry-button`): comparing strings keeps
 * a failure message short (a diff of two DOM elements can stall the test runner).
 */
function focusPath(): string {
  const path: string[] = [];
  let active: Element | null = document.activeElement;
  while (active) {
    path.push(active.getAttribute('part') ?? active.localName);
    active = active.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
}

const retryButton = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');

/** Replaces window.fetch while `run` runs; the replacement sees every request the widgets make. */
async function withFetch(replacement: typeof window.fetch, run: () => Promise<void>): Promise<void> {
  const original = window.fetch;
  window.fetch = replacement;
  try {
    await run();
  } finally {
    window.fetch = original;
  }
}

describe('failing networks (card, list, dashboard)', () => {
  describe('a response cut half-way (status 200, half of the JSON)', () => {
    for (const kind of KINDS) {
      it(`${kind}: the invalid-JSON message in both languages, and no retry button (invalid data is not fixed by asking again)`, async () => {
        const src = unique('/__test/truncated.json');
        const kinds: string[] = [];
        const warnings = await captureWarnings(async () => {
          for (const lang of ['en', 'zh-TW'] as const) {
            const element = await mount(kind, lang, src);
            element.addEventListener('ogp-error', (event) => kinds.push((event as CustomEvent).detail.kind));
            await settledDeep(element);
            expect(deepText(element)).to.match(lang === 'en' ? /not valid JSON/ : /不是有效的 JSON/);
            expect(deepText(element)).not.to.include(FIRST_TITLE[lang]);
            expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
            expect(retryButton(element)).to.equal(null);
          }
        });
        // ogp-error may fire before the listener is attached; the warning always names the kind.
        expect(warnings.join('\n')).to.include('invalid-json');
        for (const seen of kinds) expect(seen).to.equal('invalid-json');
      });
    }
  });

  describe('a connection that never answers', () => {
    for (const kind of KINDS) {
      it(`${kind}: the timeout message, the request aborted, then a working src renders`, async () => {
        const signals: AbortSignal[] = [];
        const original = window.fetch;
        await withFetch(
          (input, init) => {
            if (init?.signal && String(input).includes('/__test/hang')) signals.push(init.signal);
            return original(input, init);
          },
          async () => {
            await captureWarnings(async () => {
              const element = await mount(kind, 'en', unique('/__test/hang'), 300);
              const started = performance.now();
              await settledDeep(element);
              expect(performance.now() - started).to.be.below(3000);
              expect(deepText(element)).to.match(/took too long to arrive \(more than 0\.3 seconds\)/);
              // Nobody waits any more, so the hanging connection is let go, not left open.
              expect(signals).to.have.length(1);
              expect(signals[0].aborted).to.equal(true);
              element.src = unique('/__test/plan.json');
              await settledDeep(element);
              expect(deepText(element)).to.include(FIRST_TITLE.en);
              expect(deepText(element)).not.to.match(/too long/);
            });
          },
        );
      });
    }

    it('the zh-TW timeout message, and a retry that hangs again times out again', async () => {
      await captureWarnings(async () => {
        const src = unique('/__test/hang');
        const element = await mount('list', 'zh-TW', src, 300);
        await settled(element);
        expect(deepText(element)).to.match(/載入時間過長（超過 0\.3 秒）/);
        retryButton(element)!.click();
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
        await settled(element);
        expect(deepText(element)).to.match(/載入時間過長（超過 0\.3 秒）/);
        expect(await hitsOf(src)).to.equal(2);
      });
    });
  });

  describe('a slow response overtaken by a change of src', () => {
    for (const kind of KINDS) {
      it(`${kind}: the stale response never wins, even after it arrives`, async () => {
        const slow = unique('/__test/stale.json?delay=600');
        const element = await mount(kind, 'en', slow);
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
        element.src = unique('/__test/plan.json');
        await settledDeep(element);
        expect(deepText(element)).to.include(FIRST_TITLE.en);
        // Well past the slow answer: it came (or was aborted) and changed nothing.
        await sleep(900);
        await element.updateComplete;
        await settledDeep(element);
        expect(deepText(element)).to.include(FIRST_TITLE.en);
        expect(deepText(element)).not.to.include('STALE');
        expect((element.loadedPlan!.title as Record<string, string>).en).to.equal(PLAN_TITLE);
      });
    }

    it('list: three quick changes of src, the last one wins over two slower ones', async () => {
      const element = await mount('list', 'en', unique('/__test/stale.json?delay=900'));
      await element.updateComplete;
      element.src = unique('/__test/stale.json?delay=500');
      await element.updateComplete;
      element.src = unique('/__test/plan.json?delay=100');
      await settled(element);
      await sleep(1100);
      await element.updateComplete;
      expect(deepText(element)).to.include(FIRST_TITLE.en);
      expect(deepText(element)).not.to.include('STALE');
    });

    it('dashboard: a stale response arriving after the new one failed does not replace the error', async () => {
      await captureWarnings(async () => {
        const element = await mount('dashboard', 'en', unique('/__test/stale.json?delay=600'));
        await element.updateComplete;
        element.src = unique('/__test/status?code=404');
        await settled(element);
        expect(deepText(element)).to.match(/error 404/);
        await sleep(900);
        await element.updateComplete;
        expect(deepText(element)).to.match(/error 404/);
        expect(deepText(element)).not.to.include('STALE');
      });
    });
  });

  describe('offline (fetch rejects with TypeError: Failed to fetch)', () => {
    const offline: typeof window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    for (const kind of KINDS) {
      it(`${kind}: the network message in both languages, then the retry button recovers`, async () => {
        const src = unique('/__test/plan.json');
        const elements: OgpElement[] = [];
        const warnings = await captureWarnings(() =>
          withFetch(offline, async () => {
            for (const lang of ['en', 'zh-TW'] as const) {
              const element = await mount(kind, lang, src);
              await settledDeep(element);
              elements.push(element);
            }
          }),
        );
        const [en, zh] = elements;
        expect(deepText(en)).to.match(/could not be reached\. Check the connection/);
        expect(deepText(zh)).to.match(/無法連線取得行動方案/);
        expect(warnings.join('\n')).to.include('network: Failed to fetch');
        await expectAccessible(en);
        await expectAccessible(zh);
        // Back online: the retry button asks the network again, and each widget renders.
        for (const [element, lang] of [[en, 'en'], [zh, 'zh-TW']] as const) {
          const loaded = oneEvent(element, 'ogp-load');
          retryButton(element)!.click();
          await loaded;
          await settledDeep(element);
          expect(deepText(element)).to.include(FIRST_TITLE[lang]);
          expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        }
        // The failures were not kept, and a retry always asks the server itself: one request each.
        expect(await hitsOf(src)).to.equal(2);
      });
    }
  });

  describe('the retry button', () => {
    it('is reached with Tab, has an accessible name in both languages, and keeps focus after a failed retry', async () => {
      await captureWarnings(async () => {
        const wrapper = await fixture(html`<div>
          <button id="before">before</button>
          <ogp-commitment-card lang="en" commitment="1" src=${unique('/__test/status?code=500')}></ogp-commitment-card>
          <ogp-commitment-list lang="zh-TW" src=${unique('/__test/status?code=500')}></ogp-commitment-list>
        </div>`);
        const [card, list] = wrapper.querySelectorAll<OgpElement>('ogp-commitment-card, ogp-commitment-list');
        await settled(card);
        await settled(list);
        expect(retryButton(card)!.textContent!.trim()).to.equal('Try again');
        expect(retryButton(list)!.textContent!.trim()).to.equal('重試');
        expect(retryButton(card)!.type).to.equal('button');

        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({press: 'Tab'});
        expect(focusPath()).to.equal('ogp-commitment-card > retry-button');

        // Enter retries; the server fails again: the message stays, and so does focus.
        const failed = oneEvent(card, 'ogp-error');
        await sendKeys({press: 'Enter'});
        await failed;
        await settled(card);
        expect(deepText(card)).to.match(/server answered with error 500/);
        expect(card.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        expect(focusPath()).to.equal('ogp-commitment-card > retry-button');

        // On through the card's technical details to the list's button; Space retries there.
        await sendKeys({press: 'Tab'});
        expect(focusPath()).to.equal('ogp-commitment-card > summary');
        await sendKeys({press: 'Tab'});
        expect(focusPath()).to.equal('ogp-commitment-list > retry-button');
        const failedAgain = oneEvent(list, 'ogp-error');
        await sendKeys({press: 'Space'});
        await failedAgain;
        await settled(list);
        expect(deepText(list)).to.match(/伺服器回應錯誤 500/);
        expect(focusPath()).to.equal('ogp-commitment-list > retry-button');

        // A retry that works: the content replaces the button, and focus stays in the widget.
        list.src = unique('/__test/flaky.json');
        await settled(list);
        retryButton(list)!.focus();
        const loaded = oneEvent(list, 'ogp-load');
        await sendKeys({press: 'Enter'});
        await loaded;
        await list.updateComplete;
        expect(focusPath()).to.equal('ogp-commitment-list > base');
        await sendKeys({press: 'Tab'});
        expect(focusPath()).to.match(/^ogp-commitment-list > /);
        expect(list.shadowRoot!.querySelector('.root')!.hasAttribute('tabindex')).to.equal(false);
      });
    });
  });
});
