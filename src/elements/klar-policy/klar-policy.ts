import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { msg } from '../../core/localize.js';
import { isSpeakable, readableBlocks, type Spoken } from '../../core/spoken.js';
import { policyStyles } from './klar-policy.styles.js';

/** One line of the table of contents: a section heading, and its subsections. */
interface Entry {
  id: string;
  text: string;
  /** The heading's own language, when the content says it differs from the page's. */
  lang?: string;
  children: Entry[];
}

/** The nearest ancestor that reads its own words: a circle for its themes, the policy for its boxes. */
function speakerOf(element: Element): Element | null {
  let parent = element.parentElement;
  while (parent && !isSpeakable(parent)) parent = parent.parentElement;
  return parent;
}

const levelOf = (heading: Element): number => Number(/^h([1-6])$/.exec(heading.localName)?.[1] ?? 0);

/**
 * An id from a heading's text, readable in a link ("2. Indledning" → "2-indledning"): Danish
 * letters spelt out, accents dropped, letters and digits of other scripts kept, anything else
 * (a superscript "⁰" too) a dash.
 */
export function slug(text: string): string {
  const spelt = text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  // Accents off Latin letters only: in other scripts a mark can be part of the letter (Arabic ؤ).
  const plain = spelt.normalize('NFD').replace(/([a-z])\p{M}+/gu, '$1').normalize('NFC');
  return plain.replace(/[^\p{L}\p{Nd}]+/gu, '-').replace(/^-+|-+$/g, '') || 'afsnit';
}

/**
 * A whole policy page from one JSON file: its title, status and date (and, in consultation, until
 * when and where to answer) in a `klar-policy-card`, a table of contents, and the sections with
 * their text and the same Klar elements an author would write: vision, theme circle, boxes, key
 * figures, quotes and timeline. The content is JSON only (`src` or `data`); it becomes ordinary
 * headings, paragraphs and Klar elements in the page, so it reads, searches and prints as the
 * page's own text.
 *
 * Headings follow `heading-level`: the title at that level, the sections one below, the
 * elements in a section one below that. Each section heading gets an id from its text, unique
 * on the page, and the table of contents links to it; following a link moves focus there.
 *
 * The JSON (schema/klar-policy.json describes every field): `{ "heading", "status"?, "date"?,
 * "consultationEnds"?, "respondHref"?, "foreword"?: { "heading"?, "text", "signature"? },
 * "sections": [ { "heading", "blocks": [ { "kind": "text" | "list" | "facts" | "vision" |
 * "theme-circle" | "success-criteria" | "citizen-wishes" | "goals" | "quote" | "timeline" |
 * "section", … } ] } ] }`. A block other than text, list, facts and section has the fields of
 * that element's own JSON; a vision, circle or timeline can also stand as a section of its own.
 *
 * @tag klar-policy
 * @summary A whole policy page from one JSON file, with a table of contents.
 *
 * @csspart policy - The frame of the whole page.
 * @csspart toc - The table of contents (a `nav`).
 * @csspart toc-heading - The name above the table of contents ("Indhold").
 * @csspart content - The area holding the sections.
 */
