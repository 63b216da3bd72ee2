/**
 * The consultation line of a policy card: until when, and where, a citizen can answer.
 * Shared by the element and its JSON mode (which refuses the same links).
 */
import { todayIso } from '../../core/format.js';
import { urlScheme, isSafeUrl } from '../../core/url.js';

/**
 * Where a citizen answers: a web page (http(s), or relative on the kommune's own site, as the
 * card's `href`) or an e-mail address (`mailto:`), the two ways kommuner take høringssvar.
 */
export const isSafeRespondUrl = (url: string): boolean => isSafeUrl(url) || urlScheme(url) === 'mailto';

/**
 * Whether a consultation that ends on `ends` (YYYY-MM-DD) is open today: the whole end day
 * counts, in the reader's local time. Two dates written YYYY-MM-DD compare as text.
 */
export const isOpen = (ends: string, now = new Date()): boolean => todayIso(now) <= ends.trim();

/**
 * What paper shows for the link, where it cannot be followed: the e-mail address of a
 * `mailto:` link, else the full address (a relative one resolved against the page).
 */
export function printedUrl(url: string): string {
  const trimmed = url.trim();
  if (urlScheme(trimmed) === 'mailto') {
    const address = trimmed.replace(/^[^:]*:/, '').split('?')[0];
    try {
      return decodeURIComponent(address);
    } catch {
      return address;
    }
  }
  try {
    return new URL(trimmed, document.baseURI).href;
  } catch {
    return trimmed;
  }
}

/** The token for the date in the translated sentences: kept as is by translators, it moves with each language's word order. */
export const DATE_TOKEN = '{dato}';

/** A sentence split around its date: [before, after]. A translation that lost the token gets the date at its end. */
export function aroundDate(sentence: string): [string, string] {
  const at = sentence.indexOf(DATE_TOKEN);
  return at < 0 ? [`${sentence.trimEnd()} `, ''] : [sentence.slice(0, at), sentence.slice(at + DATE_TOKEN.length)];
}
