/**
 * Off screen: an element below the fold skips layout and paint until it nears the viewport
 * (content-visibility: auto), which is most of the first layout's cost on a long policy page.
 * What a reader gets must not change: a screen reader hears every element, also those not yet
 * drawn; scrolling to one draws it; keyboard focus reaches it.
 */
import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/klar.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { demoMain } from './helpers/demo.js';
import { drawn, fixture, isFirefox, settle } from './helpers/fixtures.js';

/** Whether the element's content is drawn: the element itself is, its skipped content is not. */
const isDrawn = (element: Element) => element.shadowRoot!.querySelector('*')!.checkVisibility({ contentVisibilityAuto: true });

const klarElements = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('klar-') && element.localName !== 'klar-theme');

/** The demo page's elements, twice: a page far longer than the test window. */
async function longPage(): Promise<HTMLElement> {
  const nodes = await demoMain('index.html');
  const container = await fixture(html`<div class="long">${nodes}</div><div class="long">${nodes.map((node) => node.cloneNode(true))}</div>`);
  await drawn();
  return container;
}

describe('Off screen: skipped until needed, complete for every reader', () => {
  it('elements far below the fold are not drawn yet; those on screen are', async () => {
    const elements = klarElements(await longPage());
    expect(elements.length).to.be.greaterThan(20);
    const drawnNow = elements.map(isDrawn);
    expect(drawnNow.at(0), 'the first element').to.equal(true);
    expect(drawnNow.at(-1), 'the last element').to.equal(false);
    expect(drawnNow.filter((each) => !each).length, 'elements skipped').to.be.greaterThan(elements.length / 2);
  });

  it('scrolling to an element draws it, at its real size', async () => {
    const elements = klarElements(await longPage());
    const last = elements.at(-1)!;
    last.scrollIntoView();
    await drawn();
    expect(isDrawn(last)).to.equal(true);
    const size = last.getBoundingClientRect().height;
    last.style.contentVisibility = 'visible';
    expect(last.getBoundingClientRect().height).to.equal(size);
  });

  it('scrolling up from the end, what is on screen moves exactly as far as the reader scrolls', async () => {
    const container = await longPage();
    scrollTo(0, document.documentElement.scrollHeight);
    await drawn();
    // Elements drawn for the first time above the screen change height; the browser keeps what
    // is on screen in place (scroll anchoring), so only the scroll bar notices.
    const landmarks = [...container.querySelectorAll<HTMLElement>('h2:not([slot])')];
    let steps = 0;
    while (scrollY > 0 && steps++ < 80) {
      const onScreen = landmarks.find((heading) => heading.getBoundingClientRect().top > 0 && heading.getBoundingClientRect().top < innerHeight / 2);
      const before = onScreen?.getBoundingClientRect().top;
      const scrolledFrom = scrollY;
      scrollBy(0, -200);
      await drawn();
      if (!onScreen || scrollY === 0) continue; // at the top the last step is shorter
      const moved = onScreen.getBoundingClientRect().top - before!;
      expect(Math.abs(moved - 200), `${onScreen.textContent} after scrolling from ${scrolledFrom}`).to.be.below(1.5);
    }
    expect(scrollY).to.equal(0);
  });

  it('Tab reaches a link inside an element not drawn yet, and shows it', async () => {
    const container = await longPage();
    const cards = [...container.querySelectorAll('klar-policy-card')];
    const last = cards.at(-1)!;
    expect(isDrawn(last)).to.equal(false);
    // Focus the link before the card's, then one Tab: the browser draws the card it lands in.
    const previous = cards.at(-2)!.shadowRoot!.querySelector('a')!;
    previous.focus();
    await sendKeys({ press: 'Tab' });
    await drawn();
    expect(last.shadowRoot!.activeElement?.localName).to.equal('a');
    expect(isDrawn(last)).to.equal(true);
    const box = last.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.top).to.be.below(innerHeight);
  });

  it('a screen reader gets every element, drawn or not: the same tree as with all drawn', async function () {
    // Chromium's accessibility tree, with renderer accessibility on as when a screen reader runs.
    if (isFirefox) this.skip();
    const container = await longPage();
    const skipped = await accessibilityOutline('.fixture');
    for (const element of klarElements(container)) element.style.contentVisibility = 'visible';
    await settle(container);
    await drawn();
    const all = await accessibilityOutline('.fixture');
    expect(skipped.split('\n').filter((line) => line.includes('heading')).length).to.be.greaterThan(20);
    expect(skipped).to.equal(all);
  });
});
