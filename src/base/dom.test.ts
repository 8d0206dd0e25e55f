// The plain-DOM builders that draw each commitment (base/dom.ts) and the list that keeps them.
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {childElements, element, setText} from './dom.js';
import {statusIcon} from './status.js';
import {OgpCommitmentList} from '../components/commitment-list/commitment-list.js';
import '../components/commitment-list/define.js';
import {illustrativePlan, mountSettled} from '../../test/helpers.js';

interface Item {
  name: string;
}

describe('dom builders', () => {
  it('element() sets class, part and text as text, never as markup', () => {
    const made = element('p', 'summary', 'summary', '<img src=x onerror="window.hit = 1">');
    expect(made.className).to.equal('summary');
    expect(made.getAttribute('part')).to.equal('summary');
    expect(made.children.length).to.equal(0);
    expect(made.textContent).to.equal('<img src=x onerror="window.hit = 1">');
    expect(element('li').attributes.length, 'no empty class or part').to.equal(0);
  });

  it('setText() marks text in another language than the widget’s, and only that', () => {
    expect(setText(element('p'), {value: '預算', lang: 'zh-TW'}, 'en').lang).to.equal('zh-TW');
    expect(setText(element('p'), {value: 'Budget', lang: 'en'}, 'en').hasAttribute('lang')).to.equal(false);
    expect(setText(element('p'), {value: 'Budget'}, 'zh-TW').hasAttribute('lang')).to.equal(false);
  });

  it('statusIcon() gives a new, hidden SVG each call, with the status’s own shape', () => {
    const a = statusIcon('complete');
    const b = statusIcon('complete');
    expect(a).not.to.equal(b);
    expect(a.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(a.getAttribute('aria-hidden')).to.equal('true');
    expect(a.outerHTML).to.equal(b.outerHTML);
    expect(statusIcon('withdrawn').outerHTML).not.to.equal(statusIcon('not-started').outerHTML);
    expect(statusIcon('not-reported').querySelector('circle')!.getAttribute('stroke-dasharray')).to.equal('2.4 2');
  });

  it('childElements() makes each item once, moves them for a new order, and remakes them when its inputs change', () => {
    const host = document.createElement('div');
    const [a, b, c] = [{name: 'a'}, {name: 'b'}, {name: 'c'}];
    let made = 0;
    const draw = (items: Item[], suffix: string) =>
      render(
        html`<ul
          ${childElements(items, (item) => (made++, element('li', '', '', item.name + suffix)), [suffix])}
        ></ul>`,
        host,
      );
    const texts = () => [...host.querySelectorAll('li')].map((li) => li.textContent);
    draw([a, b, c], '');
    const first = host.querySelector('li');
    expect(texts()).to.deep.equal(['a', 'b', 'c']);
    expect(made).to.equal(3);

    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(host.querySelector('ul')!, {childList: true, subtree: true});
    draw([a, b, c], '');
    expect(observer.takeRecords().length, 'the same items: no DOM change').to.equal(0);

    draw([c, a], '');
    expect(texts()).to.deep.equal(['c', 'a']);
    expect(made, 'reordered, not remade').to.equal(3);
    draw([a, b, c], '');
    expect(host.querySelector('li')).to.equal(first);
    expect(made).to.equal(3);

    observer.takeRecords();
    const d = {name: 'd'};
    draw([a, b, c, d], '');
    const records = observer.takeRecords();
    expect(texts()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(
      records.flatMap((r) => [...r.removedNodes]),
      'items added at the end: none moved',
    ).to.deep.equal([]);

    draw([a, b], '!');
    expect(texts()).to.deep.equal(['a!', 'b!']);
    expect(made, 'new inputs: made anew').to.equal(6);
    observer.disconnect();
  });
});

/** An English list of the illustrative plan, and a function that reads its items. */
async function mountList(pageSize: number) {
  const plan = await illustrativePlan();
  const list = await mountSettled<OgpCommitmentList>(
    html`<ogp-commitment-list lang="en" page-size=${pageSize} .plan=${plan}></ogp-commitment-list>`,
  );
  const items = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
  return {plan, list, items};
}

describe('the list keeps its items while filtering', () => {
  it('shows the same item elements again after a filter is cleared, and remakes them in another language', async () => {
    const {plan, list, items} = await mountList(0);
    const before = items();
    expect(before.length).to.equal(plan.commitments.length);
    list.filters = {query: 'budget'};
    await list.updateComplete;
    const filtered = items();
    expect(filtered.length).to.be.within(1, before.length - 1);
    expect(
      filtered.every((item) => before.includes(item)),
      'the matching items are the same elements',
    ).to.equal(true);
    list.clearFilters();
    await list.updateComplete;
    expect(items()).to.deep.equal(before);

    list.lang = 'zh-TW';
    await list.updateComplete;
    const chinese = items();
    expect(chinese.length).to.equal(before.length);
    expect(chinese[0]).not.to.equal(before[0]);
    expect(chinese[0].querySelector('[part="number"]')!.textContent).to.match(/^承諾事項/);
  });

  it('"Show more" adds items after the shown ones without moving them', async () => {
    const {list, items} = await mountList(3);
    const before = items();
    expect(before.length).to.equal(3);
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(list.shadowRoot!.querySelector('[part="items"]')!, {childList: true});
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await list.updateComplete;
    removed.push(...observer.takeRecords().flatMap((record) => [...record.removedNodes]));
    observer.disconnect();
    expect(items().length).to.equal(6);
    expect(items().slice(0, 3)).to.deep.equal(before);
    expect(removed, 'no shown item was taken out and put back').to.deep.equal([]);
  });
});
