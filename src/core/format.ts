/**
 * The locale Intl formats with. English readers of a Danish kommune get European dates
 * ("27 November 2017"), not American ones.
 */
const formattingLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** Cached Intl formatters: creating one is costly, and a page may hold a hundred facts. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(formattingLocale(locale), options));
}

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

/** A date in the long form of `locale` ("27. november 2017"). */
export function formatDate(date: Date, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  return cached('date', locale, options, () => new Intl.DateTimeFormat(formattingLocale(locale), options)).format(date);
}

/** Quotation marks an author may have typed around a quote already. */
export const QUOTATION_MARK_CHARACTERS = /^["“”„«»‘’‚‹›「『]/;
