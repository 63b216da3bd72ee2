// The pages Orca reads: one per element, from its docs example (src/elements/<tag>/example.html),
// in a minimal page with dist/klar.js and the reading tools at the top of <main>.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LANGS = [
  { lang: 'da', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' }, // Interface words and default headings in Arabic; the content stays Danish.
];

// The day the pages are read on, so that what is said does not change with the date: the policy's
// consultation ends 2027-01-15, and its line says something else after that day.
const TODAY = '2026-12-01T12:00:00';

const example = (tag) => readFileSync(`src/elements/${tag}/example.html`, 'utf8').trim();

/** What differs from "the example under the reading tools", per tag, and why. */
const TWEAKS = {
  'klar-theme': { skip: 'lives only in a klar-theme-circle; walked on that page (tabs, labels, bullets)' },
  // The example's dates are all past: with `current` there is a step before, at and after "now".
  'klar-timeline': { body: () => example('klar-timeline').replace('<klar-timeline>', '<klar-timeline current="4">') },
  // The reading tools are the example itself; goals (with an easy-read list) give them content to act on.
  'klar-reading-tools': { body: () => `${example('klar-reading-tools')}\n${example('klar-goals')}`, tools: false },
};

function html({ tag, lang, dir, body, tools }) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${tag}</title>
<script>{ const today = Date.parse('${TODAY}'); const Real = Date;
  globalThis.Date = class extends Real { constructor(...a) { a.length ? super(...a) : super(today); } static now() { return today; } }; }</script>
<script type="module" src="/klar.js"></script>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }</style>
</head>
<body>
<main>
${tools ? '<klar-reading-tools></klar-reading-tools>\n' : ''}${body}
</main>
<footer><p><a id="sr-end" href="#">Til toppen</a></p></footer>
</body>
</html>
`;
}

/**
 * Writes every page into `root` beside links to dist's files and demo/json (as /json), for a
 * static server of `root`. Returns the pages, `{ tag, lang, path }`, and the tags skipped, with why.
 */
export function writePages(root) {
  for (const name of readdirSync('dist')) symlinkSync(resolve('dist', name), join(root, name));
  symlinkSync(resolve('demo/json'), join(root, 'json'));
  mkdirSync(join(root, 'sr'));
  const tags = readdirSync('src/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/example.html`))
    .map((entry) => entry.name)
    .sort();
  const pages = [];
  const skipped = [];
  for (const tag of tags) {
    const tweak = TWEAKS[tag] ?? {};
    if (tweak.skip) {
      skipped.push({ tag, why: tweak.skip });
      continue;
    }
    for (const { lang, dir } of LANGS) {
      const path = `/sr/${tag}.${lang}.html`;
      writeFileSync(join(root, path), html({ tag, lang, dir, body: tweak.body?.() ?? example(tag), tools: tweak.tools ?? true }));
      pages.push({ tag, lang, path });
    }
  }
  return { pages, skipped };
}
