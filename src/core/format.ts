/**
 * The locale Intl formats with. English readers of a Danish kommune get European dates
 * ("27 November 2017"), not American ones.
 */
const formattingLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/**
 * Where the browser has no data for a language, Intl quietly formats in another one: the
 * browser's default language, for most readers English. Chromium has no Somali or Tigrinya at
 * all, and writes "19 percent" and "November 27, 2017" for a Somali reader. So:
 * - Numbers fall back to this locale, whatever the browser's default: its symbols and pattern
 *   are CLDR's root ones ("5,400.5", "19%"), which have no words and are also Somali's and
 *   Tigrinya's own.
 * - Words (a unit's name, a month's) are used only when they are the reader's language; else
 *   the caller writes a form without words ("19%", "27.11.2017"), never another language's.
 */
const NEUTRAL_NUMBERS = 'en-US';

const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

type Kind = 'number' | 'date';
type Format<K extends Kind> = K extends 'number' ? Intl.NumberFormat : Intl.DateTimeFormat;

function create<K extends Kind>(kind: K, locales: string[], options: object): Format<K> {
  return (kind === 'number' ? new Intl.NumberFormat(locales, options) : new Intl.DateTimeFormat(locales, options)) as Format<K>;
}

interface Cached<K extends Kind> {
  format: Format<K>;
  /** Whether the format's words are the asked language's: decided on first asking, then kept. */
  ownWords?: boolean;
}

/** Cached Intl formatters: creating one is costly, and a page may hold a hundred facts. */
const formats = new Map<string, Cached<Kind>>();

function cached<K extends Kind>(kind: K, locale: string, options: object): Cached<K> {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let found = formats.get(key) as Cached<K> | undefined;
  if (!found) {
    found = { format: create(kind, [formattingLocale(locale), NEUTRAL_NUMBERS], options) };
    formats.set(key, found as Cached<Kind>);
  }
  return found;
}

/**
 * The cached format, if its words are `locale`'s own: Intl resolved to that language. This
 * catches a browser without the language whatever it falls back to (English, or Danish in a
 * Danish browser), in every engine. Asked once per language and format, not per render.
 */
function withOwnWords<K extends Kind>(kind: K, locale: string, options: object): Format<K> | undefined {
  const found = cached(kind, locale, options);
  found.ownWords ??= language(found.format.resolvedOptions().locale) === language(locale);
  return found.ownWords ? found.format : undefined;
}

/** A number format without words (digits, a sign, "%"): `locale`'s, else CLDR's neutral one. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options).format;
}

/**
 * A number format with words ("19 procent", with `unitDisplay: 'long'`) in `locale`; undefined
 * where the browser has none in that language (Somali in Chromium) and would write English.
 */
export function numberFormatInWords(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | undefined {
  return withOwnWords('number', locale, options);
}

const pad = (value: number, digits = 2) => String(value).padStart(digits, '0');

/**
 * Today in the reader's own time zone, written YYYY-MM-DD: dates so written compare as text, so
 * a deadline or a step dated 14 December counts from the reader's own midnight.
 */
export const todayIso = (now = new Date(Date.now())): string => `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** A calendar date written YYYY-MM-DD ("2017-11-27"); undefined if it is no real date. */
export function parseIsoDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 2017-02-30 over to March: only a date that survives the round trip is real.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

/**
 * A date in the long form of `locale` ("27. november 2017"). Where the browser has no month
 * names in that language (Somali in Chromium), day, month and year in figures, "27.11.2017":
 * no words, so nothing in another language. Day first, as Somali writes dates and as the reader
 * meets them in every Danish letter; dots, not slashes, because "03/04/2017" is 4 March to a
 * reader used to American dates, while nobody writes month.day.year. The `<time datetime>`
 * around it still gives the date to machines.
 */
export function formatDate(date: Date, locale: string): string {
  // Gregorian in every language: a Danish kommune's deadlines and dates are (Persian's default
  // calendar would write 27 November 2017 as 6 Azar 1396).
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' };
  const format = withOwnWords('date', locale, options);
  if (format) return format.format(date);
  const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2 });
  const year = numberFormat(locale, { useGrouping: false });
  return `${twoDigits.format(date.getUTCDate())}.${twoDigits.format(date.getUTCMonth() + 1)}.${year.format(date.getUTCFullYear())}`;
}

/** Quotation marks an author may have typed around a quote already. */
export const QUOTATION_MARK_CHARACTERS = /^["“”„«»‘’‚‹›「『]/;
