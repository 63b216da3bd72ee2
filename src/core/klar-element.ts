import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { PageController } from './controllers/page-controller.js';
import { SlotController } from './controllers/slot-controller.js';
import { readerMessage, type KlarErrorDetail } from './errors.js';
import { inLocale, isLoaded, load, localeOf, msg } from './localize.js';
import { baseStyles } from './styles/base.styles.js';

type Heading = (text: string, lang: string | typeof nothing) => TemplateResult;
/** One template per level: a tag name cannot be a binding, and lit/static-html costs more bytes than six lines. */
const HEADINGS: readonly Heading[] = [
  (text, lang) => html`<h1 part="heading" class="heading" lang=${lang}>${text}</h1>`,
  (text, lang) => html`<h2 part="heading" class="heading" lang=${lang}>${text}</h2>`,
  (text, lang) => html`<h3 part="heading" class="heading" lang=${lang}>${text}</h3>`,
  (text, lang) => html`<h4 part="heading" class="heading" lang=${lang}>${text}</h4>`,
  (text, lang) => html`<h5 part="heading" class="heading" lang=${lang}>${text}</h5>`,
  (text, lang) => html`<h6 part="heading" class="heading" lang=${lang}>${text}</h6>`,
];
const DEFAULT_HEADING_LEVEL = 2;

/**
 * What every Klar element declares: easy-read, heading level, theming, `klar-*` events and the
 * error path. Behaviour that is not declaration lives in controllers (`./controllers/`).
 * Parts and the `klar-error` event are documented where they exist: the content elements
 * (`KlarContentElement`) report problems, the reading tools have none to report.
 *
 * @cssprop --klar-color-accent - Stripe, icon and figure colour. Default: a deep green (#005c4f).
 * @cssprop --klar-color-surface - Background. Default: a faint tint of the text colour.
 * @cssprop --klar-color-border - Border. Default: the text colour at 35 %.
 * @cssprop --klar-color-text - Text colour. Default: inherited from the page.
 * @cssprop --klar-color-heading - Default heading colour. Default: the text colour.
 * @cssprop --klar-color-message - Accent of the problem message. Default: a dark orange (#8a3b00).
 * @cssprop --klar-font-family - Font. Default: inherited from the page.
 * @cssprop --klar-radius - Corner radius. Default: 0.5rem.
 * @cssprop --klar-space - Base spacing. Default: 1rem.
 * @cssprop --klar-color-focus - Focus ring on Klar's own buttons, links and tabs (on the circle's segments with a white inner ring). Default: #1a1a1a.
 */
