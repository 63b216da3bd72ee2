import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale } from '../../generated/locale-codes.js';
import { languageOf, ownDirection, resolveLocale, type KlarLocale } from '../localize.js';
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

  /** What the element's rendering depends on now, and all of it as one string to compare. */
  #read() {
    const language = languageOf(this.host);
    const { tag, locale } = language;
    const direction = ownDirection(this.host, language);
    return { tag, locale, direction, key: `${locale} ${tag} ${direction ?? ''} ${pageEasyRead()}` };
  }

  hostConnected(): void {
    this.#unsubscribe = onPageChange(() => {
      if (this.#read().key !== this.#rendered) this.host.requestUpdate();
    });
    // While out of the page it heard nothing (no subscriptions to leak): its language or
    // easy-read may have changed meanwhile, so an element put back renders again if so.
    if (this.host.hasUpdated && this.#read().key !== this.#rendered) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { tag, locale, direction, key } = this.#read();
    this.locale = locale;
    this.direction = direction;
    this.interfaceLang = resolveLocale(tag) === locale ? undefined : locale;
    this.#rendered = key;
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }
}
