// One meaning per visual code (issue 16, item 6): tags are labelled by group and are not buttons; a
// dashed line means only "no data"; the grid and the tracker show a selection the same way, with a
// checkbox-style box; keyboard focus is its own ring (--ogp-color-focus), unlike the selection.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import * as elements from '../src/elements.js';
import type {OgpElement} from '../src/base/ogp-element.js';
import {illustrativePlan, settled} from './helpers.js';

const TODAY = '2026-11-28';
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts a widget on the illustrative plan, after a button the keyboard can start from. */
async function mount<T extends OgpElement>(template: TemplateResult, lang = 'en'): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 900px"><button id="before">before</button>${template}</div>`);
  const widget = page.querySelector<T>('[data-widget]')!;
  widget.plan = await illustrativePlan();
  await settled(widget);
  return widget;
}

/** Every element in a widget's shadow root, and in the shadow roots of the widgets inside it. */
function allElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The element that has keyboard focus, through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** Moves focus with the keyboard (so :focus-visible applies) from the button before the widget. */
async function tabInto(widget: HTMLElement): Promise<HTMLElement> {
  widget.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({press: 'Tab'});
  const active = deepActive()!;
  expect(active.getRootNode(), 'focus went into the widget').to.be.instanceOf(ShadowRoot);
  return active;
}

