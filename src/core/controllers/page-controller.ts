import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale } from '../../generated/locale-codes.js';
import { contextLang, localeOf, ownDirection, resolveLocale, type KlarLocale } from '../localize.js';
import { onPageChange, pageEasyRead } from '../page.js';

/**
 * Keeps an element in step with the page around it: its language (the closest `lang`), its
 * direction and page-wide easy-read. It re-renders the element when one of them changed for
 * it, and only then: a Danish section is not re-rendered when an Arabic one changes.
 */
export class PageController implements ReactiveController {
  /** The language the element speaks, as of its last update. */
  locale: KlarLocale = sourceLocale;
  /** `rtl` when the element must set its own direction (an Arabic section that sets no `dir`). */
  direction?: 'rtl';
  /**
   * `lang` for the text the element writes, where it differs from the text around it (a
   * language Klar has no translation for gets Danish, and screen readers must say it as Danish).
   */
  interfaceLang?: KlarLocale;
  #rendered = '';
  #unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean }) {
    host.addController(this);
  }

  /** Whether the page asks every element for easy-read presentation. */
  get pageEasyRead(): boolean {
    return pageEasyRead();
  }

  /** What the element's rendering depends on, in one string. */
  #settings(): string {
    const { host } = this;
    const locale = localeOf(host);
    return `${locale} ${contextLang(host)} ${ownDirection(host, locale) ?? ''} ${pageEasyRead()}`;
  }

  hostConnected(): void {
    this.#unsubscribe = onPageChange(() => {
      if (this.#settings() !== this.#rendered) this.host.requestUpdate();
    });
    // While out of the page it heard nothing (no subscriptions to leak): its language or
    // easy-read may have changed meanwhile, so an element put back renders again if so.
    if (this.host.hasUpdated && this.#settings() !== this.#rendered) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { host } = this;
    this.locale = localeOf(host);
    this.direction = ownDirection(host, this.locale);
    this.interfaceLang = resolveLocale(contextLang(host)) === this.locale ? undefined : this.locale;
    this.#rendered = this.#settings();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }
}
