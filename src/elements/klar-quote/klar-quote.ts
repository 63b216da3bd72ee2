import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { KlarContentElement } from '../../core/klar-content-element.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { QUOTATION_MARK_CHARACTERS, quotationMarks } from '../../core/format.js';
import { activeLocale } from '../../core/localize.js';
import { quoteStyles } from './klar-quote.styles.js';

/**
 * A quote with its source: a `blockquote` with the author's words and a "Kilde:" line.
 * Quotation marks follow the reader's language (»…« in Danish, “…” in English, «…» in
 * Arabic); they are decoration, since the blockquote already says it is a quote.
 *
 * @tag klar-quote
 * @summary A quote with its source.
 *
 * @slot - The quote, as text or paragraphs, without quotation marks (Klar adds the reader's).
 * @slot source - Who said or wrote it, shown after "Kilde:".
 * @slot easy-read - Optional easy-read version of the quote, shown instead of it in easy-read mode.
 *
 * @csspart figure - The frame around quote and source.
 * @csspart quote - The blockquote.
 * @csspart marks - The decorative quotation marks.
 */
export class KlarQuote extends KlarContentElement {
  static override styles = [...KlarContentElement.styles, quoteStyles];

  /** The quote's own text, without the source. */
  private get words(): string {
    return [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }

  protected override validate(): KlarErrorDetail[] {
    return this.words ? [] : [problem('empty-content', 'has no quote. Put the quoted words inside the tag.')];
  }

  protected override render(): TemplateResult {
    const [open, close] = quotationMarks(activeLocale());
    // Marks the author typed are kept, and then none are added.
    const marks = !this.problem && !QUOTATION_MARK_CHARACTERS.test(this.words);
    return html`
      <figure
        part="figure"
        class=${classMap({ figure: true, frame: true, marked: marks, 'easy-read': this.isEasyRead })}
        dir=${this.page.direction ?? nothing}
      >
        ${this.renderProblem()}
        <div class="words">
          ${marks ? html`<span part="marks" class="mark open accent" aria-hidden="true">${open}</span>` : nothing}
          <blockquote part="quote" class="quote">${this.renderMain(html`<slot></slot>`)}</blockquote>
          ${marks ? html`<span part="marks" class="mark close accent" aria-hidden="true">${close}</span>` : nothing}
        </div>
        <figcaption>${this.renderSource()}</figcaption>
      </figure>
    `;
  }
}
