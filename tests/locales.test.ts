/**
 * Every interface string has a real translation in every locale. `npm test` runs
 * `lit-localize extract` first, so a new msg() without a translation shows up here as a unit
 * without <target>, and fails. The locales are lit-localize.json's: a new one is checked the
 * moment it is there, and must be in the Storybook toolbar and the story matrix too.
 */
import { expect } from 'chai';
import { LOCALES, LOCALE_NAMES } from '../stories/support/page-settings.js';
import { RTL_LOCALES } from '../src/core/localize.js';

interface Config {
  sourceLocale: string;
  targetLocales: string[];
}

const config: Promise<Config> = fetch('/lit-localize.json').then((response) => response.json());

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  state: string | null;
  review: string | undefined;
  sourcePlaceholders: number;
  targetPlaceholders: number;
}

const xliffs = new Map<string, Promise<Unit[]>>();
function units(locale: string): Promise<Unit[]> {
  if (!xliffs.has(locale)) xliffs.set(locale, readUnits(locale));
  return xliffs.get(locale)!;
}

async function readUnits(locale: string): Promise<Unit[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf exists`).to.equal(true);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(xml.querySelector('parsererror'), `locales/${locale}.xlf is valid XML`).to.equal(null);
  expect(xml.querySelector('file')?.getAttribute('target-language')).to.equal(locale);
  return [...xml.querySelectorAll('trans-unit')].map((unit) => {
    const target = unit.querySelector('target');
    return {
      id: unit.getAttribute('id')!,
      source: unit.querySelector('source')!.textContent!.trim(),
      target: target?.textContent?.trim(),
      state: target?.getAttribute('state') ?? null,
      review: [...unit.querySelectorAll('note')].find((note) => note.getAttribute('from') === 'klar-review')?.textContent?.trim(),
      sourcePlaceholders: unit.querySelector('source')!.querySelectorAll('x').length,
      targetPlaceholders: target?.querySelectorAll('x').length ?? 0,
    };
  });
}

describe('translations', () => {
  it("are lit-localize.json's locales, each in the Storybook toolbar and the story matrix, named in its own language", async () => {
    const { sourceLocale, targetLocales } = await config;
    expect([...LOCALES].sort()).to.deep.equal([sourceLocale, ...targetLocales].sort());
    expect(targetLocales).to.include.members(['en', 'ar', 'tr', 'ur', 'pl', 'uk', 'so', 'fa', 'ro', 'de', 'ti']);
    for (const locale of LOCALES) expect(LOCALE_NAMES[locale], locale).to.be.a('string').and.not.equal('');
    expect([...RTL_LOCALES].sort()).to.deep.equal(['ar', 'fa', 'ur']);
  });

  /** Strings that are the same word in Danish and these languages: checked, not forgotten. */
  const SAME_WORD: Record<string, string[]> = { 'vision.heading': ['en', 'de'] };

  it('every target locale: every string is translated, with its placeholders', async () => {
    const { targetLocales } = await config;
    for (const locale of targetLocales) {
      const all = await units(locale);
      expect(all.length).to.be.greaterThan(0);
      const missing = all.filter((unit) => !unit.target).map((unit) => unit.id);
      expect(missing, `untranslated in locales/${locale}.xlf`).to.deep.equal([]);
      const untouched = all.filter((unit) => unit.target === unit.source && !SAME_WORD[unit.id]?.includes(locale)).map((unit) => unit.id);
      expect(untouched, `still Danish in locales/${locale}.xlf`).to.deep.equal([]);
      for (const unit of all) expect(unit.targetPlaceholders, `${locale} ${unit.id} placeholders`).to.equal(unit.sourcePlaceholders);
    }
  });

  it('all locales have the same strings', async () => {
    const { targetLocales } = await config;
    const ids = await Promise.all(targetLocales.map(async (locale) => (await units(locale)).map((unit) => unit.id).sort()));
    for (const [index, locale] of targetLocales.entries()) expect(ids[index], locale).to.deep.equal(ids[0]);
  });
});

/**
 * Translations nobody who speaks the language has checked: marked in the XLIFF, with a note
 * saying why, and listed in the README for a kommune's translator. The list is written by
 * `node scripts/check-translations.mjs --write`; this reads both with its own parser.
 */
describe('translations to review', () => {
  const STATE = 'needs-review-translation';

  it('each mark says why, and each note is on a marked string', async () => {
    const { targetLocales } = await config;
    for (const locale of targetLocales) {
      for (const unit of await units(locale)) {
        expect([null, STATE], `${locale} ${unit.id}: state`).to.include(unit.state);
        expect(Boolean(unit.review), `${locale} ${unit.id}: a klar-review note if and only if marked ${STATE}`).to.equal(unit.state === STATE);
      }
    }
  });

  it('the README lists exactly the marked strings (else: node scripts/check-translations.mjs --write)', async () => {
    const { targetLocales } = await config;
    const marked: string[][] = [];
    for (const locale of targetLocales) {
      for (const unit of await units(locale)) {
        if (unit.state === STATE) marked.push([locale, unit.id, unit.source, unit.target!, unit.review!]);
      }
    }
    const readme = await (await fetch('/README.md')).text();
    const list = readme.match(/<!-- review-list:start[^>]*-->([\s\S]*?)<!-- review-list:end -->/);
    expect(list, 'README.md has the review list markers').to.not.equal(null);
    const listed = list![1]
      .split('\n')
      .filter((line) => line.startsWith('| `') && !line.startsWith('| `lang`'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim().replace(/\\\|/g, '|').replace(/^`(.*)`$/, '$1'))
      );
    expect(listed).to.deep.equal(marked);
  });
});
