/**
 * What read aloud reads of an element, in reading order: strings are words the element writes
 * itself (a default heading, a figure in words, a step's state), elements are the author's
 * light-DOM blocks, which read aloud splits into sentences and highlights. Every content element
 * answers `spoken()`; read aloud knows nothing else of them.
 */
export type Spoken = (string | Element)[];

/** An element read aloud can read: each Klar content element. */
export interface Speakable extends Element {
  spoken(): Spoken;
}

export const isSpeakable = (element: Element): element is Speakable => typeof (element as Partial<Speakable>).spoken === 'function';

/** The blocks of text read aloud reads, each as one unit. */
const READABLE = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, [slot="label"], [slot="center"], [slot="source"]';

/** The nearest ancestor that reads its own content: the element a block (or a nested Klar element) belongs to. */
export const ownerOf = (block: Element): Element | null => {
  let element = block.parentElement;
  while (element && !isSpeakable(element)) element = element.parentElement;
  return element;
};

/**
 * The element's own blocks of text, in document order: on screen (not an unslotted easy-read
 * version), not inside another block, and not inside a nested Klar element (a theme's bullets
 * belong to the theme).
 */
export const readableBlocks = (element: Element): Element[] =>
  [...element.querySelectorAll(READABLE)].filter(
    (block) => ownerOf(block) === element && block.getClientRects().length > 0 && !block.parentElement?.closest(READABLE)
  );

/**
 * Words Klar writes just before the author's text ("Kilde:", "19 procent:"), with the space after
 * them as a no-break space. An ordinary space at the end of an inline box, or between it and a
 * slot, is dropped from the text Chromium gives Linux screen readers: Orca said "Kilde:Idéoplæg".
 */
export const leadIn = (words: string): string => `${words}\u00a0`;
