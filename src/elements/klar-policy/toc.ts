/**
 * The policy page's view: its table of contents and its styles. A lazy chunk, like JSON mode: a
 * policy comes from JSON only, so a page without one never loads either, and `klar-policy`
 * waits for this before its first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../core/localize.js';

export { policyStyles } from './klar-policy.styles.js';

/** What the table of contents needs of its policy. */
export interface TocHost {
  element: HTMLElement;
  /** The title's heading level: sections are one below. */
  level: number;
  /** `lang` for the words Klar writes, where it differs from the page's. */
  lang?: string;
}

/** One line of the table of contents: a section heading, and its subsections. */
interface Entry {
  id: string;
  text: string;
  /** The heading's own language, when the content says it differs from the page's. */
  lang?: string;
  children: Entry[];
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
 * The sections: headings one and two levels below the title, among the element's own children
 * (a section heading) or as the heading of a Klar element standing as a section (a timeline).
 * A heading without an id gets one from its text, unique on the page.
 */
function sections(host: TocHost): Entry[] {
  const top = host.level + 1;
  const entries: Entry[] = [];
  for (const child of host.element.children) {
    if (child.slot) continue;
    // A Klar element stands as a section with its own heading at the sections' level; the
    // heading of one inside a section (a box's) is no line of the table of contents.
    const standing = child.localName.startsWith('klar-');
    const heading = standing ? child.querySelector(':scope > [slot="heading"]') : child;
    const level = heading ? levelOf(heading) : 0;
    const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
    if (!heading || !text || (level !== top && (standing || level !== top + 1))) continue;
    if (!heading.id) heading.id = uniqueId(slug(text));
    const langHolder = heading.closest('[lang]');
    const entry: Entry = { id: heading.id, text, lang: langHolder && host.element.contains(langHolder) ? langHolder.getAttribute('lang')! : undefined, children: [] };
    const parent = entries.at(-1);
    if (level === top + 1 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}

function uniqueId(base: string): string {
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
function follow(event: MouseEvent): void {
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
  keepInView(target);
}

/**
 * Scrolls `target` to the top, and keeps it there while the page settles: Klar elements off
 * screen stand in at an estimated height until drawn (content-visibility), so the sections
 * move as those on the way come into view. Until the reader scrolls, or a second has passed.
 */
function keepInView(target: Element): void {
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

function renderList(entries: Entry[]): TemplateResult {
  return html`<ol>
    ${entries.map(
      (entry) =>
        html`<li>
          <a href="#${entry.id}" lang=${entry.lang ?? nothing} @click=${follow}>${entry.text}</a>
          ${entry.children.length ? renderList(entry.children) : nothing}
        </li>`
    )}
  </ol>`;
}

/** Read at each render: JSON mode puts its content in place during the update, before the render. */
export function renderToc(host: TocHost): TemplateResult | typeof nothing {
  const found = sections(host);
  if (found.length < 2) return nothing;
  return html`<nav part="toc" class="toc frame" aria-labelledby="toc-heading">
    <p part="toc-heading" id="toc-heading" class="toc-heading" lang=${host.lang ?? nothing}>
      ${msg('Indhold', { id: 'policy.toc', desc: 'Name of the table of contents of a policy page: links to its sections' })}
    </p>
    ${renderList(found)}
  </nav>`;
}

