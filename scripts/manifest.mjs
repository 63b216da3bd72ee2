// The Custom Elements Manifest (custom-elements.json, from `npm run analyze`) as the scripts that
// generate from it read it: the manifest, and every element in it once, by tag name.
import { existsSync, readFileSync } from 'node:fs';

const MANIFEST = new URL('../custom-elements.json', import.meta.url);

/** The manifest and its elements (sorted by tag, each with the path of its module); `script` names the caller in errors. */
export function readManifest(script) {
  const fail = (line) => {
    console.error(`${script}: custom-elements.json ${line}: run "npm run analyze" first.`);
    process.exit(1);
  };
  if (!existsSync(MANIFEST)) fail('is missing');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName && !byTag.has(declaration.tagName)) byTag.set(declaration.tagName, { ...declaration, modulePath: module.path });
    }
  }
  if (byTag.size === 0) fail('has no elements');
  const elements = [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
  return { manifest, elements };
}

/** A manifest type's parts, without the `undefined` an optional field adds: `'a' | 'b' | undefined` → ["'a'", "'b'"]. */
export const typeParts = (text) =>
  (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');

const LITERAL = /^(['"])(.*)\1$|^(-?\d+(?:\.\d+)?|true|false)$/;

/** The values of a union of literals, unquoted (`'adopted' | 'draft'` → ['adopted', 'draft']); null for any other type. */
export function literalValues(text) {
  const parts = typeParts(text);
  const values = parts.map((part) => LITERAL.exec(part)).map((match) => match && (match[2] ?? match[3]));
  return parts.length > 0 && values.every((value) => value !== null) ? values : null;
}
