// Each widget is a panel with its own surface; on a coloured page of another font, no text may
// touch the panel's edge (the dashboard's did: a background and rounded corners, but no padding).
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {settled, taiwanPlan} from './helpers.js';
import type {OgpElement} from '../src/base/ogp-element.js';

/** The boxes of every piece of text in a shadow root, open details and dialogs aside. */
function textBoxes(root: ShadowRoot): (DOMRect & {text?: string})[] {
  const boxes: (DOMRect & {text?: string})[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    // Text for screen readers only is clipped to a pixel: it has no visible box.
    if (node.parentElement?.closest('.visually-hidden')) continue;
    // The content of a closed <details> is not shown (Chromium still gives its text a box).
    if (node.parentElement?.closest('details:not([open]) > :not(summary)')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width && box.height) boxes.push(Object.assign(box, {text: node.textContent.trim()}));
  }
  return boxes;
}

const widgets = {
  card: html`<ogp-commitment-card commitment="4"></ogp-commitment-card>`,
  grid: html`<ogp-policy-area-grid></ogp-policy-area-grid>`,
  tracker: html`<ogp-progress-tracker today="2026-11-28"></ogp-progress-tracker>`,
  list: html`<ogp-commitment-list page-size="3"></ogp-commitment-list>`,
  dashboard: html`<ogp-action-plan today="2026-11-28"></ogp-action-plan>`,
};

describe('the widget panel on a coloured page', () => {
  for (const [name, template] of Object.entries(widgets)) {
    it(`${name}: text keeps at least half an em from the panel's edge`, async () => {
      const plan = await taiwanPlan();
      const page = await fixture<HTMLElement>(
        html`<div lang="en" style="background: #2d6a4f; font: 16px Georgia, serif; padding: 24px; width: 900px">${template}</div>`,
      );
      const widget = page.firstElementChild as OgpElement;
      widget.plan = plan;
      await settled(widget);
      const root = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const panel = root.getBoundingClientRect();
      // The card's panel is its bordered <article>; every other widget's is its root.
      const edge = (widget.shadowRoot!.querySelector('[part="card"]') ?? root).getBoundingClientRect();
      expect(getComputedStyle(root).backgroundColor, 'the panel paints its surface').not.to.equal('rgba(0, 0, 0, 0)');
      const boxes = textBoxes(widget.shadowRoot!).filter((box) => box.top < panel.bottom);
      expect(boxes.length).to.be.greaterThan(0);
      const halfEm = 8;
      const left = Math.min(...boxes.map((box) => box.left)) - edge.left;
      const top = Math.min(...boxes.map((box) => box.top)) - edge.top;
      const right = edge.right - Math.max(...boxes.map((box) => box.right));
      const at = (x: (box: DOMRect) => number, value: number) => boxes.find((box) => x(box) === value)?.text;
      expect(left, `start edge: ${at((box) => box.left, left + edge.left)}`).to.be.at.least(halfEm);
      expect(top, `top edge: ${at((box) => box.top, top + edge.top)}`).to.be.at.least(halfEm);
      expect(right, `end edge: ${at((box) => box.right, edge.right - right)}`).to.be.at.least(halfEm - 0.5);
    });
  }
});
