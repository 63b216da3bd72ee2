// Checks custom-elements.json (after `npm run analyze`) for what its readers rely on: Storybook's
// docs, the framework types, the editor configurations and the editor custom data. One line per
// problem, exit 1 if there is any. Module paths are checked against dist/ only when it exists
// (after `npm run build`). Usage: node scripts/check-manifest.mjs [path/to/custom-elements.json]
import { existsSync, readFileSync } from 'node:fs';
import { literalValues, typeParts } from './manifest.mjs';

const file = process.argv[2] ?? 'custom-elements.json';
if (!existsSync(file)) {
  console.error(`check-manifest: ${file} is missing: run "npm run analyze" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const built = existsSync('dist');
const problems = [];

/** Attributes with a fixed set of values: their type must stay a union of literals ("*": every element that has it). */
const FIXED_VALUES = { '*': ['heading-level'], 'klar-fact': ['unit'], 'klar-policy-card': ['status'] };
const PLAIN_TYPES = new Set(['string', 'number', 'boolean', 'undefined', 'null', 'unknown']);


/** Module paths that the package does not have, with where the manifest names them: one line each. */
const badPaths = new Map();

/** A module path the package must have: never src/ (not shipped), and in dist/ once built. */
function checkPath(path, where) {
  if (!path) return;
  const problem = /^\/?src\//.test(path)
    ? 'is a source file; the package ships dist/'
    : built && !existsSync(path)
      ? 'does not exist in the build'
      : undefined;
  if (!problem) return;
  if (!badPaths.has(path)) badPaths.set(path, { problem, places: [] });
  badPaths.get(path).places.push(where);
}

let elements = 0;
for (const module of manifest.modules ?? []) {
  checkPath(module.path, 'a module');
  for (const exported of module.exports ?? []) {
    if (!exported.declaration?.package) checkPath(exported.declaration?.module, `${module.path}: export ${exported.name}`);
  }
  for (const declaration of module.declarations ?? []) {
    const where = `${module.path}: ${declaration.tagName ?? declaration.name}`;
    if (declaration.kind !== 'class') continue;
    if (!declaration.tagName) {
      problems.push(`${where}: class ${declaration.name} has no tagName (add @tag, or leave the base class out of the manifest).`);
      continue;
    }
    elements++;
    if (!(module.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName)) {
      problems.push(`${where}: module does not export the custom-element-definition of <${declaration.tagName}>.`);
    }
    for (const event of declaration.events ?? []) {
      if (!event.name?.startsWith('klar-')) problems.push(`${where}: event "${event.name ?? '(no name)'}" is not a klar- event.`);
      if (!event.type?.text) problems.push(`${where}: event "${event.name}" has no type (write @fires {CustomEvent<Detail>} ${event.name ?? 'klar-…'} - …).`);
    }
    for (const kind of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
      for (const item of declaration[kind] ?? []) checkPath(item.inheritedFrom?.module, `${where}: ${item.name} inherited`);
    }
    if (!declaration.superclass?.package) checkPath(declaration.superclass?.module, `${where}: superclass`);
    const fixed = new Set([...FIXED_VALUES['*'], ...(FIXED_VALUES[declaration.tagName] ?? [])]);
    for (const attribute of declaration.attributes ?? []) {
      const text = attribute.type?.text ?? '';
      const parts = typeParts(text);
      if (fixed.has(attribute.name) && !literalValues(text)) {
        problems.push(`${where}: attribute ${attribute.name} lost its union of values (type "${text}").`);
      }
      const alias = parts.find((part) => /^[A-Z]\w*$/.test(part) && !PLAIN_TYPES.has(part));
      if (alias) problems.push(`${where}: attribute ${attribute.name} has type "${text}": write the union out, editors cannot read the alias ${alias}.`);
    }
  }
}
if (elements === 0) problems.push(`${file}: no elements.`);
for (const [path, { problem, places }] of badPaths) {
  const shown = places.slice(0, 3).join('; ') + (places.length > 3 ? `; and ${places.length - 3} more` : '');
  problems.push(`module path "${path}" ${problem} (${shown}).`);
}

for (const problem of problems) console.error(`check-manifest: ${problem}`);
if (problems.length) process.exit(1);
console.log(`check-manifest: ${elements} elements${built ? ', module paths checked against dist/' : ' (no dist/: module paths not checked)'}.`);
