/**
 * The one place that configures @lit/localize. The interface language follows `<html lang>`:
 * at load and whenever it changes. Region subtags are dropped (`en-GB` → `en`); an unknown
 * language gives Danish and one console warning per page.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { onPageChange, pageLang } from './page.js';

export type KlarLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly KlarLocale[] = [sourceLocale, ...targetLocales];
export const RTL_LOCALES: ReadonlySet<KlarLocale> = new Set(['ar', 'ur']);

// Literal import() calls, so the bundler emits one lazy chunk per language beside the bundle,
// resolved relative to the bundle's own URL.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  tr: () => import('../generated/locales/tr.js'),
  ur: () => import('../generated/locales/ur.js'),
  pl: () => import('../generated/locales/pl.js'),
  uk: () => import('../generated/locales/uk.js'),
  so: () => import('../generated/locales/so.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
});

export { getLocale as activeLocale, LOCALE_STATUS_EVENT };

/** Maps a BCP 47 tag to a Klar locale: `da-DK` → `da`, `AR` → `ar`; unknown → undefined. */
export function resolveLocale(tag: string): KlarLocale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // Norwegian Bokmål and Danish are close, but not the same: only exact matches count.
  return allLocales.find((locale) => locale === primary);
}

// Shared by every copy of the library on the page, so two bundles still warn once.
const WARNED = Symbol.for('klar.warned-languages');
type WarnedHolder = { [WARNED]?: Set<string> };

function warnUnknownOnce(tag: string) {
  const holder = globalThis as WarnedHolder;
  const warned = (holder[WARNED] ??= new Set<string>());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `Klar: the page language "${tag}" has no Klar translation, so Klar shows Danish. ` +
      `Supported: ${allLocales.join(', ')}.`
  );
}

let pending: Promise<void> = Promise.resolve();
let requested: KlarLocale = sourceLocale;
let following = false;

function followPageLanguage() {
  const tag = pageLang();
  const locale = tag ? resolveLocale(tag) : sourceLocale;
  if (!locale) warnUnknownOnce(tag);
  const wanted = locale ?? sourceLocale;
  // Compare with the last request, not the active locale: a load may still be under way.
  if (wanted === requested) return;
  requested = wanted;
  pending = setLocale(wanted).catch((error: unknown) => {
    console.error(
      `Klar: could not load the "${wanted}" translation next to the Klar script; showing Danish.`,
      error
    );
  });
}

/** Starts following `<html lang>`; called by every element when it connects. */
export function startFollowingPageLanguage(): void {
  if (following) return;
  following = true;
  followPageLanguage();
  onPageChange(followPageLanguage);
}

/** Resolves when the translation for the page's current language is loaded and active. */
export function localeReady(): Promise<void> {
  return pending;
}

/**
 * The direction an element must set itself: only when nothing around it gives one (no `dir`
 * on it or any ancestor, `<html>` included) and the page's language is written right to left.
 * Otherwise direction is inherited as usual.
 */
export function ownDirection(element: Element): 'rtl' | undefined {
  if (element.closest('[dir]')) return undefined;
  const locale = resolveLocale(pageLang());
  return locale && RTL_LOCALES.has(locale) ? 'rtl' : undefined;
}
