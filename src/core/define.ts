import { VERSION } from '../generated/version.js';
import { loadLanguagesOf } from './localize.js';

/** A Klar element class: it says which Klar version it is. */
type KlarConstructor = CustomElementConstructor & { readonly klarVersion?: string };

/** Versions already warned about, so two Klar copies on one page give one warning, not one per tag. */
const warned = new Set<string>();

/**
 * Registers a tag once. Loading Klar twice (two URLs, or the full bundle beside a single
 * element) must not throw: the first definition wins and the page keeps working. When the first
 * was another Klar version (or not Klar at all), one console warning says so: the page gets the
 * elements of whichever script ran first, which a web team should know.
 *
 * On a page in another language than Danish, the tag is defined when its translation is
 * here: until then the content shows as written, and the first render is already in the
 * reader's language (no flash of Danish, no second render). Danish defines at once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const define = () => {
    const taken = customElements.get(tag) as KlarConstructor | undefined;
    if (!taken) customElements.define(tag, constructor);
    else if (taken !== constructor && taken.klarVersion !== VERSION) warnTaken(tag, taken.klarVersion);
  };
  const languages = loadLanguagesOf(tag);
  if (languages) void languages.then(define);
  else define();
}

function warnTaken(tag: string, version: string | undefined): void {
  const other = version ? `Klar ${version}` : 'a script that is not Klar';
  if (warned.has(other)) return;
  warned.add(other);
  console.warn(
    `Klar: <${tag}> is already defined by ${other}, so this page's Klar ${VERSION} is not used for it (nor for the other tags the first script defined). Load one Klar version per page.`
  );
}
