/**
 * Every interface string has a real translation in every locale. `npm test` runs
 * `lit-localize extract` first, so a new msg() without a translation shows up here as a unit
 * without <target>, and fails.
 */
import { expect } from 'chai';
import { LOCALES } from '../stories/support/page-settings.js';

const TARGETS = LOCALES.filter((locale) => locale !== 'da');

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  sourcePlaceholders: number;
  targetPlaceholders: number;
}

async function units(locale: string): Promise<Unit[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf exists`).to.equal(true);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(xml.querySelector('parsererror'), `locales/${locale}.xlf is valid XML`).to.equal(null);
  expect(xml.querySelector('file')?.getAttribute('target-language')).to.equal(locale);
  return [...xml.querySelectorAll('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: unit.querySelector('source')!.textContent!.trim(),
    target: unit.querySelector('target')?.textContent?.trim(),
    sourcePlaceholders: unit.querySelector('source')!.querySelectorAll('x').length,
    targetPlaceholders: unit.querySelector('target')?.querySelectorAll('x').length ?? 0,
  }));
}

describe('translations', () => {
  it('exist for the source locale and the seven targets', () => {
    expect(LOCALES).to.deep.equal(['da', 'en', 'ar', 'tr', 'ur', 'pl', 'uk', 'so']);
  });

  for (const locale of TARGETS) {
    it(`${locale}: every string is translated, with its placeholders`, async () => {
      const all = await units(locale);
      expect(all.length).to.be.greaterThan(0);
      const missing = all.filter((unit) => !unit.target).map((unit) => unit.id);
      expect(missing, `untranslated in locales/${locale}.xlf`).to.deep.equal([]);
      const untouched = all.filter((unit) => unit.target === unit.source).map((unit) => unit.id);
      expect(untouched, `still Danish in locales/${locale}.xlf`).to.deep.equal([]);
      for (const unit of all) expect(unit.targetPlaceholders, `${locale} ${unit.id} placeholders`).to.equal(unit.sourcePlaceholders);
    });
  }

  it('all locales have the same strings', async () => {
    const ids = await Promise.all(TARGETS.map(async (locale) => (await units(locale)).map((unit) => unit.id).sort()));
    for (const [index, locale] of TARGETS.entries()) expect(ids[index], locale).to.deep.equal(ids[0]);
  });
});
