import { expect } from 'chai';
import { html } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-success-criteria/define.js';
import type { KlarSuccessCriteria } from '../src/elements/klar-success-criteria/define.js';
import type { KlarErrorDetail } from '../src/core/errors.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { fixture, isFirefox, settle } from './helpers/fixtures.js';
import { captureConsole } from './helpers/console.js';
import { successBoxes } from '../stories/content/socialstrategi.js';

const box = successBoxes.investeringIForebyggelse;
const list = html`<ul>${box.items.map((item) => html`<li>${item}</li>`)}</ul>`;

async function criteria(template = html`<klar-success-criteria>${list}</klar-success-criteria>`) {
  const container = await fixture(template);
  return container.querySelector('klar-success-criteria') as KlarSuccessCriteria;
}

const shadowHeading = (element: Element) => element.shadowRoot!.querySelector('.heading') as HTMLElement;

describe('klar-success-criteria', () => {
  describe('heading', () => {
    it('shows the default heading "Vi kan se, at vi lykkes, når:" as an h2', async () => {
      const element = await criteria();
      const heading = shadowHeading(element);
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Vi kan se, at vi lykkes, når:');
    });

    it('writes the default heading at heading-level', async () => {
      const element = await criteria(html`<klar-success-criteria heading-level="4">${list}</klar-success-criteria>`);
      expect(shadowHeading(element).localName).to.equal('h4');
      element.headingLevel = 3;
      await element.updateComplete;
      expect(shadowHeading(element).localName).to.equal('h3');
    });

    it('falls back to h2 with one warning for a heading-level outside 1–6', async () => {
      const console = captureConsole();
      try {
        const element = await criteria(html`<klar-success-criteria heading-level="9">${list}</klar-success-criteria>`);
        element.requestUpdate();
        await element.updateComplete;
        expect(shadowHeading(element).localName).to.equal('h2');
        expect(console.warnings.filter((line) => line.includes('heading-level="9"'))).to.have.length(1);
      } finally {
        console.restore();
      }
    });

    it("keeps the author's own heading and level in place of the default", async () => {
      const element = await criteria(html`<klar-success-criteria><h3 slot="heading">${box.heading}</h3>${list}</klar-success-criteria>`);
      const slot = element.shadowRoot!.querySelector('slot[name="heading"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].localName).to.equal('h3');
      expect(shadowHeading(element).checkVisibility()).to.equal(false);
    });
  });

  describe('what a screen reader gets', () => {
    it('the default heading with its level, then the list with its items', async function () {
      if (isFirefox) this.skip(); // the accessibility tree is read over CDP: Chromium only
      await criteria(html`<klar-success-criteria id="box">${list}</klar-success-criteria>`);
      expect(await accessibilityOutline('#box')).to.equal(
        [
          'heading "Vi kan se, at vi lykkes, når:" level=2',
          'list',
          `  listitem "${box.items[0]}"`,
          `  listitem "${box.items[1]}"`,
        ].join('\n')
      );
    });

    it('an authored h3 heading, then the list', async function () {
      if (isFirefox) this.skip();
      await criteria(html`<klar-success-criteria id="box"><h3 slot="heading">${box.heading}</h3>${list}</klar-success-criteria>`);
      expect(await accessibilityOutline('#box')).to.equal(
        [`heading "${box.heading}" level=3`, 'list', `  listitem "${box.items[0]}"`, `  listitem "${box.items[1]}"`].join('\n')
      );
    });

    it('no decorative icon', async function () {
      if (isFirefox) this.skip();
      await criteria(html`<klar-success-criteria id="box">${list}</klar-success-criteria>`);
      expect(await accessibilityOutline('#box')).not.to.match(/img|graphics|svg/i);
    });
  });

  describe('bad markup', () => {
    it('without a list: keeps the text, shows a short message, fires klar-error and logs once', async () => {
      const console = captureConsole();
      const events: KlarErrorDetail[] = [];
      const listener = (event: Event) => events.push((event as CustomEvent<KlarErrorDetail>).detail);
      document.addEventListener('klar-error', listener);
      try {
        const element = await criteria(html`<klar-success-criteria><p>Borgere træffer beslutninger.</p></klar-success-criteria>`);
        const message = element.shadowRoot!.querySelector('[part="message"]') as HTMLElement;
        expect(message.textContent).to.contain('Noget af indholdet vises ikke helt som tænkt.');
        expect(message.checkVisibility()).to.equal(true);
        expect(element.querySelector('p')!.checkVisibility()).to.equal(true);
        expect(events.map((detail) => detail.code)).to.deep.equal(['invalid-content']);
        expect(events[0].message).to.contain('<ul> or <ol>');
        expect(console.errors.filter((line) => line.startsWith('Klar: <klar-success-criteria>'))).to.have.length(1);
      } finally {
        document.removeEventListener('klar-error', listener);
        console.restore();
      }
    });

    it('empty: says content is missing, with code empty-content', async () => {
      const console = captureConsole();
      const events: string[] = [];
      const listener = (event: Event) => events.push((event as CustomEvent<KlarErrorDetail>).detail.code);
      document.addEventListener('klar-error', listener);
      try {
        const element = await criteria(html`<klar-success-criteria></klar-success-criteria>`);
        expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Her mangler indhold.');
        expect(events).to.deep.equal(['empty-content']);
      } finally {
        document.removeEventListener('klar-error', listener);
        console.restore();
      }
    });

    it('clears the message when the web team adds the list', async () => {
      const console = captureConsole();
      try {
        const element = await criteria(html`<klar-success-criteria><p>Borgere træffer beslutninger.</p></klar-success-criteria>`);
        element.append(document.createElement('ul'));
        element.querySelector('ul')!.innerHTML = '<li>Borgere træffer beslutninger.</li>';
        await settle();
        expect(element.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      } finally {
        console.restore();
      }
    });

    it('shows list content as text, never as markup', async () => {
      const element = await criteria(html`<klar-success-criteria><ul><li>${'<img src=x onerror="window.klarHacked=1">'}</li></ul></klar-success-criteria>`);
      expect(element.querySelector('img')).to.equal(null);
      expect((window as { klarHacked?: number }).klarHacked).to.equal(undefined);
    });
  });

  describe("under a CMS page's own CSS", () => {
    it('keeps its frame and default heading when the page hides or restyles common names', async () => {
      const hostile = document.createElement('style');
      // Rules a CMS theme might carry, aimed at names Klar also uses inside its shadow root.
      hostile.textContent = `h2, svg, slot, span, .box, .heading, .content, .icon, [part] { display: none !important; }
        h2, .heading { font-size: 4px !important; }`;
      document.head.append(hostile);
      try {
        const element = await criteria();
        const heading = shadowHeading(element);
        expect(heading.checkVisibility()).to.equal(true);
        expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(16);
        expect(element.shadowRoot!.querySelector('.icon svg')!.checkVisibility()).to.equal(true);
        expect(element.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        hostile.remove();
      }
    });
  });

  describe('easy-read', () => {
    it('uses at least 20 px type and 1.6 line height, on its own attribute and page-wide', async () => {
      for (const settings of [{ attribute: true, page: false }, { attribute: false, page: true }]) {
        const container = await fixture(
          html`<klar-success-criteria ?easy-read=${settings.attribute}>${list}</klar-success-criteria>`,
          { easyRead: settings.page }
        );
        const item = container.querySelector('li')!;
        const style = getComputedStyle(item);
        expect(parseFloat(style.fontSize)).to.be.at.least(20);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.6 - 0.01);
      }
    });

    it('follows the page switch live', async () => {
      const container = await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`);
      const item = container.querySelector('li')!;
      const before = parseFloat(getComputedStyle(item).fontSize);
      document.documentElement.setAttribute('data-klar-easy-read', '');
      await settle();
      expect(parseFloat(getComputedStyle(item).fontSize)).to.be.at.least(Math.max(20, before * 1.25 - 0.5));
      document.documentElement.removeAttribute('data-klar-easy-read');
      await settle();
      expect(parseFloat(getComputedStyle(item).fontSize)).to.equal(before);
    });
  });

  describe('at 320 px with WCAG 1.4.12 text spacing', () => {
    after(() => setViewport({ width: 1280, height: 900 }));

    it('keeps every line of heading and list readable, nothing clipped or cut off', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await criteria(
        html`<klar-success-criteria>${list}</klar-success-criteria>
          <klar-success-criteria><h3 slot="heading">${box.heading}</h3>${list}</klar-success-criteria>`
      );
      // The text-spacing bookmarklet's rules, applied to the page and inside the shadow roots.
      const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; } p, li { margin-block-end: 2em !important; }`;
      const style = document.createElement('style');
      style.textContent = spacing;
      document.head.append(style);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(spacing);
      const elements = [...document.querySelectorAll('klar-success-criteria')];
      for (const each of elements) each.shadowRoot!.adoptedStyleSheets = [...each.shadowRoot!.adoptedStyleSheets, sheet];
      try {
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const each of elements) {
          const frame = each.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
          const texts = [
            ...each.querySelectorAll('li, h3'),
            ...each.shadowRoot!.querySelectorAll('.heading'),
          ].filter((text) => (text as HTMLElement).checkVisibility());
          expect(texts.length).to.be.greaterThan(1);
          for (const text of texts) {
            const rect = text.getBoundingClientRect();
            expect(text.scrollWidth, text.textContent!).to.be.at.most(text.clientWidth + 1);
            expect(rect.top).to.be.at.least(frame.top);
            expect(rect.bottom).to.be.at.most(frame.bottom);
            expect(rect.left).to.be.at.least(frame.left);
            expect(rect.right).to.be.at.most(frame.right);
          }
        }
        expect(element.isConnected).to.equal(true);
      } finally {
        style.remove();
      }
    });
  });
});
