/**
 * Counts live subscriptions, so a test can see whether something is left behind: event
 * listeners, by where they hang, and observers that are observing (MutationObserver,
 * ResizeObserver, IntersectionObserver). Installed by wrapping the prototypes once; counts only
 * what is added after that, so compare counts, never read them as totals.
 *
 * Where a listener hangs decides whether it can outlive an element: on window, document,
 * `<html>`, speech synthesis or a page node (body, a parent) it keeps a removed element alive;
 * on the element's own nodes (itself, its light DOM, its shadow tree) it goes with the element.
 */
export type Where = 'window' | 'document' | 'html' | 'speech' | 'page nodes' | 'shadow roots' | 'element nodes' | 'observers';
export type Counts = Record<Where, number>;

const counts: Counts = { window: 0, document: 0, html: 0, speech: 0, 'page nodes': 0, 'shadow roots': 0, 'element nodes': 0, observers: 0 };

/** Places where a listener outlives a removed element. */
export const GLOBAL: readonly Where[] = ['window', 'document', 'html', 'speech', 'page nodes', 'observers'];

const isKlar = (node: Node) => node instanceof Element && node.localName.startsWith('klar-');

function whereOf(target: EventTarget): Where {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target === document.documentElement) return 'html';
  if (typeof speechSynthesis !== 'undefined' && target === speechSynthesis) return 'speech';
  if (target instanceof ShadowRoot) return 'shadow roots';
  if (target instanceof Node && target.getRootNode() === document) {
    for (let node: Node | null = target; node; node = node.parentNode) if (isKlar(node)) return 'element nodes';
    return 'page nodes';
  }
  return 'element nodes';
}

// Per target, the listeners under each "type|capture" key, with where each was counted: the
// browser ignores a second addEventListener with the same type, listener and capture, and so
// must the count.
type Listener = EventListenerOrEventListenerObject;
const registered = new WeakMap<EventTarget, Map<string, Map<Listener, Where>>>();
const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

let installed = false;

export function installSubscriptionCounter(): void {
  if (installed) return;
  installed = true;
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;

  function forget(target: EventTarget, key: string, listener: Listener): void {
    const byListener = registered.get(target)?.get(key);
    const where = byListener?.get(listener);
    if (!where) return;
    byListener!.delete(listener);
    counts[where] -= 1;
  }

  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions
  ) {
    add.call(this, type, listener, options);
    if (!listener) return;
    const key = `${type}|${captureOf(options)}`;
    const byKey = registered.get(this) ?? new Map<string, Map<Listener, Where>>();
    registered.set(this, byKey);
    const byListener = byKey.get(key) ?? new Map<Listener, Where>();
    byKey.set(key, byListener);
    if (byListener.has(listener)) return;
    const where = whereOf(this);
    byListener.set(listener, where);
    counts[where] += 1;
    // `once` listeners are counted until removed by hand; nothing in src/ uses them.
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => forget(this, key, listener), { once: true });
  };

  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions
  ) {
    remove.call(this, type, listener, options);
    if (listener) forget(this, `${type}|${captureOf(options)}`, listener);
  };

  // An observer counts once while it observes anything, however many targets.
  const targets = new WeakMap<object, Set<unknown>>();
  const update = (observer: object, change: (observed: Set<unknown>) => void) => {
    const observed = targets.get(observer) ?? new Set<unknown>();
    targets.set(observer, observed);
    const before = observed.size > 0;
    change(observed);
    counts.observers += Number(observed.size > 0) - Number(before);
  };
  type Observer = { prototype: { observe: Function; unobserve?: Function; disconnect: Function } };
  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver] as Observer[]) {
    const { observe, unobserve, disconnect } = Observer.prototype;
    Observer.prototype.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      observe.call(this, target, ...rest);
      update(this, (observed) => observed.add(target));
    };
    if (unobserve) {
      Observer.prototype.unobserve = function (this: object, target: unknown) {
        unobserve.call(this, target);
        update(this, (observed) => observed.delete(target));
      };
    }
    Observer.prototype.disconnect = function (this: object) {
      disconnect.call(this);
      update(this, (observed) => observed.clear());
    };
  }
}

/** The live subscriptions now (added since the counter was installed). */
export const subscriptionCounts = (): Counts => ({ ...counts });
