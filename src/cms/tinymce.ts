import { ALLOWED, CONTENT_ELEMENTS, KLAR_TAGS } from './shared/allow-list.js';
import { cleanKlarMarkup, inertTemplate } from './shared/clean.js';
import { tinymceTextOptions, type TinymceTextOptions } from './tinymce-options.js';

/**
 * TinyMCE options (6, 7 and 8) that keep Klar markup exactly and show authors the rendered
 * elements while they write:
 *
 * ```js
 * import klar from 'klar-elements/cms/tinymce';
 * tinymce.init({ ...klar, selector: '#content', license_key: 'gpl' });
 * ```
 *
 * With a `setup` of your own, call Klar's from it: `setup: (editor) => { klar.setup(editor); … }`.
 *
 * What it allows: Klar's tags with their documented attributes and `slot`, `lang`, `dir`, `id`
 * and `class`; inside them only the HTML their slots take (the shared allow-list: text,
 * paragraphs, lists, headings, links, with http(s), mailto, tel and relative URLs); and the
 * `<script type="module" src="…">` that loads Klar, without inline code. Everything else inside
 * a Klar element goes (its text stays); markup outside Klar elements keeps TinyMCE's rules (or
 * your CMS's), only widened by `slot` and the like on the content elements.
 *
 * Preview: the editor's document loads Klar, so an author sees the boxes, figures and circles as
 * readers will. By default from `klar.js` beside this package's `cms/` folder; where the CMS hosts
 * Klar elsewhere, or where the editor must not run it, use {@link klarTinymce}:
 * `tinymce.init({ ...klarTinymce({ klarScript: '/assets/klar/klar.js' }), selector })` (a URL,
 * relative to the page) or `klarTinymce({ klarScript: false })`. In the editor, an element with a
 * JSON `src` does not load it (it would put the JSON's content into the page as markup); it shows
 * the markup written inside it, and `src` is saved as written.
 */
export interface KlarTinymceConfig {
  /** Where the editor's document loads Klar from; `false` for no preview. Default: `../klar.js` from this module. */
  klarScript?: string | URL | false;
}

/** The part of TinyMCE's editor that Klar uses, alike in TinyMCE 6, 7 and 8. */
export interface TinymceEditor {
  on(event: string, callback: (event: { content?: unknown; format?: string }) => void): void;
  schema: {
    getElementRule(name: string): { attributes: Record<string, object>; attributesOrder: string[] } | undefined;
    addValidElements(rules: string): void;
    getBoolAttrs(): Record<string, object>;
  };
  serializer: { addAttributeFilter(names: string, callback: (nodes: TinymceNode[], name: string) => void): void };
  getDoc(): Document;
}

interface TinymceNode {
  name: string;
  attr(name: string): string | undefined;
  attr(name: string, value: string | null): void;
}

export type KlarTinymceOptions = Omit<TinymceTextOptions, 'extended_valid_elements'> & {
  extended_valid_elements: string;
  setup: (editor: TinymceEditor) => void;
};

/** Options to spread into `tinymce.init`, with the preview loaded from `klarScript`. */
export function klarTinymce({ klarScript }: KlarTinymceConfig = {}): KlarTinymceOptions {
  const text = tinymceTextOptions();
  return {
    ...text,
    // The Klar script line; that it is a module with a src and no code, the cleaner sees to.
    extended_valid_elements: `${text.extended_valid_elements},script[type|src]`,
    setup: (editor) => setup(editor, klarScript),
  };
}

export default klarTinymce();

/**
 * Where a Klar element's attribute is held in the editor, and saved from: `src`, so the preview
 * does not load the JSON (its content would become the element's markup); and the attributes
 * TinyMCE 6 rewrites as HTML booleans (`selected="2"` → `selected="selected"`).
 */
const HELD = 'data-klar-editor-';

function setup(editor: TinymceEditor, klarScript: KlarTinymceConfig['klarScript']): void {
  let booleans: string[] = [];
  editor.on('PreInit', () => {
    addContentAttributes(editor.schema);
    const boolAttrs = editor.schema.getBoolAttrs();
    booleans = [...new Set(KLAR_TAGS.flatMap((tag) => [...ALLOWED.get(tag)!]))].filter((name) => name in boolAttrs);
    editor.serializer.addAttributeFilter(['src', ...booleans].map((name) => HELD + name).join(','), (nodes, held) => {
      for (const node of nodes) {
        node.attr(held.slice(HELD.length), node.attr(held) ?? null);
        node.attr(held, null);
      }
    });
  });
  // In and out, Klar elements and scripts hold exactly what the allow-list keeps. Out, this also
  // drops what the preview might have added (aria-busy while loading).
  editor.on('BeforeSetContent', (event) =>
    cleanEvent(event, (element) => {
      hold(element, 'src', true);
      // Copied: the preview still sees them where TinyMCE leaves them alone (7 and later).
      for (const name of booleans) hold(element, name, false);
    })
  );
  editor.on('GetContent', (event) => cleanEvent(event));
  if (klarScript !== false) {
    editor.on('init', () => {
      const doc = editor.getDoc();
      const script = doc.createElement('script');
      script.type = 'module';
      // Resolved against the CMS page (the editor's document may have another base).
      script.src = new URL(klarScript ?? new URL('../klar.js', import.meta.url), document.baseURI).href;
      doc.head.append(script);
    });
  }
}

function hold(element: Element, name: string, move: boolean): void {
  const value = element.getAttribute(name);
  if (value === null) return;
  element.setAttribute(HELD + name, value);
  if (move) element.removeAttribute(name);
}

/**
 * The allow-list's attributes (`slot` above all) added to the rules the editor has for the
 * content elements: added only, so markup outside Klar elements keeps what TinyMCE or the CMS
 * allows; a content element the CMS's schema lacks gets a rule of its own.
 */
function addContentAttributes(schema: TinymceEditor['schema']): void {
  for (const tag of Object.keys(CONTENT_ELEMENTS)) {
    const rule = schema.getElementRule(tag);
    if (!rule) {
      schema.addValidElements(`${tag}[${[...ALLOWED.get(tag)!].join('|')}]`);
      continue;
    }
    for (const name of ALLOWED.get(tag)!) {
      if (rule.attributes[name]) continue;
      rule.attributes[name] = {};
      rule.attributesOrder.push(name);
    }
  }
}

function cleanEvent(event: { content?: unknown; format?: string }, prepare?: (klarElement: Element) => void): void {
  // Raw content is TinyMCE's own (undo levels), text has no markup, a tree is not a string.
  if (typeof event.content === 'string' && event.format !== 'raw' && event.format !== 'text') event.content = cleanKlarParts(event.content, prepare);
}

const KLAR_OR_SCRIPT = ['script', ...KLAR_TAGS].join(',');

/** Each outermost Klar element and each script through the shared cleaner; the rest as it is. */
function cleanKlarParts(html: string, prepare?: (klarElement: Element) => void): string {
  if (!/<(klar-|script)/i.test(html)) return html;
  const template = inertTemplate(html);
  for (const element of template.content.querySelectorAll(KLAR_OR_SCRIPT)) {
    // One inside a Klar element already cleaned is no longer in the template.
    if (template.content.contains(element)) element.replaceWith(inertTemplate(cleanKlarMarkup(element.outerHTML)).content);
  }
  if (prepare) for (const element of template.content.querySelectorAll(KLAR_TAGS.join())) prepare(element);
  return template.innerHTML;
}
