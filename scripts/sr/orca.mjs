// What the Orca screen reader says on each element's page, pinned: opens one page per element
// (its docs example, in Danish and in Arabic, right to left) in Debian's Chromium with Orca
// running under Xvfb, walks it as a screen-reader user does (reads down, by headings, by Tab,
// "Let læst", the theme circle's tabs), and compares what Orca said with the reviewed transcript
// in tests/sr/<tag>.<lang>.txt. Checks on top of the transcript: headings with their levels,
// default headings in the page's language, lists with their item counts, the themes' labels and
// bullets, the card's link and date, the timeline's current step, no hidden easy-read text, and
// focus kept after Enter.
//
//   node scripts/sr/orca.mjs [--update] [--only=klar-goals] [--keep]
//
// --update writes the transcripts anew (the checks must still pass); review the diff in git.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from '../debian.mjs';
import { checker, serve } from '../check-browser.mjs';
import { NEEDS, startDesktop } from './orca-desktop.mjs';
import { writePages } from './orca-pages.mjs';
import { load, pageFacts, walk } from './orca-walk.mjs';

const UPDATE = process.argv.includes('--update');
const KEEP = process.argv.includes('--keep'); // Orca's debug log, to see why it said what it said.
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const SNAPSHOTS = 'tests/sr';
const HOW_TO_UPDATE = 'If what Orca says now is right: node scripts/sr/orca.mjs --update, then review the diff in git.';

ensureDebianPackages(NEEDS, 'The Orca screen-reader transcripts');
if (!existsSync('dist/klar.js')) {
  console.error('dist/klar.js is missing: run "npm run build" first.');
  process.exit(1);
}

const started = Date.now();
const site = mkdtempSync(join(tmpdir(), 'klar-orca-site-'));
const { pages: allPages, skipped } = writePages(site);
const pages = allPages.filter((page) => !ONLY || page.tag === ONLY);
const { server, base } = await serve(site);
const { expect, failures } = checker('Orca transcripts');
let desktop;
let differ = 0; // Pages whose transcript is not the reviewed one.

async function finish(code) {
  await desktop?.stop();
  server.close();
  rmSync(site, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130));

/** One utterance as the transcript keeps it: one line, no port numbers. */
const clean = (text) => text.replace(/\s+/g, ' ').trim().replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:PORT');

function transcript({ tag, lang }, sections) {
  const lines = [`# ${tag}, lang="${lang}": what Orca says (node scripts/sr/orca.mjs)`];
  for (const { title, steps } of sections) {
    lines.push('', `## ${title}`);
    for (const { key, said } of steps) lines.push(`> ${key}`, ...said.map(clean));
  }
  return `${lines.join('\n')}\n`;
}

