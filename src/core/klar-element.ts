import { LitElement, type PropertyValues } from 'lit';
import { PageController } from './controllers/page-controller.js';
import type { KlarEventDetail, KlarEventMap } from './events.js';
import { inLocale, isLoaded, load, localeOf } from './localize.js';
import { baseStyles } from './styles/base.styles.js';
import { VERSION } from '../generated/version.js';

/**
 * What every Klar element shares, the reading tools included: the page's language and
 * direction, translated rendering, theming, `klar-*` events, warnings for the web team.
 * Content (easy-read, JSON, problems, a source line) is `KlarContentElement`'s; generated
 * headings are `KlarHeadedElement`'s. Behaviour that is not declaration lives in controllers
 * (`./controllers/`).
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
  /** The Klar version of this class: `defineElement` tells a web team when two versions meet on a page. */
  static readonly klarVersion: string = VERSION;

  protected readonly page = new PageController(this);
  readonly #warned = new Set<string>();
  /** Work the element started that `updateComplete` waits for too (JSON loading, read aloud starting). */
  readonly #pending = new Set<Promise<unknown>>();

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
   * Dispatches a `klar-*` event of `KlarEventMap` that bubbles out of shadow roots. Each element
   * declares the events it fires with `@fires`; the event is built apart from `dispatchEvent` so
   * the manifest analyzer does not also list this generic one (it would be called `name`).
   */
  protected emit<Name extends keyof KlarEventMap>(name: Name, detail: KlarEventDetail<Name>): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    return this.dispatchEvent(event);
  }

  /** One console warning per message and element: for the web team, never for the reader. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`Klar: <${this.localName}>: ${message}`, this);
  }

  /** One console error per message and element. */
  protected errorOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.error(`Klar: <${this.localName}>: ${message}`, this);
  }
}
