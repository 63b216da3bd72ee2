// The README's list of translations to review, written from the XLIFF marks.
//
// A translation nobody who speaks the language has checked gets, in locales/<lang>.xlf,
//   <target state="needs-review-translation">…</target>
//   <note from="klar-review">why it is uncertain</note>
// (`lit-localize extract` keeps both: it rewrites a <target>'s text only, and its own note).
// This script lists every such string in README.md's Languages section, between the
// review-list markers, so a kommune's translator can find them without opening XLIFF.
//
//   node scripts/check-translations.mjs          fails if the README list and the marks disagree
//   node scripts/check-translations.mjs --write  writes the list
//
// When a translator has checked a string: remove state="…" and the klar-review note, then --write.
// tests/locales.test.ts checks the same in the browser (with its own XML parser), so `npm test`
// fails on a list that is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- review-list:start: written by `node scripts/check-translations.mjs --write` from the XLIFF marks -->';
const END = '<!-- review-list:end -->';
const STATE = 'needs-review-translation';

const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const problems = [];
const rows = [];
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
for (const locale of targetLocales) {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = body.match(/<target( state="([^"]*)")?>([\s\S]*?)<\/target>/);
    const review = body.match(/<note from="klar-review">([\s\S]*?)<\/note>/);
    const marked = target?.[2] === STATE;
    if (target?.[2] && !marked) problems.push(`${locale} ${id}: state="${target[2]}" (only "${STATE}" is used)`);
    if (marked && !review) problems.push(`${locale} ${id}: marked ${STATE} without a <note from="klar-review"> saying why`);
    if (review && !marked) problems.push(`${locale} ${id}: a klar-review note, but the target is not marked ${STATE}`);
    if (/<x\b/.test(target?.[3] ?? '')) problems.push(`${locale} ${id}: placeholders in a string to review (the list shows text only)`);
    if (marked && review) {
      const source = decode(body.match(/<source>([\s\S]*?)<\/source>/)[1]);
      rows.push([`\`${locale}\``, `\`${id}\``, source, decode(target[3]), decode(review[1])]);
    }
  }
}

const table = [
  '| `lang` | string | Danish | translation | why uncertain |',
  '|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
].join('\n');
const block = `${START}\n\n${rows.length ? table : '_None: every translation has been checked._'}\n\n${END}`;

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) problems.push(`README.md has no review list: put the two lines\n${START}\n${END}\nin its Languages section`);

if (problems.length) {
  console.error(`Translations to review:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
const written = readme.slice(start, end + END.length);
if (process.argv.includes('--write')) {
  if (written !== block) writeFileSync('README.md', readme.slice(0, start) + block + readme.slice(end + END.length));
  console.log(`README.md lists ${rows.length} translation(s) to review.`);
} else if (written !== block) {
  console.error('README.md: the list of translations to review is not the XLIFF marks. Run: node scripts/check-translations.mjs --write');
  process.exit(1);
} else {
  console.log(`README.md lists the ${rows.length} translation(s) marked for review.`);
}
