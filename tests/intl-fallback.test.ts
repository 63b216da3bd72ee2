import { expect } from 'chai';
import { html } from 'lit';
import '../src/elements/klar-fact/define.js';
import '../src/elements/klar-policy-card/define.js';
import { allLocales } from '../src/core/localize.js';
import { formatDate, numberFormat, numberFormatInWords } from '../src/core/format.js';
import { fixture } from './helpers/fixtures.js';

/**
 * Where a browser's Intl has no data for a language (Somali and Tigrinya in Chromium), it
 * formats in English: "19 percent", "November 27, 2017". Klar then writes a form without words
 * instead (src/core/format.ts). Every Klar language, in every browser the tests run in.
 */

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Whole words, by Unicode letters ("May" is not in Turkish "Mayıs"); case-sensitive: English
// writes months with a capital, and Danish or Romanian "august" is their own word.
const ENGLISH_MONTH = new RegExp(`(?<!\\p{L})(${ENGLISH_MONTHS.join('|')})(?!\\p{L})`, 'gu');
const ENGLISH_UNIT = /(?<!\p{L})per ?cents?(?!\p{L})/iu;
/** Month names a language spells as English does: there they are the reader's own words. */
const SAME_MONTH_NAMES: Record<string, readonly string[]> = {
  de: ['April', 'August', 'September', 'November'],
};

/** The 27th of each month of 2017, so every month name is met. */
const DATES = ENGLISH_MONTHS.map((_, month) => `2017-${String(month + 1).padStart(2, '0')}-27`);
const NOVEMBER = DATES[10];

const clean = (text: string | null | undefined) => (text ?? '').replace(/[\u200e\u200f\u061c]/g, '').replace(/\s/g, ' ');

async function render(locale: string) {
  const container = await fixture(
    html`<klar-fact value="19" unit="percent"><span slot="label">ryger dagligt</span></klar-fact>
      ${DATES.map(
        (date) => html`<klar-policy-card status="adopted" date=${date}><h3 slot="heading">Socialstrategi</h3></klar-policy-card>`
      )}`,
    { locale }
  );
  const fact = container.querySelector('klar-fact')!.shadowRoot!;
  const times = [...container.querySelectorAll('klar-policy-card')].map((card) => card.shadowRoot!.querySelector('time')!);
  return {
    shown: clean(fact.querySelector('[part="value"]')?.textContent),
    spoken: clean(fact.querySelector('.spoken')?.textContent),
    dates: new Map(times.map((time) => [time.getAttribute('datetime')!, clean(time.textContent)])),
  };
}

const englishMonthsIn = (text: string, locale: string) =>
  [...text.matchAll(ENGLISH_MONTH)].map(([word]) => word).filter((word) => !SAME_MONTH_NAMES[locale]?.includes(word));

describe('no English words for a reader of another language', () => {
  for (const locale of allLocales) {
    it(`${locale}: the percentage, seen and spoken, and the dates${locale === 'en' ? ' are English' : ' have no English word'}`, async () => {
      const { shown, spoken, dates } = await render(locale);
      // The number itself is there, in the language's digits.
      expect(shown).to.match(/19|١٩|۱۹/);
      expect(spoken).to.match(/(19|١٩|۱۹).*: $/);
      expect([...dates.keys()]).to.deep.equal(DATES);

      if (locale === 'en') {
        // The fallback must not swallow a language the browser knows.
        expect(shown).to.equal('19%');
        expect(spoken).to.equal('19 per cent: ');
        expect(dates.get(NOVEMBER)).to.equal('27 November 2017');
        return;
      }
      // Every English word found, so one failure names them all.
      const english = [
        ...(ENGLISH_UNIT.test(shown) ? [`the figure "${shown}"`] : []),
        ...(ENGLISH_UNIT.test(spoken) ? [`the spoken figure "${spoken}"`] : []),
        ...[...dates].filter(([, text]) => englishMonthsIn(text, locale).length).map(([datetime, text]) => `${datetime} written "${text}"`),
      ];
      expect(english, 'English words').to.deep.equal([]);
    });
  }

  it('every language writes Gregorian dates (a Persian reader gets 2017, not the Persian calendar’s 1396)', () => {
    const date = new Date(Date.UTC(2017, 10, 27));
    for (const locale of [...allLocales, 'fa']) {
      const digits = formatDate(date, locale).replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
      expect(digits, locale).to.include('2017');
    }
  });

  it('da: the browser’s own words where it has them, "19 procent" and "27. november 2017"', async () => {
    const { shown, spoken, dates } = await render('da');
    expect(shown).to.equal('19 %');
    expect(spoken).to.equal('19 procent: ');
    expect(dates.get(NOVEMBER)).to.equal('27. november 2017');
  });
});

describe('a language the browser has no data for', () => {
  // "qaa" is reserved for local use: no engine has data for it, so this runs the fallback in
  // every browser (Firefox has data for all of Klar's languages).
  const date = new Date(Date.UTC(2017, 10, 27));

  it('a date in figures, day first: "27.11.2017"', () => {
    expect(formatDate(date, 'qaa')).to.equal('27.11.2017');
    expect(formatDate(new Date(Date.UTC(2017, 2, 4)), 'qaa')).to.equal('04.03.2017');
  });

  it('no unit in words; a percentage and a number in CLDR’s neutral form, "19.5%", "5,400.5"', () => {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit: 'percent', unitDisplay: 'long' };
    expect(numberFormatInWords('qaa', options)).to.equal(undefined);
    expect(numberFormatInWords('da', options)!.format(19)).to.equal('19 procent');
    expect(numberFormat('qaa', { style: 'percent', maximumFractionDigits: 2 }).format(0.195)).to.equal('19.5%');
    expect(numberFormat('qaa', {}).format(5400.5)).to.equal('5,400.5');
  });

  it('decides once per language and format: the same formatter each time', () => {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit: 'percent', unitDisplay: 'long' };
    expect(numberFormatInWords('da', options)).to.equal(numberFormatInWords('da', options));
    expect(numberFormat('qaa', {})).to.equal(numberFormat('qaa', {}));
  });
});