describe('one meaning per visual code', () => {
  describe('tags', () => {
    for (const lang of ['en', 'zh-TW']) {
      it(`${lang}: policy areas and OGP values are two labelled groups of a summary list`, async () => {
        const card = await mount(html`<ogp-commitment-card data-widget commitment="2"></ogp-commitment-card>`, lang);
        const list = card.shadowRoot!.querySelector('dl.tags')!;
        expect(list, 'a <dl> of tags').to.exist;
        const groups = [...list.querySelectorAll(':scope > div')].map((group) => ({
          term: text(group.querySelector('dt')),
          tags: [...group.querySelectorAll('dd .chip')].map(text),
        }));
        // Commitment 2: the area "Right to Information" and the value "Access to information".
        expect(groups).to.deep.equal(
          lang === 'en'
            ? [
                {term: 'Policy areas', tags: ['Anti-Corruption', 'Right to Information']},
                {term: 'OGP values', tags: ['Access to information', 'Public accountability']},
              ]
            : [
                {term: '政策領域', tags: groups[0].tags},
                {term: 'OGP 價值', tags: groups[1].tags},
              ],
        );
        expect(groups[0].tags).to.have.length(2);
        expect(groups[1].tags).to.have.length(2);
      });
    }

    it('names a group of one in the singular, and the list draws the same groups', async () => {
      const card = await mount(html`<ogp-commitment-card data-widget commitment="7"></ogp-commitment-card>`);
      expect([...card.shadowRoot!.querySelectorAll('.tags dt')].map(text)).to.deep.equal(['Policy area', 'OGP value']);
      const list = await mount(html`<ogp-commitment-list data-widget></ogp-commitment-list>`);
      const item = list.shadowRoot!.querySelector('[data-commitment="2"]')!;
      expect([...item.querySelectorAll('.tags dt')].map(text)).to.deep.equal(['Policy areas', 'OGP values']);
    });

    it('tags are plain: no border, no pill shape, no pointer, and both groups look alike', async () => {
      const card = await mount(html`<ogp-commitment-card data-widget commitment="2"></ogp-commitment-card>`);
      const chips = [...card.shadowRoot!.querySelectorAll<HTMLElement>('.chip')];
      expect(chips).to.have.length(4);
      for (const chip of chips) {
        const style = getComputedStyle(chip);
        expect(style.borderTopStyle, text(chip)).to.equal('none');
        expect(style.cursor, text(chip)).to.equal('auto');
        // Corners well short of a pill's half height.
        expect(parseFloat(style.borderTopLeftRadius), text(chip)).to.be.below(chip.getBoundingClientRect().height / 4);
      }
      const look = (chip: HTMLElement) => {
        const style = getComputedStyle(chip);
        return [style.borderTopStyle, style.backgroundColor, style.borderTopLeftRadius, style.fontSize].join();
      };
      expect(look(card.shadowRoot!.querySelector<HTMLElement>('.chip.value')!)).to.equal(look(card.shadowRoot!.querySelector<HTMLElement>('.chip.area')!));
    });

    it("the grid's topics are plain tags too, inside tiles that may be buttons", async () => {
      for (const selectable of [false, true]) {
        const grid = await mount(html`<ogp-policy-area-grid data-widget ?selectable=${selectable}></ogp-policy-area-grid>`);
        const topics = [...grid.shadowRoot!.querySelectorAll<HTMLElement>('.topic')];
        expect(topics.length, 'the illustrative plan has topics').to.be.above(0);
        for (const topic of topics) {
          const style = getComputedStyle(topic);
          expect(style.borderTopStyle, text(topic)).to.equal('none');
          expect(parseFloat(style.borderTopLeftRadius), text(topic)).to.be.below(topic.getBoundingClientRect().height / 4);
        }
      }
    });
  });

  describe('dashed lines', () => {
    // Commitment 5 reports no status: the one "no data" case these widgets show.
    const widgets: Record<string, TemplateResult> = {
      'card with OGP values': html`<ogp-commitment-card data-widget commitment="2" today=${TODAY}></ogp-commitment-card>`,
      'card without a status': html`<ogp-commitment-card data-widget commitment="5" today=${TODAY}></ogp-commitment-card>`,
      'grid with an empty area': html`<ogp-policy-area-grid data-widget></ogp-policy-area-grid>`,
      'selectable grid with an empty area': html`<ogp-policy-area-grid data-widget selectable></ogp-policy-area-grid>`,
      tracker: html`<ogp-progress-tracker data-widget selectable today=${TODAY}></ogp-progress-tracker>`,
      'tracker of a commitment without a status': html`<ogp-progress-tracker data-widget commitment="5" today=${TODAY}></ogp-progress-tracker>`,
      list: html`<ogp-commitment-list data-widget today=${TODAY}></ogp-commitment-list>`,
      dashboard: html`<ogp-action-plan data-widget today=${TODAY}></ogp-action-plan>`,
    };
    for (const [name, template] of Object.entries(widgets)) {
      it(`${name}: a dashed border or outline only where data is missing`, async () => {
        const widget = await mount(template);
        if (name.startsWith('grid')) expect(widget.shadowRoot!.querySelector('[data-area="justice"]')!.hasAttribute('data-empty')).to.equal(true);
        const dashed = allElements(widget.shadowRoot!).filter((element) => {
          const style = getComputedStyle(element);
          const sides = [style.borderTopStyle, style.borderRightStyle, style.borderBottomStyle, style.borderLeftStyle, style.outlineStyle];
          return sides.includes('dashed') && !element.closest('[data-status="not-reported"]');
        });
        expect(dashed.map((element) => `${element.localName}.${[...element.classList].join('.')}`)).to.deep.equal([]);
      });
    }
  });

  describe('selection', () => {
    /** The computed look of a selectable item and of its checkbox-style box. */
    function cue(item: HTMLElement) {
      const style = getComputedStyle(item);
      const box = item.querySelector<HTMLElement>('.cue');
      const boxStyle = box && getComputedStyle(box);
      const tick = box?.querySelector('svg');
      return {
        border: [style.borderTopColor, style.borderTopWidth, style.borderTopStyle].join(' '),
        shadow: style.boxShadow,
        background: style.backgroundColor,
        box: boxStyle && [boxStyle.width, boxStyle.height, boxStyle.borderTopStyle, boxStyle.borderTopWidth, boxStyle.borderTopColor, boxStyle.backgroundColor].join(' '),
        ticked: !!tick && getComputedStyle(tick).visibility === 'visible',
        hidden: box?.getAttribute('aria-hidden'),
      };
    }

    async function selectables() {
      const grid = await mount(html`<ogp-policy-area-grid data-widget selectable selected="anti-corruption"></ogp-policy-area-grid>`);
      const tracker = await mount(html`<ogp-progress-tracker data-widget selectable selected="complete" today=${TODAY}></ogp-progress-tracker>`);
      const pressed = (widget: HTMLElement) => widget.shadowRoot!.querySelector<HTMLElement>('[aria-pressed="true"]')!;
      const notPressed = (widget: HTMLElement) => widget.shadowRoot!.querySelector<HTMLElement>('[aria-pressed="false"]')!;
      return {grid, tracker, pressed, notPressed};
    }

    it('every selectable tile and legend entry carries an empty checkbox-style box until selected', async () => {
      const {grid, tracker} = await selectables();
      for (const widget of [grid, tracker]) {
        const items = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[aria-pressed]')];
        expect(items.length).to.be.greaterThan(4);
        for (const item of items) {
          const look = cue(item);
          expect(look.box, `${widget.localName} ${text(item)}: a box`).to.match(/solid/);
          expect(look.hidden, 'decorative: aria-pressed tells assistive technology').to.equal('true');
          expect(look.ticked, `${widget.localName} ${text(item)}`).to.equal(item.getAttribute('aria-pressed') === 'true');
        }
      }
    });

    it('the grid and the tracker show a selection the same way', async () => {
      const {grid, tracker, pressed, notPressed} = await selectables();
      const [gridSelected, trackerSelected] = [cue(pressed(grid)), cue(pressed(tracker))];
      expect(trackerSelected).to.deep.equal(gridSelected);
      expect(gridSelected.ticked).to.equal(true);
      // And selected differs from not selected, in the border and the box.
      const gridOther = cue(notPressed(grid));
      expect(gridOther.border).not.to.equal(gridSelected.border);
      expect(gridOther.box).not.to.equal(gridSelected.box);
      expect(cue(notPressed(tracker)).box).to.equal(gridOther.box);
    });
  });

  describe('keyboard focus', () => {
    const widgets: Record<string, TemplateResult> = {
      card: html`<ogp-commitment-card data-widget commitment="1-1" today=${TODAY}></ogp-commitment-card>`,
      list: html`<ogp-commitment-list data-widget today=${TODAY}></ogp-commitment-list>`,
      grid: html`<ogp-policy-area-grid data-widget selectable selected="anti-corruption"></ogp-policy-area-grid>`,
      tracker: html`<ogp-progress-tracker data-widget selectable selected="not-started" today=${TODAY}></ogp-progress-tracker>`,
      dashboard: html`<ogp-action-plan data-widget today=${TODAY}></ogp-action-plan>`,
    };
    for (const [name, template] of Object.entries(widgets)) {
      it(`${name}: the focus ring is --ogp-color-focus (default yellow) around a dark ring`, async () => {
        const widget = await mount(template);
        let active = await tabInto(widget);
        let style = getComputedStyle(active);
        expect(style.outlineStyle, active.outerHTML.slice(0, 80)).to.equal('solid');
        expect(style.outlineColor).to.equal('rgb(255, 221, 0)');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2.9);
        expect(style.boxShadow).to.contain('rgb(11, 12, 12) 0px 0px 0px 2px');
        widget.style.setProperty('--ogp-color-focus', 'rgb(200, 0, 100)');
        active = await tabInto(widget);
        style = getComputedStyle(active);
        expect(style.outlineColor).to.equal('rgb(200, 0, 100)');
      });
    }

    it('focus looks nothing like selection in the grid and the tracker', async () => {
      for (const template of [widgets.grid, widgets.tracker]) {
        const widget = await mount(template);
        const selected = widget.shadowRoot!.querySelector<HTMLElement>('[aria-pressed="true"]')!;
        const selectedBorder = getComputedStyle(selected).borderTopColor;
        // The first Tab stop is the selected item: focused and selected, both show.
        const active = await tabInto(widget);
        expect(active).to.equal(selected);
        const style = getComputedStyle(active);
        expect(style.outlineColor).not.to.equal(selectedBorder);
        expect(style.borderTopColor).to.equal(selectedBorder);
        expect(style.boxShadow, "the selection's inner border and the focus ring's dark ring").to.match(/inset.*rgb\(11, 12, 12\)|rgb\(11, 12, 12\).*inset/);
        // Focus on an item that is not selected leaves its border and box as they were.
        const other = widget.shadowRoot!.querySelector<HTMLElement>('[aria-pressed="false"]')!;
        const before = [getComputedStyle(other).borderTopColor, getComputedStyle(other.querySelector('.cue')!).backgroundColor];
        other.focus();
        await sendKeys({press: 'Shift'});
        expect([getComputedStyle(other).borderTopColor, getComputedStyle(other.querySelector('.cue')!).backgroundColor]).to.deep.equal(before);
        expect(getComputedStyle(other).outlineColor).to.equal('rgb(255, 221, 0)');
      }
    });

    it('every focus style of every element draws its outline from the focus token', () => {
      const classes = (Object.values(elements) as unknown[]).filter(
        (value): value is {name: string; elementStyles: CSSStyleSheet[] | {styleSheet?: CSSStyleSheet}[]} =>
          typeof value === 'function' && (value as {prototype: unknown}).prototype instanceof HTMLElement && 'elementStyles' in value,
      );
      expect(classes.length).to.be.at.least(5);
      for (const element of classes) {
        const rules: {rule: CSSStyleRule; forced: boolean}[] = [];
        const collect = (list: CSSRuleList, forced: boolean) => {
          for (const rule of list) {
            if (rule instanceof CSSStyleRule) rules.push({rule, forced});
            else if (rule instanceof CSSMediaRule) collect(rule.cssRules, forced || rule.conditionText.includes('forced-colors'));
          }
        };
        for (const style of element.elementStyles) {
          const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
          if (sheet) collect(sheet.cssRules, false);
        }
        const focusRules = rules.filter(({rule, forced}) => !forced && rule.selectorText.includes(':focus') && /outline/.test(rule.style.cssText));
        expect(focusRules.length, element.name).to.be.greaterThan(0);
        for (const {rule} of focusRules) {
          expect(rule.style.cssText, `${element.name}: ${rule.selectorText}`).to.contain('var(--_focus)');
        }
      }
    });
  });
});
