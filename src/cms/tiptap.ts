import { Extension, Node, type AnyExtension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode, TagParseRule } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import { KLAR_TAGS } from './shared/allow-list.js';
import { cleanKlarMarkup, inertTemplate } from './shared/clean.js';

/**
 * Klar in Tiptap 3 (Umbraco 14+, any Tiptap editor): `new Editor({ extensions: [StarterKit, ...klar] })`.
 *
 * A Klar element is one atom in the document, holding its markup as the allow-list cleans it.
 * Tiptap never models what is inside, so it cannot rewrite it (StarterKit alone drops the
 * `klar-*` wrappers and puts list items in paragraphs), and `getHTML()` returns exactly the
 * stored markup — never the live element the author sees, which changes its own DOM (JSON
 * content, `aria-busy`). Tags come from the allow-list, so a new element is covered.
 */

/** Stored markup as an element where nothing loads, runs or upgrades. */
const inert = (html: string): Element | null => inertTemplate(html).content.firstElementChild;

/** Elements whose content is running text: a Klar element in them is part of a sentence. */
const TEXT_PARENTS = /^(p|h[1-6]|span|a|strong|em|b|i|u|s|small|sub|sup|abbr|cite|q|time|mark|code)$/;

/** A Klar element among words (or in a paragraph) stays there: parsed as an inline node, not a block that splits the paragraph. */
function inRunningText(element: HTMLElement): boolean {
  const parent = element.parentElement;
  if (parent && TEXT_PARENTS.test(parent.localName)) return true;
  return [...(element.parentNode?.childNodes ?? [])].some((node) => node.nodeType === globalThis.Node.TEXT_NODE && node.textContent!.trim() !== '');
}

interface AtomOptions {
  name: string;
  inline: boolean;
  /** Which DOM elements become this node; the stored markup is the element, cleaned. */
  rules: TagParseRule[];
  /** What the author sees for the stored element, in the editor's document. */
  preview: (stored: Element, document: Document) => { label: string; content: globalThis.Node };
}

/** The author's box for one atom: its rendering, named for assistive technology, selected as a whole. */
function atomView(node: ProseMirrorNode, view: EditorView, editor: Editor, inline: boolean, preview: AtomOptions['preview']): NodeView {
  // The view passed in, not editor.view: content given to the Editor constructor is drawn before that exists.
  const root = view.root;
  const document = documentOf(root);
  if (editor.options.injectCSS) adoptStyles(root);
  const dom = document.createElement(inline ? 'span' : 'div');
  const stored = inert(node.attrs.html as string);
  if (stored) {
    const { label, content } = preview(stored, document);
    dom.className = `klar-node klar-node--${stored.localName}`;
    dom.setAttribute('role', 'group');
    dom.setAttribute('aria-label', label);
    dom.dataset.klarTag = stored.localName;
    dom.append(content);
  }
  return {
    dom,
    update: (next) => next.type === node.type && next.attrs.html === node.attrs.html,
    // The element renders itself (shadow DOM, JSON content, aria-busy): none of it is document content.
    ignoreMutation: () => true,
    stopEvent: () => false,
  };
}

function klarAtom({ name, inline, rules, preview }: AtomOptions) {
  return Node.create({
    name,
    group: inline ? 'inline' : 'block',
    inline,
    atom: true,
    selectable: true,
    draggable: true,
    addAttributes: () => ({
      html: { default: '', rendered: false, parseHTML: (element: HTMLElement) => cleanKlarMarkup(element.outerHTML) },
    }),
    parseHTML: () => rules,
    // The stored markup itself, so getHTML() and copying give back what the author wrote.
    renderHTML: ({ node }) => inert(node.attrs.html as string) ?? ['span'],
    renderText: ({ node }) => inert(node.attrs.html as string)?.textContent ?? '',
    addNodeView:
      () =>
      ({ node, view, editor }) =>
        atomView(node, view, editor, inline, preview),
  });
}

