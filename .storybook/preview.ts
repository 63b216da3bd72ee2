import type { ArgTypes, ArgTypesEnhancer, Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { axeRunOptions } from '../tests/helpers/axe-rules.js';
import { applyPageSettings, LOCALE_NAMES, LOCALES, THEMES, type StoryTheme } from '../stories/support/page-settings.js';
import '../stories/support/themes.css';
import '../stories/support/layout.css';

// Docs (attributes, slots, parts, CSS properties, events) come from the code's JSDoc.
setCustomElementsManifest(customElements);

/*
 * The args table, from the manifest, with every kind of API in its own section.
 *
 * Storybook's own reading keys every row by its bare name, so an element's part `label`, its slot
 * `label` and a story arg `label` became one row (and a part got a text control). Here only
 * attributes keep a bare key — their field name, so a story arg `easyRead` or `headingLevel` is the
 * control of the attribute `easy-read` or `heading-level` — and slots, parts, events, CSS custom
 * properties and JS properties get keys of their own (`slot:label`, `part:label`, …) and no
 * control: they are documentation. Story args that are not attributes (the example's text) get
 * the section "Indhold i eksemplet", where their controls work as before.
 */
const SECTION = {
  attributes: 'Attributter',
  story: 'Indhold i eksemplet',
  slots: 'Slots',
  events: 'Events',
  parts: 'CSS-dele (::part)',
  cssProperties: 'CSS-variabler',
  properties: 'Egenskaber (JavaScript)',
} as const;
const SECTION_ORDER: string[] = Object.values(SECTION);

interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  slots?: ManifestItem[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  description?: string;
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

function declarationOf(tagName: string): ManifestDeclaration | undefined {
  for (const module of (customElements as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** A TypeScript type from the manifest as a Storybook type: a union of string literals is an enum. */
function storybookType(text = ''): { name: string; value?: string[] } {
  const parts = text.split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length > 0 && parts.every((part) => /^(['"]).*\1$/.test(part))) return { name: 'enum', value: parts.map((part) => part.slice(1, -1)) };
  if (parts.length === 1 && ['boolean', 'string', 'number'].includes(parts[0])) return { name: parts[0] };
  if (parts.includes('string')) return { name: 'string' };
  return { name: 'other', value: text } as never;
}

function row(name: string, category: string, item: ManifestItem, control: boolean, typeText?: string): ArgTypes[string] {
  return {
    name,
    description: item.description ?? item.summary ?? '',
    ...(typeText !== undefined && control ? { type: storybookType(typeText) as never } : {}),
    ...(control ? {} : { control: false }),
    table: {
      category,
      ...(typeText ? { type: { summary: typeText } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = declarationOf(tagName);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const attributeFields = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? camelCase(attribute.name);
    attributeFields.add(key);
    argTypes[key] = row(attribute.name, SECTION.attributes, attribute, true, attribute.type?.text);
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = row(slot.name || '(standard)', SECTION.slots, slot, false);
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    argTypes[`event:${event.name}`] = row(event.name, SECTION.events, event, false, event.type?.text ?? '');
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part.name, SECTION.parts, part, false);
  for (const property of declaration.cssProperties ?? []) argTypes[`css:${property.name}`] = row(property.name, SECTION.cssProperties, property, false);
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy && member.privacy !== 'public')) continue;
    if (member.attribute || attributeFields.has(member.name)) continue; // shown as its attribute
    argTypes[`property:${member.name}`] = row(member.name, SECTION.properties, member, false, member.type?.text ?? '');
  }
  return argTypes;
}

/** A story arg's type, from its value, or from its control where the value is left out. */
function inferredType(value: unknown, control: unknown): ArgTypes[string]['type'] {
  const controlType = typeof control === 'string' ? control : (control as { type?: string } | undefined)?.type;
  const fromControl: Record<string, string> = { text: 'string', boolean: 'boolean', number: 'number', object: 'object' };
  const name = value === undefined ? (fromControl[controlType ?? ''] ?? 'string') : Array.isArray(value) ? 'array' : typeof value;
  if (name === 'array') return { name: 'array', value: { name: 'other', value: 'unknown' } } as ArgTypes[string]['type'];
  if (name === 'object') return { name: 'object', value: {} } as ArgTypes[string]['type'];
  return { name } as ArgTypes[string]['type'];
}

/**
 * After the manifest rows are merged with a story's own argTypes: an attribute the story does not
 * drive has no control (it would change nothing), every story arg that is not an attribute sits
 * under "Indhold i eksemplet", and the sections come in one order on every page.
 */
const sortArgTypes: ArgTypesEnhancer = ({ argTypes, initialArgs, component }) => {
  const all: ArgTypes = { ...argTypes };
  const manifest = typeof component === 'string' ? extractArgTypes(component) : null;
  const args = initialArgs ?? {};
  for (const key of Object.keys(args)) all[key] ??= { name: key };
  for (const [key, argType] of Object.entries(all)) {
    const category = argType.table?.category;
    if (!category) {
      // A type of its own keeps Storybook's inference from moving the row to the top of the table.
      all[key] = { ...argType, name: key, type: argType.type ?? inferredType(args[key], argType.control), table: { ...argType.table, category: SECTION.story } };
    } else if (category === SECTION.attributes && manifest?.[key]) {
      const driven = argType.control !== undefined || key in args;
      // A story that only names the attribute ("`heading-level`") shows the manifest's description.
      const named = !argType.description || argType.description === `\`${manifest[key].name}\``;
      all[key] = {
        ...argType,
        name: manifest[key].name, // the attribute, not the story's field name
        ...(driven ? {} : { control: false }),
        ...(named ? { description: manifest[key].description } : {}),
      };
    }
  }
  const entries = Object.entries(all);
  const rank = ([, argType]: [string, ArgTypes[string]]) => SECTION_ORDER.indexOf(argType.table?.category ?? SECTION.story);
  return Object.fromEntries(entries.map((entry, index) => [entry, index] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([entry]) => entry));
};

/** The toolbar sets what a host page sets: <html lang>, data-klar-easy-read and the theme. */
const withPageSettings: Decorator = (story, context) => {
  const locale = context.globals.locale ?? 'da';
  applyPageSettings({
    locale,
    easyRead: context.globals.easyRead === 'on',
    theme: (context.globals.theme ?? 'standard') as StoryTheme,
  });
  // A docs page wraps each story in lang="en" (Storybook's own language), and Klar follows the
  // closest lang: the stories there would speak English whatever the toolbar says.
  return context.viewMode === 'docs' ? html`<div lang=${locale}>${story()}</div>` : story();
};

const preview: Preview = {
  decorators: [withPageSettings],
  argTypesEnhancers: [sortArgTypes],
  initialGlobals: { locale: 'da', easyRead: 'off', theme: 'standard' },
  globalTypes: {
    locale: {
      description: 'Sprog (sidens <html lang>)',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: `${LOCALE_NAMES[locale]} (${locale})` })),
        dynamicTitle: true,
      },
    },
    easyRead: {
      description: 'Let læst (data-klar-easy-read på <html>)',
      toolbar: {
        title: 'Let læst',
        icon: 'eye',
        items: [
          { value: 'off', title: 'Let læst: fra' },
          { value: 'on', title: 'Let læst: til' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema (kommunens --klar-* farver)',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // The same rule set as the test matrix (tests/helpers/axe-rules.ts), with two page-level
      // rules off here only: a story is a fragment, not a page. The matrix renders each story in
      // a page with <main> and <h1>, where these two rules do run.
      options: axeRunOptions,
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
      test: 'error',
    },
    docs: { toc: true, extractArgTypes },
  },
};

export default preview;
