import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { KlarElement } from '../../core/klar-element.js';
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
 *
 * @csspart figure - The frame around quote and source.
 * @csspart quote - The blockquote.
 * @csspart marks - The decorative quotation marks.
 */
export class KlarQuote extends KlarElement {
  static override styles = [...KlarElement.styles, quoteStyles];

  /** The author typed quotation marks already: do not add a second pair. */
  private ownMarks = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.check();
  }

  private check(): void {
    const text = [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    this.ownMarks = QUOTATION_MARK_CHARACTERS.test(text);
    if (!text) {
      this.fail('empty-content', 'has no quote. Put the quoted words inside the tag.');
    } else {
      this.resolveProblem();
    }
  }

  protected override render(): TemplateResult {
    const [open, close] = quotationMarks(activeLocale());
    const marks = !this.ownMarks && !this.problem;
    return html`
      <figure
        part="figure"
        class=${classMap({ figure: true, frame: true, marked: marks, 'easy-read': this.isEasyRead })}
        dir=${this.page.direction ?? nothing}
      >
        ${this.renderProblem()}
        <div class="words">
          ${marks ? html`<span part="marks" class="mark open accent" aria-hidden="true">${open}</span>` : nothing}
          <blockquote part="quote" class="quote"><slot></slot></blockquote>
          ${marks ? html`<span part="marks" class="mark close accent" aria-hidden="true">${close}</span>` : nothing}
        </div>
        <figcaption>${this.renderSource()}</figcaption>
      </figure>
    `;
  }
}
