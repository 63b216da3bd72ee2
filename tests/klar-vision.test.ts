import { expect } from 'chai';
import { html, nothing, type TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-vision/define.js';
import type { KlarVision } from '../src/elements/klar-vision/define.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { drawn, fixture, isFirefox, settle } from './helpers/fixtures.js';
import { applyTextSpacing } from './helpers/text-spacing.js';
import { easyVisions, velfaerdspolitikArabic, visions, type EasyVision, type Vision } from '../stories/content/vision.js';

const { velfaerdspolitik, medborgerpolitik } = visions;
const easy = easyVisions.velfaerdspolitik;

interface Options {
  vision?: Vision;
  easyVersion?: EasyVision;
  heading?: TemplateResult;
  headingLevel?: number | string;
  easyRead?: boolean;
  locale?: string;
}

/** A vision as a web team writes it: paragraphs, `<ul slot="marks">`, an optional easy-read version (each block in slot `easy-read`). */
async function vision({ vision = velfaerdspolitik, easyVersion, heading, headingLevel, easyRead = false, locale = 'da' }: Options = {}) {
  const container = await fixture(
    html`<klar-vision heading-level=${headingLevel ?? nothing}>
      ${heading ?? nothing} ${vision.text.map((text) => html`<p>${text}</p>`)}
      ${vision.marks ? html`<ul slot="marks">${vision.marks.map((mark) => html`<li>${mark}</li>`)}</ul>` : nothing}
      ${easyVersion?.text.map((text) => html`<p slot="easy-read">${text}</p>`)}
      ${easyVersion?.marks ? html`<ul slot="easy-read">${easyVersion.marks.map((mark) => html`<li>${mark}</li>`)}</ul>` : nothing}
    </klar-vision>`,
    { locale, easyRead }
  );
  return container.querySelector('klar-vision') as KlarVision;
}

const defaultHeadingOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const marksHeadingOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="marks-heading"]')!;
const messageOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="message"]');
const marksOf = (element: Element) => element.querySelector<HTMLElement>('[slot="marks"]')!;
const visible = (element: Element | null) => Boolean(element?.checkVisibility());
const outline = (lines: string[]) => lines.join('\n');
/** The accessibility tree once a frame has been drawn: Chromium updates it with the frame, not with the DOM. */
async function outlineOf(selector: string): Promise<string> {
  await drawn();
  return accessibilityOutline(selector);
}
/** What a screen reader gets of the Velfærdspolitik's vision under `heading` at `level`. */
const velfaerdspolitikOutline = (heading: string, level: number) =>
  outline([
    `heading "${heading}" level=${level}`,
    `text "${velfaerdspolitik.text[0]}"`,
    `heading "Pejlemærker" level=${level + 1}`,
    'list',
    ...velfaerdspolitik.marks.map((mark) => `  listitem "${mark}"`),
  ]);

