// A Rollup plugin: drops `desc` from `msg('…', { id, desc })` calls. Descriptions are context
// for translators, read by `lit-localize extract` from the sources; at run time msg() never
// reads them, so shipping them costs every page bytes for nothing.
import MagicString from 'magic-string';

const isDescription = (property) =>
  property.type === 'Property' && !property.computed && (property.key.name ?? property.key.value) === 'desc';

export function stripMessageDescriptions() {
  return {
    name: 'klar-strip-message-descriptions',
    transform(code) {
      if (!code.includes('msg(') || !code.includes('desc')) return null;
      const source = new MagicString(code);
      let changed = false;
      const visit = (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          if (options?.type === 'ObjectExpression') {
            const properties = options.properties;
            properties.forEach((property, index) => {
              if (!isDescription(property)) return;
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
