// Writes the framework types from the Custom Elements Manifest (custom-elements.json), after the
// declarations are in dist/types/ (tsc):
// - dist/types/react.d.ts: React 19 JSX types. `React.JSX.IntrinsicElements` gets every Klar tag
//   with its attributes (value unions from the manifest), children, slot, class and className and
//   every HTML attribute, and an `onklar-…` prop per event, typed with its detail. React 19 adds
//   a listener for the event named after `on` on a custom element, so `onklar-theme-select` is
//   the prop that fires (`onKlarThemeSelect` would listen for "KlarThemeSelect": not offered).
// - dist/types/vue.d.ts: Vue 3 `GlobalComponents`, so `vue-tsc` with `strictTemplates` checks
//   `<klar-fact value="19" unit="percent">` and types `@klar-theme-select`'s payload.
// Each is the types of its own entry, `klar-elements/react` and `klar-elements/vue` (the same
// script as `klar-elements`, which defines every element): an app that imports the entry gets
// the types with no declaration of its own, and the main entry never names React or Vue, so a
// project without them type-checks with skipLibCheck off.
// Event detail types must be exported from src/klar.ts: a type the main entry does not export
// fails the build, with one line naming it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const MANIFEST = 'custom-elements.json';
const MAIN_TYPES = 'dist/types/klar.d.ts';
const fail = (line) => {
  console.error(`build-framework-types: ${line}`);
  process.exit(1);
};
if (!existsSync(MANIFEST)) fail(`${MANIFEST} is missing: run "npm run analyze" first.`);
if (!existsSync(MAIN_TYPES)) fail(`${MAIN_TYPES} is missing: run tsc (the declarations) first.`);

