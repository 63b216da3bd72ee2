import type { CSSResult } from 'lit';

/**
 * A part of an element that comes as a lazy chunk (a policy's view, a timeline's steps, a card's
 * consultation line): fetched once for every element on the page. An element whose update
 * needs it runs the update `after` it, so the first render already has it.
 */
export class LazyPart<T> {
  /** The part, once it is here. */
  value?: T;
  #loading?: Promise<T>;
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** Runs `work` now if the part is here, else once it has arrived. */
  after<R>(work: () => R): R | Promise<R> {
    return this.value ? work() : (this.#loading ??= this.#load().then((value) => (this.value = value))).then(work);
  }
}

/** Adds styles that came with a lazy part to a shadow root: called in an update, before the frame is painted. */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
}