describe('klar-vision', () => {
  before(() => setViewport({ width: 1024, height: 800 }));

  describe('what a screen reader gets', () => {
    before(function () {
      if (isFirefox) this.skip(); // the accessibility tree is read over CDP: Chromium only
    });

    it('the heading "Vision", the vision, then the heading "Pejlemærker" one level below and the marks list', async () => {
      await vision();
      expect(await outlineOf('klar-vision')).to.equal(velfaerdspolitikOutline('Vision', 2));
    });

    it('without marks: the heading and the vision only (no empty "Pejlemærker")', async () => {
      await vision({ vision: medborgerpolitik });
      expect(await outlineOf('klar-vision')).to.equal(
        outline(['heading "Vision" level=2', `text "${medborgerpolitik.text[0]}"`])
      );
    });

    it("under the author's h3, the marks heading is an h4", async () => {
      await vision({ heading: html`<h3 slot="heading">Velfærdspolitikkens vision</h3>` });
      expect(await outlineOf('klar-vision')).to.equal(velfaerdspolitikOutline('Velfærdspolitikkens vision', 3));
    });

    it('easy-read: the plainer heading, the easy-read text and its own list in place of the marks', async () => {
      await vision({ easyVersion: easy, easyRead: true });
      expect(await outlineOf('klar-vision')).to.equal(
        outline([
          'heading "Det drømmer vi om:" level=2',
          ...easy.text.map((text) => `text "${text}"`),
          'list',
          ...easy.marks!.map((mark) => `  listitem "${mark}"`),
        ])
      );
    });
  });

  describe('heading', () => {
    it('writes the translated default heading "Vision" as an h2', async () => {
      const heading = defaultHeadingOf(await vision());
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Vision');
      expect(visible(heading)).to.equal(true);
    });

    it('writes the default heading at heading-level, and the marks heading one below it', async () => {
      const element = await vision({ headingLevel: 4 });
      expect(defaultHeadingOf(element).localName).to.equal('h4');
      expect(marksHeadingOf(element).localName).to.equal('h5');
      element.headingLevel = 6;
      await element.updateComplete;
      expect(defaultHeadingOf(element).localName).to.equal('h6');
      // There is no level 7: the marks heading stays at 6.
      expect(marksHeadingOf(element).localName).to.equal('h6');
    });

    it('falls back to h2 with one warning for a heading-level outside 1–6', async () => {
      await withKlarErrors(async (_, console) => {
        const element = await vision({ headingLevel: 'tre' });
        element.requestUpdate();
        await element.updateComplete;
        expect(defaultHeadingOf(element).localName).to.equal('h2');
        expect(console.warnings.filter((line) => line.includes('heading-level="tre"'))).to.have.length(1);
      });
    });

    it("keeps the author's heading and level in place of the default one", async () => {
      const element = await vision({ heading: html`<h4 slot="heading">Visionen</h4>` });
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements().map((heading) => heading.localName)).to.deep.equal(['h4']);
      expect(visible(defaultHeadingOf(element))).to.equal(false);
      expect(marksHeadingOf(element).localName).to.equal('h5');
    });

    it('counts an authored role="heading" by its aria-level', async () => {
      const element = await vision({ heading: html`<p slot="heading" role="heading" aria-level="3">Vision 2025</p>` });
      expect(marksHeadingOf(element).localName).to.equal('h4');
    });
  });

  describe('marks heading', () => {
    it('says "Pejlemærker" before the marks, only when there are marks', async () => {
      const element = await vision();
      expect(marksHeadingOf(element).textContent!.trim()).to.equal('Pejlemærker');
      expect(visible(marksHeadingOf(element))).to.equal(true);
      // Before the list, in reading order.
      expect(marksHeadingOf(element).getBoundingClientRect().bottom).to.be.at.most(marksOf(element).getBoundingClientRect().top);
      marksOf(element).remove();
      await settle();
      expect(visible(marksHeadingOf(element))).to.equal(false);
    });

    it('is translated: "Guiding goals" on an English page, with the heading "Vision"', async () => {
      const element = await vision({ locale: 'en' });
      expect(marksHeadingOf(element).textContent!.trim()).to.equal('Guiding goals');
      expect(defaultHeadingOf(element).textContent).to.equal('Vision');
    });

    it('says its words in the language of the interface when it differs from the content\'s', async () => {
      // A language Klar has no translation for: Danish words, marked as Danish for screen readers.
      await withKlarErrors(async () => {
        const element = await vision({ locale: 'is' });
        expect(marksHeadingOf(element).getAttribute('lang')).to.equal('da');
        expect(marksHeadingOf(element).textContent!.trim()).to.equal('Pejlemærker');
      });
    });
  });

  describe('read aloud', () => {
    it('reads the heading, the vision, "Pejlemærker", then each mark', async () => {
      const element = await vision();
      const spoken = element.spoken().map((item) => (typeof item === 'string' ? item : item.textContent!.trim()));
      expect(spoken).to.deep.equal(['Vision', velfaerdspolitik.text[0], 'Pejlemærker', ...velfaerdspolitik.marks]);
    });

    it('in easy-read with its own list: the easy-read words only, no marks heading', async () => {
      const element = await vision({ easyVersion: easy, easyRead: true });
      const spoken = element.spoken().map((item) => (typeof item === 'string' ? item : item.textContent!.trim()));
      expect(spoken).to.deep.equal(['Det drømmer vi om:', ...easy.text, ...easy.marks!]);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop of its own', async () => {
      const container = await fixture(
        html`<button id="before">Før</button>
          <klar-vision><p>${medborgerpolitik.text[0]}</p></klar-vision>
          <button id="after">Efter</button>`
      );
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('presence', () => {
    it('sets the vision larger than the page text and the marks, with an accent stripe at the start', async () => {
      const element = await vision();
      const body = parseFloat(getComputedStyle(document.body).fontSize);
      const text = parseFloat(getComputedStyle(element.querySelector('p')!).fontSize);
      const mark = parseFloat(getComputedStyle(marksOf(element).querySelector('li')!).fontSize);
      expect(text).to.be.at.least(body * 1.3);
      expect(mark).to.be.closeTo(body, 0.5);
      const frame = getComputedStyle(element.shadowRoot!.querySelector('[part="vision"]')!);
      expect(parseFloat(frame.borderLeftWidth)).to.be.greaterThan(parseFloat(frame.borderRightWidth));
    });
  });

  describe('right to left', () => {
    it('on an Arabic page: Arabic heading, the stripe and star on the right', async () => {
      const element = await vision({ vision: velfaerdspolitikArabic, locale: 'ar' });
      await drawn();
      expect(defaultHeadingOf(element).textContent).to.equal('الرؤية');
      const frame = element.shadowRoot!.querySelector('[part="vision"]')!;
      const style = getComputedStyle(frame);
      expect(style.direction).to.equal('rtl');
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
      const star = element.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
      const heading = defaultHeadingOf(element).getBoundingClientRect();
      expect(star.left).to.be.at.least(heading.right - 1);
      // The list's bullets stand on the right too: its padding is on the start side.
      const list = getComputedStyle(marksOf(element));
      expect(parseFloat(list.paddingRight)).to.be.greaterThan(parseFloat(list.paddingLeft));
    });
  });

  describe('easy-read', () => {
    afterEach(() => document.documentElement.removeAttribute('data-klar-easy-read'));

    it('shows the easy-read version in place of vision and marks, with at least 20 px type and 1.6 line height', async () => {
      const element = await vision({ easyVersion: easy, easyRead: true });
      const easyBlocks = [...element.querySelectorAll('[slot="easy-read"]')];
      expect(easyBlocks.map(visible)).to.deep.equal([true, true, true, true]);
      expect(visible(element.querySelector('p:not([slot])'))).to.equal(false);
      expect(visible(marksOf(element))).to.equal(false);
      expect(visible(marksHeadingOf(element))).to.equal(false);
      for (const block of element.querySelectorAll('p[slot="easy-read"], [slot="easy-read"] li')) {
        const style = getComputedStyle(block);
        expect(parseFloat(style.fontSize), block.textContent!).to.be.at.least(20);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.59);
      }
    });

    it('takes the easy-read version in one <div slot="easy-read"> too: its list replaces the marks', async () => {
      const container = await fixture(
        html`<klar-vision>
          <p>${velfaerdspolitik.text[0]}</p>
          <ul slot="marks">${velfaerdspolitik.marks.map((mark) => html`<li>${mark}</li>`)}</ul>
          <div slot="easy-read">${easy.text.map((text) => html`<p>${text}</p>`)}<ul>${easy.marks!.map((mark) => html`<li>${mark}</li>`)}</ul></div>
        </klar-vision>`,
        { easyRead: true }
      );
      const element = container.querySelector('klar-vision')!;
      expect(visible(element.querySelector('div[slot="easy-read"] li'))).to.equal(true);
      expect(visible(marksOf(element))).to.equal(false);
      expect(visible(marksHeadingOf(element))).to.equal(false);
      expect(parseFloat(getComputedStyle(element.querySelector('div[slot="easy-read"] p')!).fontSize)).to.be.at.least(20);
    });

    it('an easy-read version with text only keeps the marks, under the plainer "Det arbejder vi for:"', async () => {
      const element = await vision({ easyVersion: { text: easy.text.slice(0, 2) }, easyRead: true });
      expect(visible(marksOf(element))).to.equal(true);
      expect(marksHeadingOf(element).textContent!.trim()).to.equal('Det arbejder vi for:');
      const style = getComputedStyle(marksOf(element).querySelector('li')!);
      expect(parseFloat(style.fontSize)).to.be.at.least(20);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.59);
    });

    it('without an easy-read version: the same words, larger, under the plainer headings', async () => {
      const element = await vision({ easyRead: true });
      expect(defaultHeadingOf(element).textContent).to.equal('Det drømmer vi om:');
      const text = element.querySelector('p')!;
      expect(visible(text)).to.equal(true);
      expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(20);
    });

    it('follows the page switch live, and back', async () => {
      const element = await vision({ easyVersion: easy });
      const text = element.querySelector('p')!;
      expect(visible(text)).to.equal(true);
      document.documentElement.setAttribute('data-klar-easy-read', '');
      await settle();
      expect(visible(text)).to.equal(false);
      expect(visible(element.querySelector('[slot="easy-read"]'))).to.equal(true);
      document.documentElement.removeAttribute('data-klar-easy-read');
      await settle();
      expect(visible(text)).to.equal(true);
      expect(visible(marksOf(element))).to.equal(true);
    });
  });

  describe('at 320 px with WCAG 1.4.12 text spacing', () => {
    after(() => setViewport({ width: 1024, height: 800 }));

    for (const easyRead of [false, true]) {
      it(`${easyRead ? 'easy-read: ' : ''}nothing wider than the screen, every line inside the frame`, async () => {
        await setViewport({ width: 320, height: 640 });
        const element = await vision({ easyVersion: easy, easyRead });
        const restore = applyTextSpacing('klar-vision');
        try {
          await drawn();
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          const frame = element.shadowRoot!.querySelector('[part="vision"]')!.getBoundingClientRect();
          const texts = [...element.querySelectorAll('p, li'), defaultHeadingOf(element), marksHeadingOf(element)].filter(visible);
          expect(texts.length).to.be.greaterThan(2);
          for (const text of texts) {
            const rect = text.getBoundingClientRect();
            expect(text.scrollWidth, text.textContent!).to.be.at.most(text.clientWidth + 1);
            expect(rect.left).to.be.at.least(frame.left);
            expect(rect.right).to.be.at.most(frame.right);
            expect(rect.top).to.be.at.least(frame.top);
            expect(rect.bottom).to.be.at.most(frame.bottom);
          }
        } finally {
          restore();
        }
      });
    }
  });

  describe('bad input: a short message, klar-error, one console error, nothing hidden', () => {
    it('no vision text: "Her mangler indhold.", empty-content, the marks still show', async () => {
      await withKlarErrors(async (errors, console) => {
        const container = await fixture(
          html`<klar-vision><ul slot="marks">${velfaerdspolitik.marks.map((mark) => html`<li>${mark}</li>`)}</ul></klar-vision>`
        );
        const element = container.querySelector('klar-vision')!;
        expect(messageOf(element)!.textContent).to.contain('Her mangler indhold.');
        expect(visible(messageOf(element))).to.equal(true);
        expect(visible(marksOf(element))).to.equal(true);
        expect(errors.map((error) => error.code)).to.deep.equal(['empty-content']);
        expect(console.errors.filter((line) => line.startsWith('Klar: <klar-vision>'))).to.have.length(1);
      });
    });

    it('an empty tag: empty-content', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-vision></klar-vision>`);
        expect(messageOf(container.querySelector('klar-vision')!)!.textContent).to.contain('Her mangler indhold.');
        expect(errors.map((error) => error.code)).to.deep.equal(['empty-content']);
      });
    });

    it('marks that are not a list: invalid-content naming <ul slot="marks">, the marks shown as written', async () => {
      await withKlarErrors(async (errors, console) => {
        const container = await fixture(
          html`<klar-vision><p>${velfaerdspolitik.text[0]}</p><p slot="marks">${velfaerdspolitik.marks[0]}</p></klar-vision>`
        );
        const element = container.querySelector('klar-vision')!;
        expect(messageOf(element)!.textContent).to.contain('Noget af indholdet vises ikke helt som tænkt.');
        expect(visible(element.querySelector('[slot="marks"]'))).to.equal(true);
        expect(visible(element.querySelector('p:not([slot])'))).to.equal(true);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('<ul slot="marks">');
        expect(console.errors).to.have.length(1);
      });
    });

    it('clears the message when the web team adds the vision', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-vision></klar-vision>`);
        const element = container.querySelector('klar-vision')!;
        const paragraph = document.createElement('p');
        paragraph.textContent = medborgerpolitik.text[0];
        element.append(paragraph);
        await settle();
        expect(messageOf(element)).to.equal(null);
        expect(errors).to.have.length(1);
      });
    });

    it('shows content as text, never as markup', async () => {
      const container = await fixture(html`<klar-vision .data=${{ text: '<img src=x onerror="window.klarHacked=1">' }}></klar-vision>`);
      expect(container.querySelector('img')).to.equal(null);
      expect(container.querySelector('klar-vision p')!.textContent).to.equal('<img src=x onerror="window.klarHacked=1">');
      expect((window as { klarHacked?: number }).klarHacked).to.equal(undefined);
    });
  });

  describe('JSON', () => {
    const data = {
      text: velfaerdspolitik.text[0],
      marks: velfaerdspolitik.marks,
      easyRead: { text: easy.text, marks: easy.marks },
    };

    it('data: the same markup an author writes, read the same', async function () {
      const container = await fixture(html`<klar-vision heading-level="3" .data=${data}></klar-vision>`);
      const element = container.querySelector('klar-vision')!;
      expect(element.querySelector('p:not([slot])')!.textContent).to.equal(velfaerdspolitik.text[0]);
      expect([...marksOf(element).querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal(velfaerdspolitik.marks);
      expect([...element.querySelectorAll('[slot="easy-read"] li')].map((item) => item.textContent)).to.deep.equal(easy.marks);
      expect(defaultHeadingOf(element).localName).to.equal('h3');
      if (isFirefox) return; // the accessibility tree is read over CDP: Chromium only
      expect(await outlineOf('klar-vision')).to.equal(velfaerdspolitikOutline('Vision', 3));
    });

    it('data: an own heading at heading-level, paragraphs from a list of texts', async () => {
      const container = await fixture(
        html`<klar-vision heading-level="3" .data=${{ heading: 'Visionen er', text: medborgerpolitik.text[0].split(/(?<=\.) /) }}></klar-vision>`
      );
      const element = container.querySelector('klar-vision')!;
      expect(element.querySelector('h3[slot="heading"]')!.textContent).to.equal('Visionen er');
      expect(element.querySelectorAll('p:not([slot])')).to.have.length(2);
      expect(visible(marksHeadingOf(element))).to.equal(false);
    });

    it('data: easy-read marks without easy-read text keep the vision\'s own words', async () => {
      const container = await fixture(
        html`<klar-vision .data=${{ text: velfaerdspolitik.text[0], marks: velfaerdspolitik.marks, easyRead: { marks: easy.marks } }}></klar-vision>`,
        { easyRead: true }
      );
      expect(container.querySelector('p[slot="easy-read"]')!.textContent).to.equal(velfaerdspolitik.text[0]);
      expect(visible(container.querySelector('ul[slot="easy-read"]'))).to.equal(true);
      expect(visible(container.querySelector('ul[slot="marks"]'))).to.equal(false);
    });

    it('src: loads the Velfærdspolitik file, busy until shown', async () => {
      const container = await fixture(html`<klar-vision src="demo/json/vision-velfaerdspolitik.json"></klar-vision>`);
      const element = container.querySelector('klar-vision')!;
      expect(element.hasAttribute('aria-busy')).to.equal(false);
      expect(element.querySelector('p')!.textContent).to.equal(velfaerdspolitik.text[0]);
      expect(marksOf(element).querySelectorAll('li')).to.have.length(3);
      expect(messageOf(element)).to.equal(null);
    });

    it('marks that are not a list of texts: invalid-content naming the JSON path, the vision still shows', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-vision .data=${{ text: medborgerpolitik.text[0], marks: 'Ansvar' }}></klar-vision>`);
        const element = container.querySelector('klar-vision')!;
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('marks');
        expect(element.querySelector('p')!.textContent).to.equal(medborgerpolitik.text[0]);
      });
    });

    it('no text: invalid-content naming "text"', async () => {
      await withKlarErrors(async (errors) => {
        await fixture(html`<klar-vision .data=${{ marks: velfaerdspolitik.marks }}></klar-vision>`);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('text');
      });
    });
  });
});
