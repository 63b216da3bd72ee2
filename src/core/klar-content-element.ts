import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SlotController } from './controllers/slot-controller.js';
import { readerMessage, type KlarErrorDetail } from './errors.js';
import { KlarElement } from './klar-element.js';
import { msg } from './localize.js';
import { leadIn, readableBlocks, type Speakable, type Spoken } from './spoken.js';
import type { JsonContent } from './json/json-content.js';

/**
 * A content element: its content is the markup written inside the tag, or the same content as
 * JSON, from a file (`src`) or set from script (`data`). JSON becomes the light-DOM markup an
 * author would write, so both take one rendering path. JSON mode is a lazy chunk: a page that
 * uses none never loads it, and this class only knows when to ask for it.
 *
 * It shows an easy-read version when asked, checks the author's markup (`validate`) and reports
 * what is wrong without hiding anything, and tells read aloud what to read (`spoken`).
 *
 * @csspart message - The short message shown when the content is missing or wrong.
 *
 * @fires {CustomEvent<KlarErrorDetail>} klar-error - The content is missing or wrong; it stays visible. `detail`: `{ code, message }`. From markup: `empty-content`, `invalid-content` and the element's own codes. From JSON: `load-failed` (network, 404, any non-2xx), `invalid-json` (not JSON), `invalid-content` (does not fit the element's JSON Schema; `message` names the JSON path), `unsafe-url`.
 */
export abstract class KlarContentElement extends KlarElement implements Speakable {
  // Static, not decorators: the same Lit properties without the decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    easyRead: { type: Boolean, reflect: true, attribute: 'easy-read' },
    src: {},
    data: { attribute: false },
    problems: { state: true },
  };

  /** Easy-read presentation: larger type and more space. Also on when `<html>` has `data-klar-easy-read`. */
  easyRead = false;

  /** URL of a JSON file with the content, relative to the page (same origin, or served with CORS). */
  src?: string;

  /** The content as an object of the JSON file's shape. Set after `src`, it wins. */
  data?: unknown;

  /** The problems found in the author's markup at the last update, shown to the reader. */
  protected problems: readonly KlarErrorDetail[] = [];

  protected readonly slots = new SlotController(this);

  #json?: JsonContent;

  /**
   * Easy-read is on for this element: by its own attribute, an ancestor's (a theme inside an
   * easy-read circle), or page-wide.
   */
  protected get isEasyRead(): boolean {
    return this.easyRead || this.page.pageEasyRead || Boolean(this.parentElement?.closest('[easy-read]'));
  }

  /**
   * The name for the slot of the element's main content: `easy-read` in easy-read mode when the
   * author wrote one, else `name` (the default slot when none). One slot element either way,
   * so switching costs no new template. The content not shown is not slotted, so it is neither
   * seen nor read.
   */
  protected mainSlot(name?: string): string | typeof nothing {
    return this.showsEasyReadSlot ? 'easy-read' : (name ?? nothing);
  }

  /** The author's words outside named slots: the main content's text, for checks such as "is there any". */
  protected get ownText(): string {
    return [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }

  /** Easy-read is on and the author wrote an easy-read version: it replaces the main content. */
  protected get showsEasyReadSlot(): boolean {
    return this.isEasyRead && this.slots.has('easy-read');
  }

  /**
   * What read aloud reads of this element, in reading order: the author's blocks of text on
   * screen. An element that writes words of its own adds them where a listener needs them.
   */
  spoken(): Spoken {
    return readableBlocks(this);
  }

  /** Whether the content is asked for as JSON. */
  get #wantsJson(): boolean {
    return Boolean(this.src?.trim()) || this.data != null;
  }

  /** What is wrong with the author's markup now; each element lists its own checks. */
  protected validate(): KlarErrorDetail[] {
    return [];
  }

  /** The first problem, if any: the reader sees one short message. */
  protected get problem(): KlarErrorDetail | undefined {
    return this.problems[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && (this.#json || this.#wantsJson)) {
      // Busy at once; JSON mode, once loaded, says when it is done.
      this.setAttribute('aria-busy', 'true');
      // A failure is logged: the browser's error names the file that did not load (json.js beside klar.js).
      this.waitFor(import('./json/json-content.js').then(({ JsonContent }) => (this.#json ??= new JsonContent(this)).sync()));
    }
    super.willUpdate(changed);
    this.report(this.validate());
  }

  /**
   * Reports bad input: for each new problem, one console error for the web team and a
   * `klar-error` event; the reader gets a short message. Never throws, never hides the
   * author's content. Runs before every render, so a fixed problem disappears by itself.
   * JSON mode decides what counts: nothing while loading, its own problems when it has them.
   */
  protected report(found: KlarErrorDetail[]): void {
    found = this.#json ? this.#json.problems(found) : this.#wantsJson ? [] : found;
    const key = (problem: KlarErrorDetail) => `${problem.code}\n${problem.message}`;
    const shown = new Set(this.problems.map(key));
    for (const problem of found) {
      if (shown.has(key(problem))) continue;
      this.errorOnce(problem.message);
      this.emit('klar-error', problem);
    }
    if (found.map(key).join('\n\n') !== this.problems.map(key).join('\n\n')) this.problems = found;
  }

  /** The "Kilde:" line around slot `source`; only the empty slot while the author gives none. */
  protected renderSource(): TemplateResult {
    if (!this.slots.has('source')) return html`<slot name="source"></slot>`;
    const label = msg('Kilde:', {
      id: 'source.label',
      desc: 'Label before the source of a fact, quote or box, e.g. "Kilde: Sundhedsprofilen 2021"',
    });
    return html`<p part="source" class="source">
      <span class="source-label" lang=${this.interfaceLang ?? nothing}>${leadIn(label)}</span><slot name="source"></slot>
    </p>`;
  }

  /** The short message for the first problem, and JSON mode's loading or failure line. */
  protected renderProblem(): TemplateResult | typeof nothing {
    const problemLine = this.problem
      ? html`<p part="message" class="message" lang=${this.interfaceLang ?? nothing}>
          <span class="message-icon" aria-hidden="true">!</span>${readerMessage(this.problem.code)}
        </p>`
      : nothing;
    return this.#json ? this.#json.renderStatus(problemLine) : problemLine;
  }
}
