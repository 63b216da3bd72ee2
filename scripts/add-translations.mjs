// Writes translations into locales/<lang>.xlf from JSON files, for strings `npm run localize` has
// extracted: `node scripts/add-translations.mjs new-strings.json [more.json …]`, each file
//   { "<msg id>": { "en": "…", …, "ti": "…", "review": { "ti": "why uncertain" } } }
// A language under "review" gets state="needs-review-translation" and a klar-review note (see
// scripts/check-translations.mjs, which lists them in the README). Text only: no placeholders.
import { readFileSync, writeFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: node scripts/add-translations.mjs strings.json [more.json …]');
  process.exit(2);
}
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const strings = Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
const problems = [];

for (const locale of targetLocales) {
  const path = `locales/${locale}.xlf`;
  let xliff = readFileSync(path, 'utf8');
  for (const [id, translations] of Object.entries(strings)) {
    const text = translations[locale];
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${id}: no ${locale} translation`);
      continue;
    }
    const unit = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">)([\\s\\S]*?)(</trans-unit>)`);
    const match = unit.exec(xliff);
    if (!match) {
      problems.push(`${id}: not in ${path} (run npm run localize first)`);
      continue;
    }
    const review = translations.review?.[locale];
    const body = match[2]
      .replace(/\s*<target[^>]*>[\s\S]*?<\/target>/, '')
      .replace(/\s*<note from="klar-review">[\s\S]*?<\/note>/, '')
      .replace(
        /<source>[\s\S]*?<\/source>/,
        // Functions, not replacement strings: a translation may hold a "$".
        (source) =>
          `${source}\n  <target${review ? ' state="needs-review-translation"' : ''}>${escape(text)}</target>` +
          (review ? `\n  <note from="klar-review">${escape(review)}</note>` : '')
      );
    xliff = xliff.replace(unit, (_, open, _body, close) => `${open}${body}${close}`);
  }
  writeFileSync(path, xliff);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${Object.keys(strings).length} strings written to ${targetLocales.length} locales.`);
