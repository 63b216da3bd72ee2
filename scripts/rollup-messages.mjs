// A Rollup plugin for the interface strings (msg() calls and the translation chunks), run on
// every build:
// - drops `desc` from `msg('…', { id, desc })` calls. Descriptions are context for translators,
//   read by `lit-localize extract` from the sources; at run time msg() never reads them.
// - writes each message id as a short one (`goals.heading` → `a3`), in the msg() calls and in
//   the translation chunks alike: ids are for translators and the XLIFF files, and every page
//   would otherwise download all of them in full. The short ids come from the sorted list of
//   ids in the source, so the same build always gives the same ones.
// - lets a translation chunk register itself when a page runs it before Klar (the README's
//   render-blocking line for a page not in Danish), so elements render the first time in that
//   language with no wait. The registry key carries a hash of the ids: another Klar version on
//   the same page, with other short ids, never reads this one's catalogs.
import { createHash } from 'node:crypto';
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

/** Where src/core/localize.ts reads the registry key; the build writes the real one. */
const KEY_PLACEHOLDER = '__klar_catalog_key__';

export function messages({ localesDir = 'src/generated/locales' } = {}) {
  const ids = messageIds(localesDir);
  const short = new Map(ids.map((id, index) => [id, index.toString(36)]));
  const key = createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 10);
  const shorten = (id) => {
    const value = short.get(id);
    if (value === undefined) throw new Error(`msg() id "${id}" is in no translation: run \`npm run localize\`.`);
    return value;
  };
  return {
    name: 'klar-messages',
    transform(code, id) {
      const locale = /\/src\/generated\/locales\/([\w-]+)\.ts$/.exec(id)?.[1];
      if (locale) {
        // The catalog's keys: 'goals.heading': `Goals` → 'a3': `Goals`; and its registration.
        const catalog = code.replace(/^(\s*)'([^']+)':/gm, (_, space, name) => `${space}'${shorten(name)}':`);
        const register = `\n(globalThis[Symbol.for('klar.translations')] ??= {})['${key}:${locale}'] = templates;\n`;
        return { code: catalog + register, map: null };
      }
      if (code.includes(KEY_PLACEHOLDER)) return { code: code.replaceAll(KEY_PLACEHOLDER, key), map: null };
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