/** A unified diff of two texts (diff(1), which every Debian has). */
function unifiedDiff(before, after, name) {
  const dir = mkdtempSync(join(tmpdir(), 'klar-orca-diff-'));
  writeFileSync(join(dir, 'a'), before);
  writeFileSync(join(dir, 'b'), after);
  const { stdout } = spawnSync('diff', ['-u', '--label', `${name} (reviewed)`, '--label', `${name} (Orca now)`, join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return stdout;
}

const words = (text) => clean(text).replace(/[•.:,]/g, ' ').replace(/\s+/g, ' ').trim();
const said = (sections, pick = () => true) => sections.filter(pick).flatMap((section) => section.steps.flatMap((step) => step.said.map(clean)));
const ARABIC = /\p{Script=Arabic}/u;

/**
 * The checks on top of the transcript, as `verify(what, ok, detail)`: `what` names the check (and
 * is what tests/sr/known-problems.txt lists), `detail` says what was found.
 */
function check(verify, facts, sections, focusChecks, { rtlPage, danishOwn }) {
  const plain = (section) => !section.easyRead && !section.title.startsWith('Let læst');
  const read = said(sections, (section) => section.title.startsWith('Reading down ('));
  const readText = words(read.join(' '));
  const offText = words(said(sections, plain).join(' '));

  // Each reading down goes to the end of the page (its last link), once.
  for (const section of sections.filter((section) => section.title.startsWith('Reading down'))) {
    const lines = said([section]);
    const over = lines.find((line) => line.startsWith('[say-all comes back'));
    verify(`${section.title.replace(/ \(.*/, '')} goes once to the end of the page`, !over && lines.includes('Til toppen'), over ?? `${lines.length} utterances`);
  }

  // Every heading, in order, as "<name> heading level <n>"; one more h wraps to the first.
  const spoken = said(sections, (section) => section.title.startsWith('Headings'))
    .map((line) => line.match(/^(.*?) heading level (\d)\b/))
    .filter(Boolean)
    .map(([, text, level]) => ({ name: clean(text), level: Number(level) }));
  const expected = [...facts.headings, facts.headings[0]].filter(Boolean);
  const wrong = expected.filter((heading, index) => spoken[index]?.name !== heading.name || spoken[index]?.level !== heading.level);
  verify(
    'every heading is spoken with its level',
    wrong.length === 0 && spoken.length === expected.length,
    wrong.length ? `not as the page has them: ${wrong.map((h) => `"${h.name}" level ${h.level}`).join(', ')}` : `${facts.headings.length} headings`,
  );

  // Headings the elements write themselves follow the page's language.
  const own = facts.headings.filter((heading) => heading.own);
  const foreign = own.filter((heading) => (rtlPage ? !ARABIC.test(heading.name) || danishOwn?.includes(heading.name) : ARABIC.test(heading.name)));
  verify('default headings are in the page\'s language', foreign.length === 0, foreign.length ? `not: ${foreign.map((h) => `"${h.name}"`).join(', ')}` : `${own.length}: ${own.map((h) => h.name).join(', ')}`);

  // Lists with their item counts, in order.
  const counts = read.map((line) => line.match(/^List with (\d+) items?/)?.[1]).filter(Boolean).map(Number);
  verify('each list is spoken with its item count', counts.join() === facts.lists.join(), `page: ${facts.lists.join(', ') || 'none'}; Orca: ${counts.join(', ') || 'none'}`);

  const missing = (texts, text = readText) => texts.filter((part) => !text.includes(words(part)));
  for (const theme of facts.themes) {
    const label = said(sections, (section) => section.title.startsWith('Tab list')).some((line) => line.startsWith(`${theme.label} page tab`));
    const bullets = missing(theme.bullets);
    verify(`theme "${theme.label}": its tab and its bullets are spoken`, label && bullets.length === 0, bullets.length ? `not heard: ${bullets.join(' | ')}` : `${label ? 'tab' : 'no tab'}, ${theme.bullets.length} bullets`);
  }
  for (const card of facts.cards) {
    // A card without href (the policy's own page) has no link to its policy.
    const link = said(sections, (section) => section.title.startsWith('Tab through')).find((line) => line.includes(card.name) && / link\b/.test(line));
    if (card.linked) verify('the policy card\'s link carries the policy\'s name', Boolean(link), link ?? `no link with "${card.name}"`);
    const dates = missing(card.dates);
    verify('the policy card\'s date is spoken', card.dates.length > 0 && dates.length === 0, card.dates.join(', ') || 'no <time> in the card');
  }
  for (const step of facts.current) {
    verify('the timeline\'s current step is spoken as current', readText.includes(words(`${step.word}: ${step.text}`)), `"${step.word}: ${step.text.slice(0, 40)}…"`);
  }
  if (facts.easyRead.length) {
    const heard = facts.easyReadOnly.filter((text) => offText.includes(words(text)));
    verify('no hidden easy-read text is spoken while easy-read is off', heard.length === 0, heard.length ? `heard: ${heard.join(' | ')}` : `${facts.easyReadOnly.length} easy-read blocks`);
    const easySaid = sections.find((section) => section.easyRead);
    if (easySaid) {
      const notHeard = missing(facts.easyRead, words(said([easySaid]).join(' ')));
      verify('the easy-read text is spoken once "Let læst" is on', notHeard.length === 0, notHeard.length ? `not heard: ${notHeard.join(' | ')}` : `${facts.easyRead.length} blocks`);
    }
  }
  for (const [index, { ring, tabs }] of facts.tablists.entries()) verify(`tab list ${index + 1} is walked as a ring`, ring, `${tabs.length} tabs${ring ? '' : ', not drawn as a ring'}`);
  for (const { what, before, after, pressed } of focusChecks) {
    const stays = before.path === after.path && before.locus === after.locus;
    verify(`focus stays put after Enter on ${what}`, stays && pressed, `page: ${after.path}${after.pressed ? `, aria-pressed=${after.pressed}` : ''}; Orca: ${after.locus}${stays ? '' : ` (before: ${before.path}; Orca: ${before.locus})`}`);
  }
}

/** tests/sr/known-problems.txt: "<page>: <check> | why" lines, for checks that fail for a known reason. */
function knownProblems() {
  const file = `${SNAPSHOTS}/known-problems.txt`;
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return new Map(lines.map((line) => line.split(' | ').map((part) => part.trim())));
}

try {
  desktop = await startDesktop({ width: 1280, height: 1024, keep: KEEP });
  const { page, orca } = desktop;
  // Every page starts with easy-read off: the reading tools remember the reader's choice.
  await page.evaluateOnNewDocument(() => localStorage.removeItem('klar-easy-read'));
  mkdirSync(SNAPSHOTS, { recursive: true });
  for (const { tag, why } of skipped) console.log(`  skip  ${tag}: ${why}`);
  const danishOwnHeadings = {};
  const known = knownProblems();
  const seen = new Set();
  for (const target of pages) {
    const name = `${target.tag} (${target.lang})`;
    const at = Date.now();
    const loadSaid = await orca.during(() => load(page, `${base}${target.path}`), { quiet: 500 });
    const facts = await pageFacts(page);
    const { sections, focusChecks, notes } = await walk({ page, orca, facts, loadSaid, tools: facts.hasEasyRead || target.tag === 'klar-reading-tools' });
    if (target.lang === 'da') danishOwnHeadings[target.tag] = facts.headings.filter((heading) => heading.own).map((heading) => heading.name);
    const verify = (what, ok, detail) => {
      const key = `${name}: ${what}`;
      const why = known.get(key);
      seen.add(key);
      if (why === undefined) expect(ok, `${key} — ${detail}`);
      else if (ok) expect(false, `${key} — passes now: take it out of ${SNAPSHOTS}/known-problems.txt`);
      else console.log(`  known ${key} — ${detail} (${why})`);
    };
    check(verify, facts, sections, focusChecks, { rtlPage: target.lang === 'ar', danishOwn: danishOwnHeadings[target.tag] });
    for (const note of notes) console.log(`  note  ${name}: ${note}`);

    const text = transcript(target, sections);
    const file = `${SNAPSHOTS}/${target.tag}.${target.lang}.txt`;
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (UPDATE) {
      if (before !== text) writeFileSync(file, text);
      console.log(`  ${before === text ? 'same ' : 'wrote'} ${file} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
    } else if (before === undefined) {
      expect(false, `${name}: no reviewed transcript ${file} yet`);
    } else {
      expect(before === text, `${name}: Orca says what ${file} has (${((Date.now() - at) / 1000).toFixed(1)} s)`);
      if (before !== text) console.log(unifiedDiff(before, text, file).replace(/^/gm, '        ')), differ++;
    }
  }
  if (!ONLY) for (const key of known.keys()) if (!seen.has(key)) expect(false, `${key} — in ${SNAPSHOTS}/known-problems.txt, but no such check ran`);
} catch (error) {
  console.error(error);
  failures.push(String(error));
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`Orca transcripts: ${failures.length} failed, in ${seconds} s.${differ ? ` ${HOW_TO_UPDATE}` : ''}`);
  await finish(1);
}
console.log(`Orca transcripts: all ok, ${pages.length} pages in ${seconds} s${UPDATE ? ', transcripts written' : ''}.`);
await finish(0);
