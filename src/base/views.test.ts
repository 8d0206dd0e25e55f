// Views load on first use (src/base/ogp-element.ts): the skeleton holds the place until the view
// arrives, `updateComplete` waits for it, a view that cannot load gets a localized message, and
// the views' Chinese strings arrive with them.
import {expect, fixture, html} from '@open-wc/testing';

const after = (cleanup: () => void) => cleanups.push(cleanup);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
import {OgpCommitmentCard} from '../components/commitment-card/commitment-card.js';
import '../components/commitment-card/define.js';
import {captureWarnings, illustrativePlan, shadowText} from '../../test/helpers.js';

let openGate: () => void = () => {};
let gate = new Promise<void>((resolve) => (openGate = resolve));

/** A card whose view arrives only when the test opens the gate. */
class GatedCard extends OgpCommitmentCard {
  protected static override loadView = async () => {
    await gate;
    return import('../components/commitment-card/commitment-card.view.js');
  };
}
customElements.define('test-gated-card', GatedCard);

/** A card whose view never arrives, as when the network drops the chunk. */
class UnreachableCard extends OgpCommitmentCard {
  protected static override loadView = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/ogp-widgets-x.js'));
}
customElements.define('test-unreachable-card', UnreachableCard);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('element views, loaded on first use', () => {
  it('shows the skeleton while the view loads, the plan once it is here; updateComplete waits for it', async () => {
    const plan = await illustrativePlan();
    // Not fixture(): it awaits updateComplete, which waits for the gated view.
    const card = document.createElement('test-gated-card') as GatedCard;
    Object.assign(card, {lang: 'en', commitment: '1-1', plan});
    document.body.append(card);
    after(() => card.remove());
    await nextFrame();
    await nextFrame();
    const skeleton = card.shadowRoot!.querySelector('[part="skeleton"]');
    expect(skeleton, 'skeleton while the view loads').to.exist;
    expect(skeleton!.getAttribute('aria-busy')).to.equal('true');
    expect(card.shadowRoot!.querySelector('[part="card"]')).to.equal(null);
    let complete = false;
    const waiting = card.updateComplete.then(() => (complete = true));
    await nextFrame();
    expect(complete, 'updateComplete waits for the view').to.equal(false);
    openGate();
    await waiting;
    expect(card.shadowRoot!.querySelector('[part="card"]'), 'the card once the view is here').to.exist;
    // The view's styles arrive with it: the card has its border radius and padding.
    const article = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    expect(getComputedStyle(article).paddingTop).to.not.equal('0px');
  });

  it('reuses a loaded view for later elements at once', async () => {
    gate = Promise.resolve();
    const plan = await illustrativePlan();
    const card = await fixture<GatedCard>(
      html`<test-gated-card lang="en" commitment="2" .plan=${plan}></test-gated-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="card"]')).to.exist;
  });

  for (const [lang, expected] of [
    ['en', 'This widget could not load its code. Check the connection and reload the page.'],
    ['zh-TW', '此元件無法載入程式碼。請檢查網路連線後重新整理頁面。'],
  ]) {
    it(`${lang}: a view that cannot load gets a localized message and a warning naming the element`, async () => {
      const plan = await illustrativePlan();
      let card!: UnreachableCard;
      const warnings = await captureWarnings(async () => {
        card = await fixture<UnreachableCard>(
          html`<test-unreachable-card lang=${lang} commitment="1-1" .plan=${plan}></test-unreachable-card>`,
        );
        await card.updateComplete;
      });
      const notice = card.shadowRoot!.querySelector('[role="alert"]');
      expect(notice, 'an alert').to.exist;
      expect(shadowText(card)).to.equal(expected);
      expect(warnings.some((w) => w.includes('<test-unreachable-card>') && w.includes('could not be loaded'))).to.equal(
        true,
      );
      // The page goes on: the element is still there, and other widgets are untouched.
      expect(card.isConnected).to.equal(true);
    });
  }

  it('brings the views’ Traditional Chinese strings along', async () => {
    const plan = await illustrativePlan();
    const card = await fixture<OgpCommitmentCard>(
      html`<ogp-commitment-card lang="zh-TW" commitment="1-1" .plan=${plan}></ogp-commitment-card>`,
    );
    await card.updateComplete;
    // "Milestones" is a view string (not in the table the element classes load with).
    expect(shadowText(card)).to.include('里程碑');
  });
});
