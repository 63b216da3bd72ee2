import { expect } from 'chai';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { setViewport } from '@web/test-runner-commands';
import type { KlarHeadedElement } from '../../src/core/klar-headed-element.js';
import { accessibilityOutline } from './a11y-tree.js';
import { withKlarErrors } from './console.js';
import { fixture, isFirefox, settle } from './fixtures.js';
import { applyTextSpacing } from './text-spacing.js';

/** What every list box (klar-success-criteria, -citizen-wishes, -goals) must do; one case per tag. */
export interface ListBoxCase {
  tag: string;
  defaultHeading: string;
  /** Two items from the seeds. */
  items: [string, string];
  /** A heading an author might write in slot `heading`. */
  authoredHeading: string;
}

type Box = KlarHeadedElement;

const defaultHeadingOf = (box: Element) => box.shadowRoot!.querySelector('.heading') as HTMLElement;
const messageOf = (box: Element) => box.shadowRoot!.querySelector('[part="message"]') as HTMLElement | null;

export function describeListBox({ tag, defaultHeading, items, authoredHeading }: ListBoxCase): void {
  const name = unsafeStatic(tag);
  const list = html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  const render = async (template = staticHtml`<${name}>${list}</${name}>`) =>
    (await fixture(template)).querySelector(tag) as Box;

  describe(`${tag}: heading`, () => {
    it('shows its translated default heading as an h2', async () => {
      const heading = defaultHeadingOf(await render());
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal(defaultHeading);
    });

    it('writes the default heading at heading-level', async () => {
      const box = await render(staticHtml`<${name} heading-level="4">${list}</${name}>`);
      expect(defaultHeadingOf(box).localName).to.equal('h4');
      box.headingLevel = 3;
      await box.updateComplete;
      expect(defaultHeadingOf(box).localName).to.equal('h3');
    });

    it('falls back to h2 with one warning for a heading-level outside 1–6', async () => {
      await withKlarErrors(async (_, console) => {
        const box = await render(staticHtml`<${name} heading-level="9">${list}</${name}>`);
        box.requestUpdate();
        await box.updateComplete;
        expect(defaultHeadingOf(box).localName).to.equal('h2');
        expect(console.warnings.filter((line) => line.includes('heading-level="9"'))).to.have.length(1);
      });
    });

    it("keeps the author's own heading and level in place of the default", async () => {
      const box = await render(staticHtml`<${name}><h3 slot="heading">${authoredHeading}</h3>${list}</${name}>`);
      const slot = box.shadowRoot!.querySelector('slot[name="heading"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].localName).to.equal('h3');
      expect(defaultHeadingOf(box).checkVisibility()).to.equal(false);
    });
  });

  describe(`${tag}: what a screen reader gets`, () => {
    before(function () {
      if (isFirefox) this.skip(); // the accessibility tree is read over CDP: Chromium only
    });

    it('the default heading with its level, then the list with its items; no icon', async () => {
      await render();
      expect(await accessibilityOutline(tag)).to.equal(
        [`heading "${defaultHeading}" level=2`, 'list', `  listitem "${items[0]}"`, `  listitem "${items[1]}"`].join('\n')
      );
    });

    it('an authored h3 heading, then the list, then the source line', async () => {
      await render(
        staticHtml`<${name}><h3 slot="heading">${authoredHeading}</h3>${list}<span slot="source">Ishøj Kommune</span></${name}>`
      );
      expect(await accessibilityOutline(tag)).to.equal(
        [
          `heading "${authoredHeading}" level=3`,
          'list',
          `  listitem "${items[0]}"`,
          `  listitem "${items[1]}"`,
          'text "Kilde:"',
          'text "Ishøj Kommune"',
        ].join('\n')
      );
    });
  });

  describe(`${tag}: source`, () => {
    it('shows "Kilde:" and the source only when slot source has content', async () => {
      const box = await render(staticHtml`<${name}>${list}<span slot="source">Ishøj Kommune, Socialstrategi</span></${name}>`);
      const source = box.shadowRoot!.querySelector('[part="source"]') as HTMLElement;
      expect(source.checkVisibility()).to.equal(true);
      expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kilde:');
      box.querySelector('[slot="source"]')!.remove();
      await settle();
      expect(source.checkVisibility()).to.equal(false);
    });
  });

  describe(`${tag}: bad markup`, () => {
    it('without a list: keeps the text, shows a short message, fires klar-error and logs once', async () => {
      await withKlarErrors(async (errors, console) => {
        const box = await render(staticHtml`<${name}><p>${items[0]}</p></${name}>`);
        expect(messageOf(box)!.textContent).to.contain('Noget af indholdet vises ikke helt som tænkt.');
        expect(messageOf(box)!.checkVisibility()).to.equal(true);
        expect(box.querySelector('p')!.checkVisibility()).to.equal(true);
        expect(errors.map((detail) => detail.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('<ul> or <ol>');
        expect(console.errors.filter((line) => line.startsWith(`Klar: <${tag}>`))).to.have.length(1);
      });
    });

    it('empty: says content is missing, with code empty-content', async () => {
      await withKlarErrors(async (errors) => {
        const box = await render(staticHtml`<${name}></${name}>`);
        expect(messageOf(box)!.textContent).to.contain('Her mangler indhold.');
        expect(errors.map((detail) => detail.code)).to.deep.equal(['empty-content']);
      });
    });

    it('clears the message when the web team adds the list', async () => {
      await withKlarErrors(async () => {
        const box = await render(staticHtml`<${name}><p>${items[0]}</p></${name}>`);
        const added = document.createElement('ul');
        added.innerHTML = '<li>Borgere træffer beslutninger.</li>';
        box.append(added);
        await settle();
        expect(messageOf(box)).to.equal(null);
      });
    });

    it('shows list content as text, never as markup', async () => {
      const box = await render(staticHtml`<${name}><ul><li>${'<img src=x onerror="window.klarHacked=1">'}</li></ul></${name}>`);
      expect(box.querySelector('img')).to.equal(null);
      expect((window as { klarHacked?: number }).klarHacked).to.equal(undefined);
    });
  });

  describe(`${tag}: under a CMS page's own CSS`, () => {
    it('keeps its frame and default heading when the page hides or restyles common names', async () => {
      const hostile = document.createElement('style');
      // Rules a CMS theme might carry, aimed at names Klar also uses inside its shadow root.
      hostile.textContent = `h2, svg, slot, span, .box, .heading, .content, .icon, [part] { display: none !important; }
        h2, .heading { font-size: 4px !important; }`;
      document.head.append(hostile);
      try {
        const box = await render();
        const heading = defaultHeadingOf(box);
        expect(heading.checkVisibility()).to.equal(true);
        expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(16);
        expect(box.shadowRoot!.querySelector('svg.icon')!.checkVisibility()).to.equal(true);
        expect(box.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        hostile.remove();
      }
    });
  });

  describe(`${tag}: easy-read`, () => {
    it('uses at least 20 px type and 1.6 line height, on its own attribute and page-wide', async () => {
      for (const settings of [{ attribute: true, page: false }, { attribute: false, page: true }]) {
        const container = await fixture(staticHtml`<${name} ?easy-read=${settings.attribute}>${list}</${name}>`, {
          easyRead: settings.page,
        });
        const style = getComputedStyle(container.querySelector('li')!);
        expect(parseFloat(style.fontSize)).to.be.at.least(20);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.6 - 0.01);
      }
    });

    it('follows the page switch live', async () => {
      const item = (await render()).querySelector('li')!;
      const before = parseFloat(getComputedStyle(item).fontSize);
      document.documentElement.setAttribute('data-klar-easy-read', '');
      await settle();
      expect(parseFloat(getComputedStyle(item).fontSize)).to.be.at.least(Math.max(20, before * 1.25 - 0.5));
      document.documentElement.removeAttribute('data-klar-easy-read');
      await settle();
      expect(parseFloat(getComputedStyle(item).fontSize)).to.equal(before);
    });
  });

  describe(`${tag}: at 320 px with WCAG 1.4.12 text spacing`, () => {
    after(() => setViewport({ width: 1280, height: 900 }));

    it('keeps every line of heading and list readable, nothing clipped or cut off', async () => {
      await setViewport({ width: 320, height: 640 });
      await fixture(staticHtml`<${name}>${list}</${name}>
        <${name}><h3 slot="heading">${authoredHeading}</h3>${list}<span slot="source">Ishøj Kommune</span></${name}>`);
      const restore = applyTextSpacing(tag);
      try {
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const box of document.querySelectorAll(tag)) {
          const frame = box.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
          const texts = [...box.querySelectorAll('li, h3, [slot="source"]'), ...box.shadowRoot!.querySelectorAll('.heading')].filter(
            (text) => (text as HTMLElement).checkVisibility()
          );
          expect(texts.length).to.be.greaterThan(1);
          for (const text of texts) {
            const rect = text.getBoundingClientRect();
            // Inline boxes have no client width; their rectangles below are what counts.
            if (getComputedStyle(text).display !== 'inline') {
              expect(text.scrollWidth, text.textContent!).to.be.at.most(text.clientWidth + 1);
            }
            expect(rect.top).to.be.at.least(frame.top);
            expect(rect.bottom).to.be.at.most(frame.bottom);
            expect(rect.left).to.be.at.least(frame.left);
            expect(rect.right).to.be.at.most(frame.right);
          }
        }
      } finally {
        restore();
      }
    });
  });
}
