/**
 * What the Storybook toolbar sets, done the way a host page does it: on `<html>`. The test
 * matrix uses the same function, so a story is tested exactly as a designer sees it.
 */
export const LOCALES = ['da', 'en', 'ar', 'tr', 'ur', 'pl', 'uk', 'so', 'fa', 'ro', 'de', 'ti'] as const;
export type StoryLocale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<StoryLocale, string> = {
  da: 'Dansk',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  ur: 'اردو',
  pl: 'Polski',
  uk: 'Українська',
  so: 'Soomaali',
  fa: 'فارسی',
  ro: 'Română',
  de: 'Deutsch',
  ti: 'ትግርኛ',
};

export const THEMES = {
  standard: 'Klar (standard)',
  havn: 'Havneblå (anden kommune)',
} as const;
export type StoryTheme = keyof typeof THEMES;

export interface PageSettings {
  locale: string;
  easyRead: boolean;
  theme?: StoryTheme;
}

export function applyPageSettings({ locale, easyRead, theme = 'standard' }: PageSettings): void {
  const root = document.documentElement;
  root.lang = locale;
  root.toggleAttribute('data-klar-easy-read', easyRead);
  if (theme === 'standard') delete root.dataset.klarTheme;
  else root.dataset.klarTheme = theme;
}
