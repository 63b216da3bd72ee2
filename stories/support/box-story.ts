import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** The arguments every list box story takes (klar-success-criteria, -citizen-wishes, -goals). */
export interface BoxArgs {
  /** A section heading (`h2`) before the box, as on a real page. */
  area?: string;
  /** An authored `h3` in slot `heading`. */
  heading?: string;
  items: string[];
  /** The easy-read version of the items, in slot `easy-read`. */
  easyItems?: string[];
  /** Text in slot `source`. */
  source?: string;
  headingLevel?: number;
  easyRead: boolean;
}

export const boxArgTypes: Partial<ArgTypes<BoxArgs>> = {
  area: { control: 'text', description: 'Section heading (`h2`) before the box, as on a real page.' },
  heading: { control: 'text', description: 'Authored `h3` in slot `heading`.' },
  items: { control: 'object', description: 'The items, written as `<li>` in a `<ul>`.' },
  easyItems: { control: 'object', description: 'Easy-read items, in a `<ul slot="easy-read">`.' },
  source: { control: 'text', description: 'Text in slot `source`.' },
  headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level`' },
  easyRead: { control: 'boolean', description: '`easy-read`' },
};

/** Renders a list box the way a web team writes it in a CMS. */
export function renderBox(tag: string) {
  const element = unsafeStatic(tag);
  return ({ area, heading, items, easyItems, source, headingLevel, easyRead }: BoxArgs) => html`
    ${area ? html`<h2>${area}</h2>` : nothing}
    ${staticHtml`<${element} heading-level=${headingLevel ?? nothing} ?easy-read=${easyRead}>
      ${heading ? html`<h3 slot="heading">${heading}</h3>` : nothing}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${easyItems ? html`<ul slot="easy-read">${easyItems.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      ${source ? html`<span slot="source">${source}</span>` : nothing}
    </${element}>`}
  `;
}

/** The same arguments as the JSON a CMS would give (`data`). */
export const boxData = ({ heading, items, easyItems, source }: BoxArgs) => ({
  heading,
  items,
  source,
  easyRead: easyItems ? { items: easyItems } : undefined,
});

/** A list box with the same content as JSON set from script (`data`), under the same area heading. */
export function renderBoxFromData(tag: string) {
  const element = unsafeStatic(tag);
  return (args: BoxArgs) => html`
    ${args.area ? html`<h2>${args.area}</h2>` : nothing}
    ${staticHtml`<${element} heading-level=${args.headingLevel ?? nothing} ?easy-read=${args.easyRead} .data=${boxData(args)}></${element}>`}
  `;
}

/** A list box whose content is a JSON file of demo/json/ (`src`). */
export function renderBoxFromFile(tag: string, file: string) {
  const element = unsafeStatic(tag);
  return ({ easyRead }: BoxArgs) => staticHtml`<${element} src=${`demo/json/${file}`} ?easy-read=${easyRead}></${element}>`;
}

/** Wrong markup for a box: a paragraph instead of a list. */
export function renderBoxWithoutList(tag: string, text: string) {
  const element = unsafeStatic(tag);
  return () => staticHtml`<${element}><p>${text}</p></${element}>`;
}

/** Wrong markup for a box: nothing inside the tag. */
export function renderEmptyBox(tag: string) {
  const element = unsafeStatic(tag);
  return () => staticHtml`<${element}></${element}>`;
}

/** What a list box story file's meta shares; the file adds its own literal `title` and `tags`. */
export function boxMeta(tag: string): Meta<BoxArgs> {
  return { component: tag, args: { easyRead: false }, argTypes: boxArgTypes, render: renderBox(tag) };
}
