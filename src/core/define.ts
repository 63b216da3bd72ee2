/**
 * Registers a tag once. Loading Klar twice (two URLs, or the full bundle beside a single
 * element) must not throw: the first definition wins and the page keeps working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
