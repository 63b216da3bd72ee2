import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** CSS property names (hyphenated, custom properties too) and their values. */
export type StyleProperties = Record<string, string>;

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), on every render,
 * and removes those a render leaves out. Use it as an element binding:
 * `<span ${styleProperties({ '--_klar-share': '0.19' })}>`.
 *
 * Lit's `styleMap` writes a `style` attribute on the first render, which a page's
 * Content Security Policy blocks unless it allows `'unsafe-inline'` styles (`style-src-attr`);
 * the layout would then depend on a second render. The CSSOM is not subject to the policy.
 */
class StylePropertiesDirective extends Directive {
  #previous: StyleProperties = {};

  render(_properties: StyleProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name in this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const name in properties) style.setProperty(name, properties[name]);
    this.#previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
