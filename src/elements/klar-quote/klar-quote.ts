import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { KlarContentElement } from '../../core/klar-content-element.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { QUOTATION_MARK_CHARACTERS } from '../../core/format.js';
import { msg } from '../../core/localize.js';
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
 * @csspart source - The "Kilde:" line around slot `source`.
 */
export class KlarQuote extends KlarContentElement {
  static override styles = [...KlarContentElement.styles, quoteStyles];


  protected override validate(): KlarErrorDetail[] {
    return this.ownText ? [] : [problem('empty-content', 'has no quote. Put the quoted words inside the tag.')];
  }

  protected override render(): TemplateResult {
    // Each language's own marks, from its translation (after CLDR): »…« in Danish, “…” in English.
    // Right-to-left languages give them in reading order; the bidi algorithm places them.
    const open = msg('»', { id: 'quote.open', desc: 'Opening quotation mark in this language, before a quote (Danish: », English: “, German: „)' });
    const close = msg('«', { id: 'quote.close', desc: 'Closing quotation mark in this language, after a quote (Danish: «, English: ”, German: “)' });
    // Marks the author typed are kept, and then none are added.
    const marks = !this.problem && !QUOTATION_MARK_CHARACTERS.test(this.ownText);
    return html`
      <figure
        part="figure"
        class=${classes('figure frame', marks && 'marked', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        ${this.renderProblem()}
        <div class="words">
          ${marks ? html`<span part="marks" class="mark open accent" aria-hidden="true">${open}</span>` : nothing}
          <blockquote part="quote" class="quote"><slot name=${this.mainSlot()}></slot></blockquote>
          ${marks ? html`<span part="marks" class="mark close accent" aria-hidden="true">${close}</span>` : nothing}
        </div>
        <figcaption>${this.renderSource()}</figcaption>
      </figure>
    `;
  }
}
