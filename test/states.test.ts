/**
 * The states before a plan is drawn look the same in every element: an error (GOV.UK's "There
 * is a problem" at body size) and the loading skeleton (a bordered box with a hidden "Loading").
 */
import {expect, fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/components/action-plan/define.js';
import type {OgpElement} from '../src/base/ogp-element.js';
import {captureWarnings, settled, unique} from './helpers.js';

const TAGS = ['ogp-commitment-card', 'ogp-policy-area-grid', 'ogp-progress-tracker', 'ogp-commitment-list', 'ogp-action-plan'];

const px = (element: Element, property: string) => parseFloat(getComputedStyle(element).getPropertyValue(property));

/** The computed styles that make up the error's look. */
function look(notice: Element) {
  const style = getComputedStyle(notice);
  return {
    border: `${style.borderInlineStartWidth} ${style.borderInlineStartColor} / ${style.borderBlockStartWidth}`,
    padding: style.paddingBlockStart,
    titleWeight: getComputedStyle(notice.querySelector('.notice-title')!).fontWeight,
  };
}

describe('states, the same in every element', () => {
  it('an error: "There is a problem", one sentence at body size, the same box everywhere', async () => {
    const looks: unknown[] = [];
    await captureWarnings(async () => {
      for (const tag of TAGS) {
        const src = unique('/__test/status?code=404');
        const wrapper = await fixture<HTMLElement>(
          staticHtml`<div style="font-size: 16px"><${unsafeStatic(tag)} lang="en" commitment="1" src=${src}></${unsafeStatic(tag)}></div>`,
        );
        const element = wrapper.firstElementChild as OgpElement;
        await settled(element);
        const notice = element.shadowRoot!.querySelector('.root > [role="alert"]')!;
        expect(notice, tag).to.exist;
        const [title, sentence] = [...notice.children] as HTMLElement[];
        expect(title.textContent!.trim(), tag).to.equal('There is a problem');
        expect(sentence.textContent!.trim(), tag).to.equal(
          'The action plan cannot be shown because it was not found. Please tell the owner of this page.',
        );
        // Body size: neither the title nor the sentence is larger than the widget's text.
        expect(px(title, 'font-size'), `${tag} title`).to.equal(16);
        expect(px(sentence, 'font-size'), `${tag} sentence`).to.equal(16);
        // The technical detail is there, closed.
        expect(notice.querySelector('details:not([open])')!.textContent).to.include('error 404');
        looks.push(look(notice));
      }
    });
    for (const [i, seen] of looks.entries()) expect(seen, TAGS[i]).to.deep.equal(looks[0]);
  });

  it('loading: a bordered box with a visually hidden "Loading" in the widget\'s language', async () => {
    for (const tag of TAGS) {
      for (const [lang, text] of [
        ['en', 'Loading the action plan…'],
        ['zh-TW', '正在載入行動方案…'],
      ]) {
        const src = unique('/__test/plan.json?delay=2000');
        const wrapper = await fixture<HTMLElement>(
          staticHtml`<div style="inline-size: 320px"><${unsafeStatic(tag)} lang=${lang} commitment="1" src=${src}></${unsafeStatic(tag)}></div>`,
        );
        const element = wrapper.firstElementChild as OgpElement;
        await element.updateComplete;
        const skeleton = element.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!;
        expect(skeleton, tag).to.exist;
        // Wait for the language's strings (zh-TW loads once per page).
        for (let i = 0; i < 50 && !skeleton.querySelector('.visually-hidden')!.textContent!.includes(text); i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(skeleton.querySelector('.visually-hidden')!.textContent!.trim(), `${tag} ${lang}`).to.equal(text);
        expect(px(skeleton, 'border-block-start-width'), `${tag}: a border`).to.be.greaterThan(0);
        expect(getComputedStyle(skeleton).borderBlockStartStyle, tag).to.equal('solid');
        wrapper.remove();
      }
    }
  });
});
