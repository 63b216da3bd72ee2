import { expect } from 'chai';
import { html, nothing } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/klar-fact/define.js';
import type { KlarFact } from '../src/elements/klar-fact/define.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { fixture, isFirefox, settle } from './helpers/fixtures.js';
import { keyFigures } from '../stories/content/ideoplaeg.js';

const { rygere } = keyFigures;

/** A fact from the seeds; `unit` null leaves the attribute out. */
async function fact(value: string | undefined, unit: string | null = 'percent', locale = 'da') {
  const container = await fixture(
    html`<klar-fact value=${value ?? nothing} unit=${unit ?? nothing}>
      <span slot="label">${rygere.label}</span>
      <span slot="source">${rygere.source}</span>
    </klar-fact>`,
    { locale }
  );
  return container.querySelector('klar-fact') as KlarFact;
}

/** What the eye sees as the number, with Intl's invisible direction marks and spaces folded. */
const shown = (element: Element) =>
  element.shadowRoot!.querySelector('[part="value"]')?.textContent?.replace(/[\u200e\u200f\u061c]/g, '').replace(/\s/g, ' ');
const spoken = (element: Element) => element.shadowRoot!.querySelector('.visually-hidden')?.textContent?.replace(/\s/g, ' ');
const bar = (element: Element) => element.shadowRoot!.querySelector('[part="bar"]') as HTMLElement | null;

