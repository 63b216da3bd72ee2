// A Rollup plugin for the interface strings, run on every build:
// - drops `desc` from `msg('…', { id, desc })` calls. Descriptions are context for translators,
//   read by `lit-localize extract` from the sources; at run time msg() never reads them.
// - writes each message id as a short one (`goals.heading` → `a3`), in the msg() calls and in
//   the translation chunks alike: ids are for translators and the XLIFF files, and every page
//   would otherwise download all of them in full. The short ids come from the sorted list of
//   ids in the source, so the same build always gives the same ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';

const isProperty = (property, name) =>
  property.type === 'Property' && !property.computed && (property.key.name ?? property.key.value) === name;

/** Every message id, from a generated catalog (they all hold the same ids). */
function messageIds(localesDir) {
  const file = readdirSync(localesDir).find((name) => name.endsWith('.ts'));
  const source = readFileSync(join(localesDir, file), 'utf8');
  return [...source.matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]).sort();
}

export function stripMessageDescriptions({ localesDir = 'src/generated/locales' } = {}) {
  const ids = messageIds(localesDir);
  const short = new Map(ids.map((id, index) => [id, index.toString(36)]));
  const shorten = (id) => {
    const value = short.get(id);
    if (value === undefined) throw new Error(`msg() id "${id}" is in no translation: run \`npm run localize\`.`);
    return value;
  };
  return {
    name: 'klar-strip-message-descriptions',
    transform(code, id) {
      if (id.includes('/src/generated/locales/')) {
        // The catalog's keys: 'goals.heading': `Goals` → 'a3': `Goals`.
        return { code: code.replace(/^(\s*)'([^']+)':/gm, (_, space, key) => `${space}'${shorten(key)}':`), map: null };
      }
      if (!code.includes('msg(')) return null;
      const source = new MagicString(code);
      let changed = false;
      const visit = (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          if (options?.type === 'ObjectExpression') {
            const properties = options.properties;
            properties.forEach((property, index) => {
              if (isProperty(property, 'id') && property.value.type === 'Literal') {
                source.overwrite(property.value.start, property.value.end, `'${shorten(property.value.value)}'`);
                changed = true;
              }
              if (!isProperty(property, 'desc')) return;
              const next = properties[index + 1];
              const previous = properties[index - 1];
              // Take the comma that joined it to a neighbour along.
              if (next) source.remove(property.start, next.start);
              else if (previous) source.remove(previous.end, property.end);
              else source.remove(property.start, property.end);
              changed = true;
            });
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && visit(child));
          else if (value && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      return changed ? { code: source.toString(), map: source.generateMap({ hires: true }) } : null;
    },
  };
}
