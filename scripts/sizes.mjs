// Prints the gzip size of every shipped script and fails the build over budget:
// dist/klar.js (all elements, Lit included) at most 20 KB, each translation at most 2 KB.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { test: (file) => file === 'dist/klar.js', limit: 20 * 1024, what: 'the whole library' },
  { test: (file) => file.includes('/locales/'), limit: 2 * 1024, what: 'one translation' },
];

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let over = 0;
console.log('gzip sizes:');
for (const file of scripts('dist').sort()) {
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  const budget = BUDGETS.find((each) => each.test(file));
  const verdict = budget ? (gzip <= budget.limit ? `ok (budget ${kb(budget.limit)})` : `OVER BUDGET (${kb(budget.limit)} for ${budget.what})`) : '';
  if (budget && gzip > budget.limit) over += 1;
  console.log(`  ${relative('.', file).padEnd(48)} ${kb(gzip).padStart(9)}  ${verdict}`);
}
if (over) {
  console.error(`${over} file(s) over the size budget.`);
  process.exit(1);
}
