// Writes the JSON Schemas (draft 2020-12) that ship in schema/: one per element that takes
// JSON, and schema/klar.json for all of them. They are generated from the Valibot definitions
// the runtime validates with (src/core/json/definitions.ts), so the two cannot drift; the
// examples are the real seed content of demo/json/.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { toJsonSchema } from '@valibot/to-json-schema';

const cache = 'node_modules/.cache/klar';
const bundle = await rollup({
  input: 'src/core/json/definitions.ts',
  // Node builds of Lit: the builders are never called here, but their modules load.
  plugins: [nodeResolve({ exportConditions: ['node'] }), typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: cache, sourceMap: false })],
  onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
});
await bundle.write({ file: `${cache}/definitions.mjs`, format: 'es' });
await bundle.close();
const { definitions } = await import(pathToFileURL(`${cache}/definitions.mjs`).href);

/** The seed files of demo/json/, by the tag whose element loads them there. */
function examplesByTag() {
  const examples = {};
  const page = readFileSync('demo/json.html', 'utf8');
  for (const [, tag, file] of page.matchAll(/<(klar-[a-z-]+)[^>]*\ssrc="json\/([^"]+\.json)"/g)) {
    (examples[tag] ??= []).push(JSON.parse(readFileSync(`demo/json/${file}`, 'utf8')));
  }
  return examples;
}

const examples = examplesByTag();
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
rmSync('schema', { recursive: true, force: true });
mkdirSync('schema');
const all = { $schema: DRAFT, title: 'Klar content', description: 'The content of any Klar element that takes JSON (src or data).', $defs: {}, anyOf: [] };
for (const [tag, definition] of Object.entries(definitions)) {
  const { $schema, ...schema } = toJsonSchema(definition.schema, {
    // Parts used in several places, written once in $defs (a policy's blocks).
    definitions: definition.shared,
    target: 'draft-2020-12',
    errorMode: 'throw',
    // The one check (an object is not a list) is what `type: object` already says.
    ignoreActions: ['check'],
  });
  if (examples[tag]) schema.examples = examples[tag];
  writeFileSync(`schema/${tag}.json`, `${JSON.stringify({ $schema, ...schema }, null, 2)}\n`);
  // In klar.json the element's shared parts sit beside the elements: its references still resolve.
  const { $defs: shared, ...own } = schema;
  for (const [name, part] of Object.entries(shared ?? {})) {
    if (all.$defs[name]) throw new Error(`schema/klar.json: two elements share a part named "${name}"; name it after its element.`);
    all.$defs[name] = part;
  }
  all.$defs[tag] = own;
  all.anyOf.push({ $ref: `#/$defs/${tag}` });
}
writeFileSync('schema/klar.json', `${JSON.stringify(all, null, 2)}\n`);
console.log(`JSON Schemas: ${readdirSync('schema').sort().join(', ')} in schema/`);