/** The live element (it renders itself where the page loads Klar), inert: clicks select the box, links do not navigate. */
function elementPreview(stored: Element, document: Document) {
  const content = document.importNode(stored, true) as HTMLElement;
  content.inert = true;
  return { label: `Klar-element: ${stored.localName}`, content };
}

const elementRules = (inline: boolean): TagParseRule[] =>
  KLAR_TAGS.map((tag) => ({
    tag,
    // Before any other rule, and the inline variant before the block one.
    priority: inline ? 1001 : 1000,
    getAttrs: (element) => (inRunningText(element) === inline ? null : false),
  }));

/** A Klar element between blocks (a box, a circle, a card). */
export const KlarElement = klarAtom({ name: 'klarElement', inline: false, rules: elementRules(false), preview: elementPreview });

/** A Klar element inside a paragraph (a key figure in a sentence). */
export const KlarInlineElement = klarAtom({ name: 'klarInlineElement', inline: true, rules: elementRules(true), preview: elementPreview });

/** `<script type="module" src="…/klar.js">`: kept, shown as a small labelled box, never run in the editor. */
export const KlarScript = klarAtom({
  name: 'klarScript',
  inline: false,
  // The cleaner decides which scripts are Klar's; any other script is left to Tiptap, which drops it.
  rules: [{ tag: 'script', priority: 1000, getAttrs: (element) => (cleanKlarMarkup(element.outerHTML) ? null : false) }],
  preview: (stored, document) => {
    const label = `Klar-script: ${stored.getAttribute('src')}`;
    return { label, content: document.createTextNode(label) };
  },
});

const KLAR_BLOCKS = [KlarElement.name, KlarScript.name];
// @tiptap/extensions' skipTrailingNodeMeta: that package is not one of Klar's peer dependencies.
const SKIP_TRAILING_NODE = 'skipTrailingNode';

/**
 * No empty paragraph after a Klar box at the end. StarterKit's TrailingNode adds `<p></p>` on
 * every transaction while the document ends with a block that is not a paragraph, so a page
 * ending in a Klar element would gain one each time it is opened. The author still gets past the
 * box: the arrow keys give a gap cursor after it, and Enter on the selected box adds a paragraph.
 */
export const KlarEndsWithBlock = Extension.create({
  name: 'klarEndsWithBlock',
  addProseMirrorPlugins: () => [
    new Plugin({
      filterTransaction: (transaction) => {
        const last = transaction.doc.lastChild;
        if (last && KLAR_BLOCKS.includes(last.type.name)) transaction.setMeta(SKIP_TRAILING_NODE, true);
        return true;
      },
    }),
  ],
});

/** Outline for the selected box (in a paragraph, on the element: Klar's figure is a block in an inline wrapper), a tag line above a block; constructed, so a strict CSP allows it; left out with Tiptap's `injectCSS: false`. */
const STYLES = `
.klar-node { display: block; margin: 0.75em 0; padding: 0.25em 0.5em 0.5em; border: 1px dashed; border-radius: 4px; cursor: default; }
.klar-node::before { content: attr(data-klar-tag); display: block; font: 0.75rem/1.5 ui-monospace, monospace; }
span.klar-node { display: inline; margin: 0; padding: 0; border: 0; }
span.klar-node::before { content: none; }
.klar-node--script { font: 0.875rem/1.5 ui-monospace, monospace; }
.klar-node--script::before { content: none; }
div.klar-node.ProseMirror-selectednode, span.klar-node.ProseMirror-selectednode > * { outline: 3px solid Highlight; outline-offset: 2px; }
`;
/** A shadow root's document, or the document itself (instanceof would fail for an editor in a frame). */
const documentOf = (root: Document | ShadowRoot): Document => root.ownerDocument ?? (root as Document);
const styled = new WeakSet<Document | ShadowRoot>();
function adoptStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  // A sheet belongs to the window it was made in: the editor may be in a frame.
  const sheet = new (documentOf(root).defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const klar: AnyExtension[] = [KlarElement, KlarInlineElement, KlarScript, KlarEndsWithBlock];
export default klar;
