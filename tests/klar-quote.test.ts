import { expect } from 'chai';
import { html } from 'lit';
import '../src/elements/klar-quote/define.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { fixture, isFirefox } from './helpers/fixtures.js';
import { quotes } from '../stories/content/ideoplaeg.js';

const { rehabilitering } = quotes;

async function quote(locale = 'da', text = rehabilitering.text) {
  const container = await fixture(
    html`<klar-quote><p>${text}</p><span slot="source">${rehabilitering.source}</span></klar-quote>`,
    { locale }
  );
  return container.querySelector('klar-quote')!;
}

const marks = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('.mark')].map((mark) => mark.textContent).join('');

describe('klar-quote', () => {
  it('puts the quote in a blockquote and the source in the figure caption, after "Kilde:"', async () => {
    const element = await quote();
    const blockquote = element.shadowRoot!.querySelector('blockquote')!;
    expect(blockquote.querySelector('slot')!.assignedElements()[0].textContent).to.equal(rehabilitering.text);
    const caption = element.shadowRoot!.querySelector('figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kilde:');
    expect(caption.querySelector('slot[name="source"]')).not.to.equal(null);
  });

  it('what a screen reader gets: a blockquote with the words, then the source', async function () {
    if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
    await quote();
    expect(await accessibilityOutline('klar-quote')).to.equal(
      [
        'figure',
        '  blockquote',
        `    text "${rehabilitering.text}"`,
        '  Figcaption',
        '    text "Kilde:"',
        `    text "${rehabilitering.source}"`,
      ].join('\n')
    );
  });

  const expectedMarks: Record<string, string> = { da: '»«', en: '“”', ar: '«»', pl: '„”', uk: '«»', tr: '“”', ur: '”“', so: '“”' };
  for (const [locale, expected] of Object.entries(expectedMarks)) {
    it(`${locale}: quotation marks ${expected}, hidden from screen readers`, async () => {
      const element = await quote(locale);
      expect(marks(element)).to.equal(expected);
      for (const mark of element.shadowRoot!.querySelectorAll('.mark')) expect(mark.getAttribute('aria-hidden')).to.equal('true');
    });
  }

  it('on an Arabic page the opening mark stands at the right', async () => {
    const element = await quote('ar');
    const open = element.shadowRoot!.querySelector('.mark.open')!.getBoundingClientRect();
    const words = element.querySelector('p')!.getBoundingClientRect();
    expect(open.left).to.be.greaterThan(words.right - 1);
  });

  it('adds no second pair when the author typed quotation marks', async () => {
    const element = await quote('da', `”${rehabilitering.text}”`);
    expect(marks(element)).to.equal('');
  });

  it('without a quote: message, klar-error empty-content, the source still shows', async () => {
    await withKlarErrors(async (errors, console) => {
      const container = await fixture(html`<klar-quote><span slot="source">${rehabilitering.source}</span></klar-quote>`);
      const element = container.querySelector('klar-quote')!;
      expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Her mangler indhold.');
      expect(element.querySelector('[slot="source"]')!.checkVisibility()).to.equal(true);
      expect(errors.map((error) => error.code)).to.deep.equal(['empty-content']);
      expect(console.errors).to.have.length(1);
    });
  });
});