export class KlarPolicy extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, policyStyles];

  /** JSON only: markup written inside the tag stays visible, and the web team is told. */
  protected override validate(): KlarErrorDetail[] {
    if (this.src?.trim() || this.data != null) return [];
    const written = [...this.childNodes].some((node) => node instanceof Element || node.textContent?.trim());
    return [
      written
        ? problem(
            'invalid-content',
            'takes its content from JSON only: set src="…/policy.json" (or the data property) to a file of schema/klar-policy.json. The markup inside the tag is shown as it is. (Markup inside the tag together with src is the fallback: shown while the file loads, and if it fails.)'
          )
        : problem('empty-content', 'has no content. Set src to a JSON file of the policy (see schema/klar-policy.json in klar-elements), or the data property.'),
    ];
  }

  /**
   * The sections: headings one and two levels below the title, among the element's own children
   * (a section heading) or as the heading of a Klar element standing as a section (a timeline).
   * A heading without an id gets one from its text, unique on the page.
   */
  #sections(): Entry[] {
    const top = this.level + 1;
    const entries: Entry[] = [];
    for (const child of this.children) {
      if (child.slot) continue;
      // A Klar element stands as a section with its own heading at the sections' level; the
      // heading of one inside a section (a box's) is no line of the table of contents.
      const standing = child.localName.startsWith('klar-');
      const heading = standing ? child.querySelector(':scope > [slot="heading"]') : child;
      const level = heading ? levelOf(heading) : 0;
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
      if (!heading || !text || (level !== top && (standing || level !== top + 1))) continue;
      if (!heading.id) heading.id = this.#uniqueId(slug(text));
      const langHolder = heading.closest('[lang]');
      const entry: Entry = { id: heading.id, text, lang: langHolder && this.contains(langHolder) ? langHolder.getAttribute('lang')! : undefined, children: [] };
      const parent = entries.at(-1);
      if (level === top + 1 && parent) parent.children.push(entry);
      else entries.push(entry);
    }
    return entries;
  }

  #uniqueId(base: string): string {
    let id = base;
    for (let count = 2; document.getElementById(id); count++) id = `${base}-${count}`;
    return id;
  }

  /**
   * Following a link goes to its section and focuses its heading, so the next Tab and a screen
   * reader go on from there, and puts the section in the address. Done here, not left to the
   * browser: a page whose `<base>` points elsewhere would leave. A click with a modifier (a new
   * tab) stays the browser's.
   */
  readonly #follow = (event: MouseEvent): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const id = decodeURIComponent(link.hash.slice(1));
    const target = document.getElementById(id);
    if (!target || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    const address = new URL(location.href);
    address.hash = id;
    if (address.href !== location.href) history.pushState(history.state, '', address);
    this.#keepInView(target);
  };

  /**
   * Scrolls `target` to the top, and keeps it there while the page settles: Klar elements off
   * screen stand in at an estimated height until drawn (content-visibility), so the sections
   * move as those on the way come into view. Until the reader scrolls, or a second has passed.
   */
  #keepInView(target: Element): void {
    const align = () => target.scrollIntoView({ block: 'start' });
    const observer = new ResizeObserver(align);
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
    const stop = () => {
      observer.disconnect();
      for (const name of events) removeEventListener(name, stop, true);
    };
    align();
    observer.observe(document.documentElement);
    for (const name of events) addEventListener(name, stop, { capture: true, once: true });
    setTimeout(stop, 1000);
  }

  #renderList(entries: Entry[]): TemplateResult {
    return html`<ol>
      ${entries.map(
        (entry) =>
          html`<li>
            <a href="#${entry.id}" lang=${entry.lang ?? nothing} @click=${this.#follow}>${entry.text}</a>
            ${entry.children.length ? this.#renderList(entry.children) : nothing}
          </li>`
      )}
    </ol>`;
  }

  /** Read at each render: JSON mode puts its content in place during the update, before the render. */
  #renderToc(): TemplateResult | typeof nothing {
    const sections = this.#sections();
    if (sections.length < 2) return nothing;
    return html`<nav part="toc" class="toc" aria-labelledby="toc-heading">
      <p part="toc-heading" id="toc-heading" class="toc-heading" lang=${this.interfaceLang ?? nothing}>
        ${msg('Indhold', { id: 'policy.toc', desc: 'Name of the table of contents of a policy page: links to its sections' })}
      </p>
      ${this.#renderList(sections)}
    </nav>`;
  }

  /**
   * In reading order: the header (a Klar element), then each section's own text, with the Klar
   * elements in it where they stand (read aloud asks each of them for its words).
   */
  override spoken(): Spoken {
    const own: Spoken = readableBlocks(this);
    const nested = [...this.querySelectorAll('*')].filter((element) => isSpeakable(element) && speakerOf(element) === this);
    return [...own, ...nested].sort((a, b) =>
      (a as Element).compareDocumentPosition(b as Element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
    );
  }

  protected override render(): TemplateResult {
    return html`
      <div part="policy" class=${classes('policy', this.isEasyRead && 'easy')} dir=${this.page.direction ?? nothing}>
        ${this.renderProblem()}
        <div class="header"><slot name="header"></slot></div>
        ${this.#renderToc()}
        <div part="content" class="content"><slot></slot></div>
      </div>
    `;
  }
}
