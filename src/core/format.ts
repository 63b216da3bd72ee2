/** Cached Intl formatters: creating one is costly, and a page may hold a hundred facts. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Opening and closing quotation marks per interface language (after CLDR; Danish uses its
 * typographic »…«). Right-to-left languages list them in reading order: the bidi algorithm
 * places them.
 */
const QUOTATION_MARKS: Record<string, readonly [string, string]> = {
  da: ['»', '«'],
  en: ['“', '”'],
  ar: ['«', '»'],
  tr: ['“', '”'],
  ur: ['”', '“'],
  pl: ['„', '”'],
  uk: ['«', '»'],
  so: ['“', '”'],
};

export function quotationMarks(locale: string): readonly [string, string] {
  return QUOTATION_MARKS[locale] ?? QUOTATION_MARKS.da;
}

/** Quotation marks an author may have typed around a quote already. */
export const QUOTATION_MARK_CHARACTERS = /^["“”„«»‘’‚‹›「『]/;