describe('klar-fact', () => {
  describe('number formatting follows the reader’s language', () => {
    const percent: Record<string, string> = { da: '19 %', en: '19%', tr: '%19', pl: '19%', uk: '19%' };
    for (const [locale, expected] of Object.entries(percent)) {
      it(`${locale}: 19 percent is shown as "${expected}"`, async () => {
        expect(shown(await fact('19', 'percent', locale))).to.equal(expected);
      });
    }

    for (const locale of ['ar', 'ur', 'so']) {
      it(`${locale}: 19 percent is shown as the browser's ${locale} number format says`, async () => {
        const element = await fact('19', 'percent', locale);
        const expected = new Intl.NumberFormat(locale, { style: 'percent' }).format(0.19);
        expect(shown(element)).to.equal(expected.replace(/[\u200e\u200f\u061c]/g, '').replace(/\s/g, ' '));
        expect(shown(element)).to.match(/19|١٩|۱۹/);
      });
    }

    it('reads a Danish decimal comma and a decimal dot alike: 0,8 → "0,8 %", in English "0.8%"', async () => {
      expect(shown(await fact('0,8'))).to.equal('0,8 %');
      expect(shown(await fact('0.8'))).to.equal('0,8 %');
      expect(shown(await fact('0,8', 'percent', 'en'))).to.equal('0.8%');
    });

    it('groups thousands the local way: 5400 → "5.400" in Danish, "5,400" in English', async () => {
      expect(shown(await fact('5400', null))).to.equal('5.400');
      expect(shown(await fact('5400', null, 'en'))).to.equal('5,400');
    });

    it('shows the sign of a change, "+76 %", and no bar for it', async () => {
      const element = await fact('+76');
      expect(shown(element)).to.equal('+76 %');
      expect(bar(element)).to.equal(null);
    });

    it('reformats live when the page language changes', async () => {
      const element = await fact('0,8');
      document.documentElement.lang = 'en';
      await settle();
      expect(shown(element)).to.equal('0.8%');
      expect(spoken(element)).to.equal('0.8 per cent: ');
    });
  });

  describe('what a screen reader gets', () => {
    it('one sentence, number then label: "19 procent: ryger dagligt"', async () => {
      const element = await fact('19');
      expect(spoken(element)).to.equal('19 procent: ');
      const label = element.shadowRoot!.querySelector('[part="label"]')!;
      // The spoken number and the slotted label sit in the same paragraph, in that order.
      expect(label.firstElementChild!.classList.contains('visually-hidden')).to.equal(true);
      expect(label.querySelector('slot[name="label"]')).not.to.equal(null);
      expect(element.shadowRoot!.querySelector('.figure')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('in English: "19 per cent: …" (British English, as in Europe)', async () => {
      expect(spoken(await fact('19', 'percent', 'en'))).to.equal('19 per cent: ');
    });

    it('number and label, then the source; the visible number and the bar are not read twice', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      await fact('19');
      expect(await accessibilityOutline('klar-fact')).to.equal(
        ['text "19 procent:"', `text "${rygere.label}"`, 'text "Kilde:"', `text "${rygere.source}"`].join('\n')
      );
    });
  });

  describe('the bar', () => {
    it('shows the share: 19 % fills 19 % of the bar, from the start side', async () => {
      const element = await fact('19');
      const track = bar(element)!.getBoundingClientRect();
      const fill = bar(element)!.querySelector('.fill')!.getBoundingClientRect();
      expect(fill.width / (track.width - 2)).to.be.closeTo(0.19, 0.02);
      expect(fill.left).to.be.closeTo(track.left + 1, 1.5);
    });

    it('fills from the right on an Arabic page', async () => {
      const element = await fact('19', 'percent', 'ar');
      const track = bar(element)!.getBoundingClientRect();
      const fill = bar(element)!.querySelector('.fill')!.getBoundingClientRect();
      expect(fill.right).to.be.closeTo(track.right - 1, 1.5);
    });

    it('is there only for a percentage', async () => {
      expect(bar(await fact('540', null))).to.equal(null);
    });

    it('stays visible in forced colours', async function () {
      if (isFirefox) this.skip(); // forced colours are emulated over CDP; Firefox covers them in the story matrix
      await executeServerCommand('klar-forced-colors', { active: true });
      try {
        const fill = bar(await fact('19'))!.querySelector('.fill')!;
        const style = getComputedStyle(fill);
        expect(style.backgroundColor).not.to.equal(getComputedStyle(document.body).backgroundColor);
        expect(style.backgroundColor).not.to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      } finally {
        await executeServerCommand('klar-forced-colors', { active: false });
      }
    });
  });

  describe('bad input', () => {
    for (const [value, what] of [
      [undefined, 'a missing value'],
      ['nitten', 'a number written in words'],
      ['19%', 'a value with the unit typed into it'],
    ] as const) {
      it(`${what}: message, klar-error invalid-value, one console error, the label still shows`, async () => {
        await withKlarErrors(async (errors, console) => {
          const element = await fact(value);
          expect(shown(element)).to.equal(undefined);
          const message = element.shadowRoot!.querySelector('[part="message"]')!;
          expect(message.textContent).to.contain('Tallet mangler eller kan ikke læses.');
          expect(element.querySelector('[slot="label"]')!.checkVisibility()).to.equal(true);
          expect(errors.map((error) => error.code)).to.deep.equal(['invalid-value']);
          expect(console.errors.filter((line) => line.startsWith('Klar: <klar-fact>'))).to.have.length(1);
        });
      });
    }

    it('an unknown unit: the number shows without it, with klar-error invalid-unit', async () => {
      await withKlarErrors(async (errors) => {
        const element = await fact('540', 'personer');
        expect(shown(element)).to.equal('540');
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-unit']);
      });
    });

    it('no label: klar-error empty-content, the number still shows', async () => {
      await withKlarErrors(async () => {
        const container = await fixture(html`<klar-fact value="19" unit="percent"></klar-fact>`);
        const element = container.querySelector('klar-fact')!;
        expect(shown(element)).to.equal('19 %');
        expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Her mangler indhold.');
      });
    });

    it('clears the message when the value is corrected', async () => {
      await withKlarErrors(async () => {
        const element = await fact('nitten');
        element.value = '19';
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
        expect(shown(element)).to.equal('19 %');
      });
    });
  });
});
