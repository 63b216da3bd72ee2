// Writes dist/cms/tinymce.json: Klar's TinyMCE options for Umbraco 13, whose TinyMCE 6 takes its
// options as text in appsettings.json. The web team merges the file into theirs. The values come
// from the built dist/cms/tinymce-umbraco.js (src/cms/tinymce-umbraco.ts), the same code as the
// module's options: run after rollup. `node scripts/build-cms-tinymce-json.mjs [dist folder]`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const { umbraco13CustomConfig } = await import(pathToFileURL(`${dist}/cms/tinymce-umbraco.js`).href);

const appsettings = { Umbraco: { CMS: { RichTextEditor: { CustomConfig: umbraco13CustomConfig() } } } };
writeFileSync(`${dist}/cms/tinymce.json`, `${JSON.stringify(appsettings, null, 2)}\n`);
console.log(`build-cms-tinymce-json: ${dist}/cms/tinymce.json`);
