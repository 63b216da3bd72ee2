import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { KlarContentElement } from './klar-content-element.js';
import type { Spoken } from './spoken.js';

type Heading = (text: string, lang: string | typeof nothing, name: string) => TemplateResult;
/** One template per level: a tag name cannot be a binding, and lit/static-html costs more bytes than six lines. */
const HEADINGS: readonly Heading[] = [
  (text, lang, name) => html`<h1 part=${name} class=${name} lang=${lang}>${text}</h1>`,
  (text, lang, name) => html`<h2 part=${name} class=${name} lang=${lang}>${text}</h2>`,
  (text, lang, name) => html`<h3 part=${name} class=${name} lang=${lang}>${text}</h3>`,
  (text, lang, name) => html`<h4 part=${name} class=${name} lang=${lang}>${text}</h4>`,
  (text, lang, name) => html`<h5 part=${name} class=${name} lang=${lang}>${text}</h5>`,
  (text, lang, name) => html`<h6 part=${name} class=${name} lang=${lang}>${text}</h6>`,
];
const DEFAULT_HEADING_LEVEL = 2;

/**
 * A content element that writes a heading of its own (a box's "Målsætninger", a theme's title,
 * the headings its JSON brings), at `heading-level`.
 */
export abstract class KlarHeadedElement extends KlarContentElement {
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level' } };

  /** Level (1–6) of the headings the element writes itself. Headings you write keep their own level. */
  // A number, or the same as text (the attribute gives text). Written out, not an alias or a
  // template type: the manifest copies this text, and editors list the values from it.
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' = 2;

  /**
   * The generated heading's level, 1–6; a wrong value falls back to 2 with one warning.
   * @internal
   */
  get level(): number {
    const level = Number(this.headingLevel);
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.warnOnce(`heading-level="${this.headingLevel}" is not a number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return DEFAULT_HEADING_LEVEL;
  }

  /**
   * A heading the element writes itself, at `heading-level`: put it as the fallback of slot
   * `heading`. A second one (a vision's "Pejlemærker") gives its own level and part name.
   */
  protected renderHeading(text: string, { level = this.level, name = 'heading' }: { level?: number; name?: string } = {}): TemplateResult {
    return HEADINGS[Math.min(Math.max(level, 1), 6) - 1](text, this.interfaceLang ?? nothing, name);
  }

  /** The default heading first when it is shown; an author's heading is one of the blocks. */
  override spoken(): Spoken {
    const heading = this.renderRoot.querySelector('.heading');
    const own = heading && heading.getClientRects().length > 0 ? [heading.textContent?.trim() ?? ''] : [];
    return [...own.filter(Boolean), ...super.spoken()];
  }
}
