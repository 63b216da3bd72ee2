import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT, ownDirection, startFollowingPageLanguage } from '../localize.js';
import { onPageChange, pageEasyRead } from '../page.js';

/**
 * Keeps an element in step with its page: re-renders when a translation becomes active, when
 * `<html lang>`/`dir` changes (direction) and when page-wide easy-read is switched.
 */
export class PageController implements ReactiveController {
  private unsubscribe?: () => void;
  private readonly onLocaleStatus = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** `rtl` when the element must set its own direction (an `ar`/`ur` page that sets no `dir`). */
  get direction(): 'rtl' | undefined {
    return ownDirection(this.host);
  }

  /** Whether the page asks every element for easy-read presentation. */
  get pageEasyRead(): boolean {
    return pageEasyRead();
  }

  hostConnected(): void {
    startFollowingPageLanguage();
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.unsubscribe = onPageChange(() => this.host.requestUpdate());
    // While out of the page it heard nothing (no subscriptions to leak): the page's language or
    // easy-read may have changed meanwhile, so an element put back renders again. On the first
    // connection the update is pending anyway, and this adds nothing.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.unsubscribe?.();
  }
}
