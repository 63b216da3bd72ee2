import { KLAR_ELEMENTS } from '../../generated/cms-elements.js';
import { urlScheme } from '../../core/url.js';

/**
 * What a rich-text editor may keep of Klar markup, and nothing more. Every editor configuration
 * in src/cms/ is built from this one list, so TinyMCE, CKEditor 5 and Tiptap allow the same.
 *
 * - Klar's own tags and their documented attributes come from the Custom Elements Manifest
 *   (src/generated/cms-elements.ts): a new element or attribute is allowed without editing this.
 * - Inside them, the plain HTML their slots take: text, paragraphs, lists, headings, links.
 * - `<script type="module" src="…">` that loads Klar, without inline code.
 * No event-handler attributes, no `style`, no other URL schemes than http(s), mailto, tel and
 * relative ones: an editor must not become the way script gets into a kommune's page.
 */

/** Attributes any element in Klar content may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['slot', 'lang', 'dir', 'id', 'class'];

/** The HTML that Klar's slots take, with the attributes each may carry besides the global ones. */
export const CONTENT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  span: [],
  div: [],
  ul: [],
  ol: ['start', 'reversed'],
  li: ['value'],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  blockquote: ['cite'],
  q: ['cite'],
  cite: [],
  a: ['href', 'hreflang', 'rel'],
  strong: [],
  em: [],
  b: [],
  i: [],
  small: [],
  sub: [],
  sup: [],
  abbr: ['title'],
  time: ['datetime'],
  br: [],
};

/** Elements removed with everything inside them: their content is code or embedded media, not text. */
export const DROPPED_ELEMENTS: readonly string[] = [
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'link', 'meta', 'base',
  'form', 'input', 'button', 'select', 'textarea', 'img', 'video', 'audio', 'canvas', 'frame', 'frameset',
];

/** Attributes holding a URL: checked with {@link isAllowedUrl}. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite', 'respond-href'];

export const KLAR_TAGS: readonly string[] = Object.keys(KLAR_ELEMENTS);

/** Every allowed element (Klar's and content) with every attribute it may carry. */
export const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...Object.entries(CONTENT_ELEMENTS).map(([tag, attributes]) => [tag, new Set([...GLOBAL_ATTRIBUTES, ...attributes])] as const),
  ...Object.entries(KLAR_ELEMENTS).map(([tag, { attributes }]) => [tag, new Set([...GLOBAL_ATTRIBUTES, ...Object.keys(attributes)])] as const),
]);

/** The Klar script: `<script type="module" src="…/klar.js">`, no inline code. */
export const SCRIPT_ATTRIBUTES: readonly string[] = ['type', 'src'];

export const isKlarTag = (tag: string): boolean => tag in KLAR_ELEMENTS;

/** Links and sources go to web pages, mail or phone; `javascript:`, `data:` and the rest are refused. */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}
