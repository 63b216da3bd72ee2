import { loadLanguagesOf } from './localize.js';

/**
 * Registers a tag once. Loading Klar twice (two URLs, or the full bundle beside a single
 * element) must not throw: the first definition wins and the page keeps working.
 *
 * On a page in another language than Danish, the tag is defined when its translation is
 * here: until then the content shows as written, and the first render is already in the
 * reader's language (no flash of Danish, no second render). Danish defines at once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const define = () => {
    if (!customElements.get(tag)) customElements.define(tag, constructor);
  };
  const languages = loadLanguagesOf(tag);
  if (languages) void languages.then(define);
  else define();
}
