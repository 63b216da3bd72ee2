// Writes dist/cms/drupal-allowed-html.txt, the Klar allow-list in the syntax of Drupal's text
// formats, for a site builder to paste (see src/cms/ckeditor5-drupal.ts). Run after rollup: it
// uses the built module, so the list comes from the one allow-list, not a copy of it.
// `node scripts/build-cms-drupal.mjs [dist folder]` (default dist).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const { drupalAllowedHtml } = await import(pathToFileURL(join(dist, 'cms/ckeditor5-drupal.js')).href);
const line = drupalAllowedHtml();
if (!line.includes('<klar-')) {
  console.error('build-cms-drupal: the list has no Klar tag: run "npm run analyze && npm run cms" before the build.');
  process.exit(1);
}
writeFileSync(join(dist, 'cms/drupal-allowed-html.txt'), `${line}\n`);
console.log(`dist/cms/drupal-allowed-html.txt: ${line.split('> <').length} tags`);