/** What `klar-elements` exports, by name (types and values). */
function exportedNames() {
  const program = ts.createProgram([MAIN_TYPES], { noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(MAIN_TYPES);
  const symbol = checker.getSymbolAtLocation(source);
  return new Set(symbol ? checker.getExportsOfModule(symbol).map((each) => each.name) : []);
}
const exported = exportedNames();

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) fail(`${MANIFEST} has no elements.`);

const problems = [];
const BUILTIN = new Set(['string', 'number', 'boolean', 'unknown', 'undefined', 'null', 'Record', 'Array', 'ReadonlyArray', 'Readonly', 'Partial', 'HTMLElement', 'Element', 'Node', 'Event', 'CustomEvent']);

/** A type from the manifest, its names qualified with `Klar.` (from the main entry); unknown names are a problem. */
function qualified(text, where) {
  return text.replace(/\b[A-Z][A-Za-z0-9_]*\b/g, (name) => {
    if (BUILTIN.has(name)) return name;
    if (exported.has(name)) return `Klar.${name}`;
    problems.push(`${where}: type ${name} is not exported from src/klar.ts`);
    return 'unknown';
  });
}

/**
 * An attribute's value type, as written in markup: `'adopted' | 'consultation'` stays a union;
 * a digit string ('3') also takes the number; number takes a numeric string; boolean takes ""
 * (the attribute written bare).
 */
function attributeType(text, where) {
  const parts = (text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  const out = new Set();
  for (const part of parts) {
    if (part === 'boolean') ['boolean', "''"].forEach((each) => out.add(each));
    else if (part === 'number') ['number', '`${number}`'].forEach((each) => out.add(each));
    else if (part === 'string') out.add('string');
    else if (/^'[^']*'$|^"[^"]*"$/.test(part)) {
      out.add(`'${part.slice(1, -1)}'`);
      if (/^\d+$/.test(part.slice(1, -1))) out.add(part.slice(1, -1));
    } else if (/^-?\d+(\.\d+)?$/.test(part)) [part, `'${part}'`].forEach((each) => out.add(each));
    else out.add(qualified(part, where));
  }
  return out.size ? [...out].join(' | ') : 'string';
}

/** `CustomEvent<KlarThemeSelectDetail>` → `CustomEvent<Klar.KlarThemeSelectDetail>`; no type → a problem. */
function eventType(event, where) {
  const text = event.type?.text;
  if (!text) {
    problems.push(`${where}: event ${event.name} has no type in the manifest (write @fires {CustomEvent<Detail>} ${event.name})`);
    return 'CustomEvent<unknown>';
  }
  return qualified(text, `${where} event ${event.name}`);
}

const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const klarEvents = (element) => (element.events ?? []).filter((event) => event.name?.startsWith('klar-'));
const uniqueBy = (items, key) => [...new Map(items.map((item) => [key(item), item])).values()];

function elementClass(element) {
  if (exported.has(element.name)) return `Klar.${element.name}`;
  problems.push(`${element.tagName}: class ${element.name} is not exported from src/klar.ts`);
  return 'HTMLElement';
}

const header = `// Generated by scripts/build-framework-types.mjs from custom-elements.json. Do not edit.\n`;

// React 19.
let react = `${header}// React 19 JSX types for Klar's elements: \`import 'klar-elements/react'\` once in the app (it also
// defines every element). Events: \`onklar-theme-select={(event) => event.detail.label}\`.
import type * as React from 'react';
import type * as Klar from './klar.js';

export * from './klar.js';

/** A Klar element's props: its own attributes and events, and every HTML attribute React knows. */
export type KlarReactProps<E extends HTMLElement, Own> = Own &
  Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, keyof Own> & {
    /** The element's class, as in HTML (React 19 passes it through; className works too). */
    class?: string;
  };

`;
for (const element of elements) {
  const where = element.tagName;
  const attributes = uniqueBy(element.attributes ?? [], (attribute) => attribute.name);
  react += `${doc(element.summary ?? element.description?.split('\n')[0], '')}export interface ${element.name}ReactAttributes {\n`;
  for (const attribute of attributes) {
    react += doc(attribute.description, '  ');
    react += `  ${JSON.stringify(attribute.name)}?: ${attributeType(attribute.type?.text, `${where} [${attribute.name}]`)};\n`;
  }
  for (const event of uniqueBy(klarEvents(element), (event) => event.name)) {
    react += doc(event.description, '  ');
    react += `  ${JSON.stringify(`on${event.name}`)}?: (event: ${eventType(event, where)}) => void;\n`;
  }
  react += `}\n\n`;
}
react += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
for (const element of elements) {
  react += `      ${JSON.stringify(element.tagName)}: KlarReactProps<${elementClass(element)}, ${element.name}ReactAttributes>;\n`;
}
react += `    }\n  }\n}\n`;

// Vue 3. Vue matches an attribute to a prop in camelCase (heading-level → headingLevel) and an
// @event to its on… prop (@klar-theme-select → onKlarThemeSelect).
let vue = `${header}// Vue 3 types for Klar's elements in templates: \`import 'klar-elements/vue'\` once in the app (it
// also defines every element), and tell Vue the klar- tags are custom elements
// (\`compilerOptions.isCustomElement: (tag) => tag.startsWith('klar-')\`).
// Events: \`@klar-theme-select="(event) => event.detail.label"\`.
import type { DefineComponent, HTMLAttributes } from 'vue';
import type * as Klar from './klar.js';

export * from './klar.js';

/** A Klar element's props: its own attributes and events, and every HTML attribute Vue knows. */
export type KlarVueProps<Own> = Own & Omit<HTMLAttributes, keyof Own>;

`;
for (const element of elements) {
  const where = element.tagName;
  const attributes = uniqueBy(element.attributes ?? [], (attribute) => attribute.name);
  vue += `${doc(element.summary ?? element.description?.split('\n')[0], '')}export interface ${element.name}VueProps {\n`;
  for (const attribute of attributes) {
    vue += doc(attribute.description, '  ');
    vue += `  ${camel(attribute.name)}?: ${attributeType(attribute.type?.text, `${where} [${attribute.name}]`)};\n`;
  }
  for (const event of uniqueBy(klarEvents(element), (event) => event.name)) {
    vue += doc(event.description, '  ');
    vue += `  ${camel(`on-${event.name}`)}?: (event: ${eventType(event, where)}) => void;\n`;
  }
  vue += `}\n\n`;
}
vue += `declare module 'vue' {
  /**
   * Klar's content goes into named slots: \`<span slot="label">\` inside \`<klar-fact>\`. Vue's
   * types leave out the HTML \`slot\` attribute (Vue 2's slot syntax once had the name), so
   * strictTemplates would reject it on the elements inside a Klar tag.
   */
  interface HTMLAttributes {
    slot?: string;
  }
  interface GlobalComponents {\n`;
for (const element of elements) {
  vue += `    ${JSON.stringify(element.tagName)}: DefineComponent<KlarVueProps<${element.name}VueProps>>;\n`;
}
vue += `  }\n}\n`;

if (problems.length) fail(`the manifest names what the types cannot reach:\n  ${[...new Set(problems)].join('\n  ')}`);
writeFileSync('dist/types/react.d.ts', react);
writeFileSync('dist/types/vue.d.ts', vue);
console.log(`framework types: dist/types/react.d.ts, dist/types/vue.d.ts (${elements.length} elements)`);
