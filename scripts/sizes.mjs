// Prints the gzip size of every shipped script against its budget. Over a hard budget the build
// fails; over a target it says so and goes on (the targets are where issue #11 wants us):
// - dist/klar.js (every element, Lit, styles, Danish strings): hard 20 KB, target 16 KB;
// - each dist/elements/<tag>.js with the shared chunks it imports (what a page with that one
//   element loads before it renders, each file gzipped on its own): target 10 KB;
// - each translation: hard 2 KB.
// Lazy chunks (JSON mode, read aloud, translations) load only when used and count apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  { test: (file) => file === 'dist/klar.js', limit: 20 * KB, target: 16 * KB, what: 'the whole library' },
  { test: (file) => file.includes('/locales/'), limit: 2 * KB, what: 'one translation' },
];
const ELEMENT_TARGET = 10 * KB;

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** `file` and every module it imports statically (not the lazy `import()`s), once each. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.[^"]+)"/g)) withStaticImports(join(dirname(file), specifier), seen);
  return seen;
}

let over = 0;
console.log('gzip sizes:');
for (const file of scripts('dist').sort()) {
  const gzip = gzipSize(file);
  const budget = BUDGETS.find((each) => each.test(file));
  let verdict = '';
  if (budget && gzip > budget.limit) verdict = `OVER BUDGET (${kb(budget.limit)} for ${budget.what})`;
  else if (budget?.target && gzip > budget.target) verdict = `ok (budget ${kb(budget.limit)}); over the target of ${kb(budget.target)}`;
  else if (budget) verdict = `ok (budget ${kb(budget.limit)}${budget.target ? `, target ${kb(budget.target)}` : ''})`;
  if (budget && gzip > budget.limit) over += 1;
  console.log(`  ${relative('.', file).padEnd(48)} ${kb(gzip).padStart(9)}  ${verdict}`);
}

console.log('one element alone (dist/elements/<tag>.js with the shared chunks it imports):');
for (const name of readdirSync('dist/elements').filter((each) => each.startsWith('klar-') && each.endsWith('.js')).sort()) {
  const files = withStaticImports(join('dist/elements', name));
  const gzip = [...files].reduce((total, file) => total + gzipSize(file), 0);
  const verdict = gzip <= ELEMENT_TARGET ? 'within' : 'over';
  console.log(`  ${name.padEnd(48)} ${kb(gzip).padStart(9)}  ${verdict} the target of ${kb(ELEMENT_TARGET)} (${files.size} files)`);
}

if (over) {
  console.error(`${over} file(s) over the size budget.`);
  process.exit(1);
}
