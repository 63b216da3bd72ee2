// The manifest is generated from the JSDoc in src/: elements and the base classes they inherit
// attributes from. Storybook's docs, the framework types, the editor configurations and the editor
// custom data (scripts/build-editor-data.mjs) read it, so it lists only the public API, with the
// module paths of the package (dist/), not of src/.
import { readFileSync } from 'node:fs';

const packageName = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).name;

const publicApiOnly = {
  name: 'klar-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.static;
        // Lit state (`{ state: true }` in static properties) is read as an attribute: it is none.
        const internal = new Set(declaration.members.filter((member) => !isPublic(member)).map((member) => member.name));
        declaration.members = declaration.members.filter(isPublic);
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
      }
    }
  },
};

/** The parts of a union type's text: `'a' | 'b' | undefined` → ["'a'", "'b'", 'undefined']. */
const unionParts = (text) => text.split('|').map((part) => part.trim());
const isNumberLiteral = (part) => /^-?\d+(\.\d+)?$/.test(part);

/**
 * An attribute's value is text: where its property takes a number or the same number as text
 * (`1 | 2 | '1' | '2'`), the attribute's type lists the text only (`'1' | '2'`).
 */
function attributeType(text) {
  const parts = unionParts(text);
  const strings = new Set(parts.map((part) => /^'(.*)'$/.exec(part)?.[1]).filter((value) => value !== undefined));
  const numbers = parts.filter(isNumberLiteral);
  if (numbers.length === 0 || !numbers.every((number) => strings.has(number))) return text;
  return parts.filter((part) => !isNumberLiteral(part)).join(' | ');
}

/** `CustomEvent<KlarErrorDetail>`: the detail type, a type the package exports. */
function eventTypeReferences(text) {
  const match = /^CustomEvent<(\w+)>$/.exec(text);
  if (!match) return undefined;
  const start = text.indexOf(match[1]);
  return [{ name: match[1], package: packageName, start, end: start + match[1].length }];
}

/** "Corner radius. Default: 0.5rem." → description "Corner radius.", default "0.5rem". */
function splitDefault(cssProperty) {
  const match = /^(.*?)\s*Default: (.+?)\.?$/s.exec(cssProperty.description ?? '');
  if (!match || cssProperty.default !== undefined) return cssProperty;
  return { ...cssProperty, description: match[1], default: match[2] };
}

/** Which element module the build makes of a source file: `src/elements/<tag>/…` → `dist/elements/<tag>.js`. */
function distPathOf(sourcePath, tagName) {
  const folder = /^\/?src\/elements\/([^/]+)\//.exec(sourcePath)?.[1];
  return `dist/elements/${folder ?? tagName}.js`;
}

/**
 * The manifest as the package ships: one module per element, `dist/elements/<tag>.js`, exporting
 * its class and defining its tag, and `dist/klar.js`, exporting every class. Runs after the
 * analyzer has copied inherited members, attributes, slots, parts, events and CSS properties
 * onto each element, so the base classes (src/core/, not modules of the package) and the other
 * helper modules are dropped, and `inheritedFrom` and `superclass` keep only the class's name.
 */
const packageModules = {
  name: 'klar-package-modules',
  packageLinkPhase({ customElementsManifest }) {
    const modules = [];
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // An element is a class with a tag, or any class of src/elements/ (so one that lost its
        // @tag stays in the manifest, and scripts/check-manifest.mjs reports it).
        const isElement = declaration.tagName || /^\/?src\/elements\//.test(module.path);
        if (declaration.kind !== 'class' || !isElement) continue;
        for (const kind of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
          for (const item of declaration[kind] ?? []) {
            if (item.inheritedFrom) item.inheritedFrom = { name: item.inheritedFrom.name };
          }
        }
        if (declaration.superclass && !declaration.superclass.package) declaration.superclass = { name: declaration.superclass.name };
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.type?.text) attribute.type = { ...attribute.type, text: attributeType(attribute.type.text) };
          // An inherited attribute keeps the base class's default; the subclass's field has its own.
          const field = declaration.members?.find((member) => member.name === attribute.fieldName);
          if (field?.default !== undefined) attribute.default = field.default;
        }
        for (const event of declaration.events ?? []) {
          const references = event.type?.text && eventTypeReferences(event.type.text);
          if (references) event.type = { ...event.type, references };
        }
        if (declaration.cssProperties) declaration.cssProperties = declaration.cssProperties.map(splitDefault);
        const path = distPathOf(module.path, declaration.tagName);
        const reference = { name: declaration.name, module: path };
        modules.push({
          kind: 'javascript-module',
          path,
          declarations: [declaration],
          exports: [
            { kind: 'js', name: declaration.name, declaration: reference },
            ...(declaration.tagName ? [{ kind: 'custom-element-definition', name: declaration.tagName, declaration: reference }] : []),
          ],
        });
      }
    }
    modules.sort((a, b) => a.path.localeCompare(b.path));
    // dist/klar.js re-exports every class (its definitions are listed once, with each element).
    const bundle = {
      kind: 'javascript-module',
      path: 'dist/klar.js',
      declarations: [],
      exports: modules.map(({ declarations: [declaration], path }) => ({
        kind: 'js',
        name: declaration.name,
        declaration: { name: declaration.name, module: path },
      })),
    };
    customElementsManifest.modules = [bundle, ...modules];
  },
};

export default {
  globs: ['src/elements/**/*.ts', 'src/core/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly, packageModules],
};
