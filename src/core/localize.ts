/**
 * Klar's interface language. Each element speaks the language of the text around it: its
 * closest `lang` (its own, a section's), else `<html lang>`. Region subtags are dropped
 * (`en-GB` → `en`); an unknown language gives Danish and one console warning per page.
 *
 * Translators work in XLIFF (`locales/`), and `lit-localize` extracts the `msg()` calls and
 * builds one module per language (`src/generated/locales/`), each a lazy chunk beside the
 * bundle. The lookup at run time is this file's own, not @lit/localize's runtime: that has one
 * language for the whole page, and a Danish page with an Arabic section needs two at once.
 * `msg()` reads the catalog of the element that is rendering now (see `inLocale`).
 */
import type { MsgFn } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type KlarLocale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
export const allLocales: readonly KlarLocale[] = [sourceLocale, ...targetLocales];
export const RTL_LOCALES: ReadonlySet<KlarLocale> = new Set(['ar', 'ur', 'fa']);

type Catalog = Readonly<Record<string, string>>;

// Literal import() calls, so the bundler emits one lazy chunk per language beside the bundle,
// resolved relative to the bundle's own URL.
const loaders: Record<TargetLocale, () => Promise<{ templates: Catalog }>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  tr: () => import('../generated/locales/tr.js'),
  ur: () => import('../generated/locales/ur.js'),
  pl: () => import('../generated/locales/pl.js'),
  uk: () => import('../generated/locales/uk.js'),
  so: () => import('../generated/locales/so.js'),
  fa: () => import('../generated/locales/fa.js'),
  ro: () => import('../generated/locales/ro.js'),
  de: () => import('../generated/locales/de.js'),
  ti: () => import('../generated/locales/ti.js'),
};

/** Loaded catalogs. Danish is the source: its words are in the code. */
const catalogs = new Map<KlarLocale, Catalog>([[sourceLocale, {}]]);
const loading = new Map<KlarLocale, Promise<void>>();

/** The catalog `msg()` reads: the one of the element rendering now. */
let current: Catalog = {};

/**
 * Marks an interface string for translation (`lit-localize extract` finds the calls) and gives
 * it in the language of the element rendering now. Danish in the code, an `id` per string,
 * a `desc` for the translator (the build leaves it out of the bundles).
 */
export const msg = ((source: string, options: { id: string; desc?: string }) => current[options.id] ?? source) as MsgFn &
  ((source: string, options: { id: string; desc: string }) => string);

/** Runs `work` (a render) with `msg()` in `locale`: its catalog if loaded, else Danish. */
export function inLocale<T>(locale: KlarLocale, work: () => T): T {
  const previous = current;
  current = catalogs.get(locale) ?? {};
  try {
    return work();
  } finally {
    current = previous;
  }
}

/**
 * Translations the page ran itself before Klar (render-blocking, as the README advises for a
 * page not in Danish): each chunk registers its catalog, under a key the build gives (so
 * another Klar version on the page, with other message ids, never reads it).
 */
const PRELOADED = Symbol.for('klar.translations');
const CATALOG_KEY = '__klar_catalog_key__';

/** Whether `locale`'s words are here. */
export function isLoaded(locale: KlarLocale): boolean {
  const preloaded = (globalThis as { [PRELOADED]?: Record<string, Catalog> })[PRELOADED]?.[`${CATALOG_KEY}:${locale}`];
  if (preloaded && !catalogs.has(locale)) catalogs.set(locale, preloaded);
  return catalogs.has(locale);
}

/**
 * Fetches `locale`'s catalog (once); resolves when `msg()` can use it. A chunk that does not
 * load leaves Danish, with one console error naming the file's place.
 */
export function load(locale: KlarLocale): Promise<void> {
  if (catalogs.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then(({ templates }) => void catalogs.set(locale, templates))
      .catch((error: unknown) => {
        console.error(`Klar: could not load the "${locale}" translation next to the Klar script; showing Danish.`, error);
        catalogs.set(locale, {});
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Resolves when every translation asked for so far is here. */
export async function localeReady(): Promise<void> {
  while (loading.size) await Promise.all(loading.values());
}

/** Maps a BCP 47 tag to a Klar locale: `da-DK` → `da`, `AR` → `ar`; unknown → undefined. */
export function resolveLocale(tag: string): KlarLocale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // Norwegian Bokmål and Danish are close, but not the same: only exact matches count.
  return allLocales.find((locale) => locale === primary);
}

// Shared by every copy of the library on the page, so two bundles still warn once.
const WARNED = Symbol.for('klar.warned-languages');
type WarnedHolder = { [WARNED]?: Set<string> };

function warnUnknownOnce(tag: string): void {
  const warned = ((globalThis as WarnedHolder)[WARNED] ??= new Set<string>());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`Klar: the language "${tag}" has no Klar translation, so Klar shows Danish there. Supported: ${allLocales.join(', ')}.`);
}

/** The language of the text around an element, found once: what its rendering depends on. */
export interface Language {
  /** The closest element with `lang` (the element itself included), or null. */
  host: Element | null;
  /** Its `lang`, as written (`''` when none is set). */
  tag: string;
  /** The Klar locale that tag gives: Danish for none or an unknown one. */
  locale: KlarLocale;
}

/** The language `element` speaks: its closest `lang`, else Danish. */
export function languageOf(element: Element): Language {
  const host = element.closest('[lang]');
  const tag = host?.getAttribute('lang')?.trim() ?? '';
  let locale: KlarLocale = sourceLocale;
  if (tag) {
    const resolved = resolveLocale(tag);
    if (!resolved) warnUnknownOnce(tag);
    locale = resolved ?? sourceLocale;
  }
  return { host, tag, locale };
}

/** The Klar locale `element` speaks. */
export const localeOf = (element: Element): KlarLocale => languageOf(element).locale;

/**
 * The direction an element must set itself: `rtl` when its language is written right to left
 * and no `dir` is set at or inside the element that gives it that language (an Arabic section
 * without `dir` on a page whose `<html>` says `dir="ltr"`). Otherwise direction is inherited.
 */
export function ownDirection(element: Element, { host, locale }: Language): 'rtl' | undefined {
  if (!RTL_LOCALES.has(locale)) return undefined;
  const dirHost = element.closest('[dir]');
  if (dirHost && (!host || host === dirHost || host.contains(dirHost))) return undefined;
  return 'rtl';
}

/**
 * The languages the `tag` elements in the page speak, loaded: so they can render the first
 * time in their own language. `undefined` when all are here already.
 */
export function loadLanguagesOf(tag: string): Promise<unknown> | undefined {
  const missing = new Set([...document.querySelectorAll(tag)].map(localeOf).filter((locale) => !isLoaded(locale)));
  return missing.size ? Promise.all([...missing].map(load)) : undefined;
}
