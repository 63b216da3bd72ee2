/**
 * The settings of the page that Klar elements follow: `lang` and `dir` anywhere (an element
 * speaks the language of the text around it) and `<html data-klar-easy-read>`. One
 * MutationObserver per copy of the library watches them for every element, and elements
 * subscribe while they are connected.
 */
export const EASY_READ_ATTRIBUTE = 'data-klar-easy-read';

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

function notify() {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever a language, a direction or the page's easy-read setting changes. */
export function onPageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir', EASY_READ_ATTRIBUTE],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
  };
}

/**
 * How many subscribers are live: read only by tests/robustness.test.ts, which checks that
 * connecting and disconnecting an element leaves none behind. Unused in the bundles, so Rollup
 * drops it; not exported from src/klar.ts.
 */
export const pageListenerCount = (): number => listeners.size;

export const pageEasyRead = (): boolean =>
  document.documentElement.hasAttribute(EASY_READ_ATTRIBUTE) &&
  document.documentElement.getAttribute(EASY_READ_ATTRIBUTE) !== 'false';
