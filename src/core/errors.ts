import { msg } from './localize.js';

/** Every problem Klar reports to the web team, as `detail.code` of the `klar-error` event. */
export type KlarErrorCode =
  /** The element has no content at all. */
  | 'empty-content'
  /** The content is there but not in the shape the element needs (e.g. no list in a box). */
  | 'invalid-content'
  /** A number attribute (`value` of klar-fact) is missing or not a number. */
  | 'invalid-value'
  /** An attribute has a value the element does not know (`unit` of klar-fact). */
  | 'invalid-unit'
  /** A theme circle has fewer than 2 themes. */
  | 'too-few-themes'
  /** A theme circle has more than 8 themes. */
  | 'too-many-themes'
  /** A theme has no `label` for the ring. */
  | 'missing-label'
  /** `status` of a policy card is not adopted, consultation or draft. */
  | 'invalid-status'
  /** `date` is not a real date written YYYY-MM-DD. */
  | 'invalid-date'
  /** A link is not http(s) or relative (e.g. `javascript:`); it is left out. */
  | 'unsafe-url'
  /** The JSON file of `src` could not be fetched: network, 404, any answer but 2xx. */
  | 'load-failed'
  /** The file of `src` is not JSON. */
  | 'invalid-json';

/** `detail` of `klar-error`. */
export interface KlarErrorDetail {
  code: KlarErrorCode;
  /** A sentence for the web team, in English, naming what to change. */
  message: string;
}

/** `klar-error`, which every Klar element fires, with its `detail`. */
export interface KlarErrorEventMap {
  'klar-error': CustomEvent<KlarErrorDetail>;
}

// Typed `addEventListener('klar-error', …)` wherever it can be heard: the event bubbles and is
// composed. An element's own events are typed beside its tag, in its define.ts.
declare global {
  interface HTMLElementEventMap extends KlarErrorEventMap {}
  interface DocumentEventMap extends KlarErrorEventMap {}
  interface WindowEventMap extends KlarErrorEventMap {}
}

/** The short, polite line a reader sees, in the reader's language. */
export function readerMessage(code: KlarErrorCode): string {
  switch (code) {
    case 'empty-content':
      return msg('Her mangler indhold.', {
        id: 'error.empty-content',
        desc: 'Shown to readers in place of an element that has no content',
      });
    case 'invalid-value':
      return msg('Tallet mangler eller kan ikke læses.', {
        id: 'error.invalid-value',
        desc: 'Shown to readers where a key figure should be but its number is missing or wrong; the label is still shown',
      });
    // JSON mode's own failures show its own message (src/core/json/): they need no words here.
    case 'load-failed':
    case 'invalid-json':
    case 'invalid-content':
    case 'invalid-unit':
    case 'too-few-themes':
    case 'too-many-themes':
    case 'missing-label':
    case 'invalid-status':
    case 'invalid-date':
    case 'unsafe-url':
      return msg('Noget af indholdet vises ikke helt som tænkt.', {
        id: 'error.invalid-content',
        desc: "Shown to readers above content the web team did not mark up as the element expects; the content itself is still shown",
      });
  }
}

/** A problem found in the author's markup; `message` names what to change. */
export const problem = (code: KlarErrorCode, message: string): KlarErrorDetail => ({ code, message });
