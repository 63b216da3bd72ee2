/**
 * Turns JSON content into the light-DOM markup an author would write, with DOM APIs only:
 * every string becomes a text node or an attribute value, never markup, and a link's `href`
 * passes `isSafeUrl` first. The helpers read `unknown` values defensively, so content that
 * fails its schema still shows all it can, under a message.
 */
import type * as v from 'valibot';
import { problem, type KlarErrorDetail } from '../errors.js';
import { isSafeUrl } from '../url.js';

export interface BuildContext {
  /** The level (1–6) of the first heading the JSON brings: the element's `heading-level`. */
  level: number;
  /** Reports what the reader should not get as it stands (an unsafe link, shown as text). */
  report(found: KlarErrorDetail): void;
}

export interface Built {
  /** The element's light-DOM children. */
  nodes: Node[];
  /** Properties of the element itself, as the attributes of the markup version (a fact's `value`). */
  properties?: Record<string, string | undefined>;
}

/** Each field of the content, of any type: the content may not fit its schema. */
export type Fields<Schema extends v.GenericSchema> = { [Key in keyof v.InferOutput<Schema>]?: unknown };

export interface JsonDefinition {
  schema: v.GenericSchema;
  build(data: Record<string, unknown>, context: BuildContext): Built;
  /**
   * Parts of the schema used in several places, by name: the shipped JSON Schema writes each
   * once, in `$defs`, and refers to it (a policy's blocks stand in sections and subsections).
   */
  shared?: Record<string, v.GenericSchema>;
}

export function defineJson<Schema extends v.GenericSchema>(
  schema: Schema,
  build: (data: Fields<Schema>, context: BuildContext) => Built,
  shared?: Record<string, v.GenericSchema>
): JsonDefinition {
  return { schema, build: build as JsonDefinition['build'], shared };
}

type Child = Node | string | false | null | undefined;

/** An element with attributes and children; strings become text. */
export function h(tag: string, attributes: Record<string, string | number | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

export const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const fieldsOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `themes[2].label`: the JSON path a web team finds in its file. */
export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Text, or a link when the value is `{ text, href }` with a safe `href`. */
export function inline(value: unknown, path: string, context: BuildContext): Node | string {
  if (typeof value !== 'object' || value === null) return textOf(value);
  const { text, href } = fieldsOf(value);
  const words = textOf(text);
  if (typeof href !== 'string') return words;
  if (!isSafeUrl(href)) {
    context.report(
      problem(
        'unsafe-url',
        `${at(path, 'href')} "${href}" is refused: only http(s) and relative links are allowed. "${words}" is shown as text.`
      )
    );
    return words;
  }
  return h('a', { href }, words);
}

/** A bulleted list of texts and links. */
export const list = (items: unknown, path: string, context: BuildContext, attributes: Record<string, string> = {}): HTMLElement =>
  h('ul', attributes, ...listOf(items).map((item, index) => h('li', {}, inline(item, at(path, index), context))));

/** A heading at `level`, kept within h1–h6. */
export const heading = (level: number, text: unknown, attributes: Record<string, string> = {}): HTMLElement =>
  h(`h${Math.min(Math.max(level, 1), 6)}`, attributes, textOf(text));

/** One paragraph per text: a field holds one text or a list of them. */
export const paragraphs = (value: unknown, attributes: Record<string, string> = {}): HTMLElement[] =>
  (Array.isArray(value) ? value : [value]).map(textOf).filter(Boolean).map((words) => h('p', attributes, words));

/** The source line's content, in slot `source`. */
export const source = (value: unknown, context: BuildContext): HTMLElement | undefined =>
  value === undefined ? undefined : h('span', { slot: 'source' }, inline(value, 'source', context));

/** The nodes that are there, in order. */
export const present = (...nodes: (Node | false | undefined)[]): Node[] => nodes.filter((node): node is Node => Boolean(node));