export class KlarElement extends LitElement {
  static override styles = [baseStyles];
  // Static, not decorators: the same Lit properties without the decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    easyRead: { type: Boolean, reflect: true, attribute: 'easy-read' },
    headingLevel: { attribute: 'heading-level' },
    problems: { state: true },
  };

  /** Easy-read presentation: larger type and more space. Also on when `<html>` has `data-klar-easy-read`. */
  easyRead = false;

  /** Level (1–6) of the headings the element writes itself. Headings you write keep their own level. */
  // A number, or the same as text (the attribute gives text). Written out, not an alias or a
  // template type: the manifest copies this text, and editors list the values from it.
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' = 2;

  /** The problems found in the author's markup at the last update, shown to the reader. */
  protected problems: readonly KlarErrorDetail[] = [];

  protected readonly page = new PageController(this);
  protected readonly slots = new SlotController(this);
  readonly #reported = new Set<string>();
  /** Work the element started that `updateComplete` waits for too (JSON loading, read aloud starting). */
  readonly #pending = new Set<Promise<unknown>>();

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

  /** Easy-read is on and the author wrote an easy-read version: it replaces the main content. */
  protected get showsEasyReadSlot(): boolean {
    return this.isEasyRead && this.slots.has('easy-read');
  }

  /** The generated heading's level, 1–6; a wrong value falls back to 2 with one warning. */
  protected get level(): number {
    const level = Number(this.headingLevel);
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.warnOnce(
      `heading-level="${this.headingLevel}" is not a number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`
    );
    return DEFAULT_HEADING_LEVEL;
  }

  /** `lang` for text the element writes, where it differs from the text around it. */
  protected get interfaceLang(): string | undefined {
    return this.page.interfaceLang;
  }

  /** The element's language: for dates, numbers and quotation marks. */
  protected get locale(): string {
    return this.page.locale;
  }

  /** An update waits for the element's translation, so it never shows another language's words. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = localeOf(this);
    return isLoaded(locale) ? super.scheduleUpdate() : load(locale).then(() => super.scheduleUpdate());
  }

  /** Renders with `msg()` in the element's own language. */
  protected override update(changed: PropertyValues<this>): void {
    inLocale(this.page.locale, () => super.update(changed));
  }

  /**
   * Makes `updateComplete` wait for `work` as well, so a caller (a test, a page script) sees its
   * result; a failure is logged, never thrown into a lifecycle callback. For Klar's own parts
   * (JSON mode, read aloud), not a public API.
   * @internal
   */
  waitFor(work: Promise<unknown>): void {
    const tracked = work.catch(console.error).finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Work may start more work (a load, then its render): wait until none is left.
    while (this.#pending.size) {
      await Promise.all(this.#pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Dispatches a `klar-*` event that bubbles out of shadow roots. Each element declares the events
   * it fires with `@fires`; the event is built apart from `dispatchEvent` so the manifest analyzer
   * does not also list this generic one (it would be called `name`).
   */
  protected emit<T>(name: `klar-${string}`, detail: T): boolean {
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
    return this.dispatchEvent(event);
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
    super.willUpdate(changed);
    this.report(this.validate());
  }

  /**
   * Reports bad input: for each new problem, one console error for the web team and a
   * `klar-error` event; the reader gets a short message. Never throws, never hides the
   * author's content. Runs before every render, so a fixed problem disappears by itself.
   */
  protected report(found: KlarErrorDetail[]): void {
    const key = (problem: KlarErrorDetail) => `${problem.code}\n${problem.message}`;
    const shown = new Set(this.problems.map(key));
    for (const problem of found) {
      if (shown.has(key(problem))) continue;
      if (!this.#reported.has(key(problem))) {
        this.#reported.add(key(problem));
        console.error(`Klar: <${this.localName}>: ${problem.message}`, this);
      }
      this.emit<KlarErrorDetail>('klar-error', problem);
    }
    if (found.map(key).join('\n\n') !== this.problems.map(key).join('\n\n')) this.problems = found;
  }

  protected warnOnce(message: string): void {
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console.warn(`Klar: <${this.localName}>: ${message}`, this);
  }

  /** A heading the element writes itself, at `heading-level`. */
  protected renderHeading(text: string): TemplateResult {
    return HEADINGS[this.level - 1](text, this.interfaceLang ?? nothing);
  }

  /** The "Kilde:" line around slot `source`; only the empty slot while the author gives none. */
  protected renderSource(): TemplateResult {
    if (!this.slots.has('source')) return html`<slot name="source"></slot>`;
    const label = msg('Kilde:', {
      id: 'source.label',
      desc: 'Label before the source of a fact, quote or box, e.g. "Kilde: Sundhedsprofilen 2021"',
    });
    // The space is an expression: the build's template minifier drops whitespace between tags.
    return html`<p part="source" class="source">
      <span class="source-label" lang=${this.interfaceLang ?? nothing}>${label}</span>${' '}<slot name="source"></slot>
    </p>`;
  }

  protected renderProblem(): TemplateResult | typeof nothing {
    if (!this.problem) return nothing;
    return html`<p part="message" class="message" lang=${this.interfaceLang ?? nothing}>
      <span class="message-icon" aria-hidden="true">!</span>${readerMessage(this.problem.code)}
    </p>`;
  }
}
