import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classes } from '../../core/classes.js';
import { KlarContentElement } from '../../core/klar-content-element.js';
import { leadIn, type Spoken } from '../../core/spoken.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { styleProperties } from '../../core/directives/style-properties.js';
import { numberFormat, numberFormatInWords } from '../../core/format.js';
import { factStyles } from './klar-fact.styles.js';

// Digits with a dot or a comma as decimal mark, and an optional sign: "19", "0.8", "0,8", "+76".
const NUMBER = /^([+-])?(\d+)(?:[.,](\d+))?$/;

interface Figure {
  number: number;
  /** The author wrote a sign: the figure is a change ("+76 %"), not a share. */
  signed: boolean;
}

function parseFigure(value: string | undefined): Figure | undefined {
  const match = value?.trim().match(NUMBER);
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  const number = Number(`${sign ?? ''}${whole}.${fraction ?? '0'}`);
  return { number, signed: sign !== undefined };
}

/**
 * One key figure, such as "19 % ryger dagligt". The number is formatted for the reader's
 * language; a screen reader hears number and label as one sentence ("19 procent: ryger
 * dagligt"), then the source. A percentage also gets a small bar showing the share, for the
 * eye only.
 *
 * @tag klar-fact
 * @summary One key figure with its label and source.
 *
 * @slot label - What the number counts ("ryger dagligt"). A `<span>` reads best: number and label become one sentence.
 * @slot source - Optional source, shown after "Kilde:" ("Sundhedsprofilen 2021").
 * @slot easy-read - Optional easy-read version of the label, shown instead of it in easy-read mode.
 *
 * @csspart fact - The frame around the figure.
 * @csspart value - The formatted number.
 * @csspart bar - The bar that shows a percentage (decorative).
 * @csspart label - The line holding the label.
 * @csspart source - The "Kilde:" line around slot `source`.
 */
export class KlarFact extends KlarContentElement {
  static override styles = [...KlarContentElement.styles, factStyles];
  static override properties: PropertyDeclarations = { value: {}, unit: {} };

  /** The number: digits with a dot or comma as decimal mark ("19", "0.8", "0,8"). A leading "+" marks a change ("+76"). */
  value?: string;

  /** `percent` for a percentage; leave it out for a plain number. */
  unit?: 'percent';

  #figure?: Figure;

  protected override validate(): KlarErrorDetail[] {
    this.#figure = parseFigure(this.value);
    if (!this.#figure) {
      return [
        problem(
          'invalid-value',
          this.value === undefined
            ? 'has no value. Add the number, e.g. value="19".'
            : `value="${this.value}" is not a number. Write digits, e.g. value="19", value="0.8" or value="+76".`
        ),
      ];
    }
    const found: KlarErrorDetail[] = [];
    if (this.unit !== undefined && this.unit !== 'percent') {
      found.push(problem('invalid-unit', `unit="${this.unit}" is unknown: use unit="percent" or leave it out. The number is shown without a unit.`));
    }
    if (!this.slots.has('label')) {
      found.push(problem('empty-content', 'has no label. Add <span slot="label">…</span> saying what the number counts.'));
    }
    return found;
  }

  get #isPercent(): boolean {
    return this.unit === 'percent';
  }

  #format(figure: Figure, spoken: boolean): string {
    const signDisplay = figure.signed ? 'exceptZero' : 'auto';
    if (this.#isPercent && spoken) {
      const inWords = numberFormatInWords(this.locale, { style: 'unit', unit: 'percent', unitDisplay: 'long', signDisplay, maximumFractionDigits: 2 });
      if (inWords) return inWords.format(figure.number);
      // The browser has no word for "percent" in this language (Somali in Chromium) and would
      // say it in English: a screen reader hears what the eye sees, "19%", and reads "%" in the
      // reader's own language.
    }
    const options: Intl.NumberFormatOptions = this.#isPercent
      ? { style: 'percent', signDisplay, maximumFractionDigits: 2 }
      : { signDisplay, maximumFractionDigits: 2 };
    const number = this.#isPercent ? figure.number / 100 : figure.number;
    return numberFormat(this.locale, options).format(number);
  }

  #renderBar(figure: Figure): TemplateResult | typeof nothing {
    // Only a share of a whole makes sense as a bar; a change ("+76 %") does not.
    if (!this.#isPercent || figure.signed || figure.number < 0 || figure.number > 100) return nothing;
    return html`<span part="bar" class="bar" aria-hidden="true">
      <span class="fill" ${styleProperties({ '--_klar-share': String(figure.number / 100) })}></span>
    </span>`;
  }

  /** The figure in words first ("19 procent: ryger dagligt"), then the author's label and source. */
  override spoken(): Spoken {
    // As rendered: the words were written in the element's language.
    const words = this.renderRoot.querySelector('.spoken')?.textContent?.replace(/:\s*$/, '').trim();
    return [...(words ? [words] : []), ...super.spoken()];
  }

  protected override render(): TemplateResult {
    const figure = this.#figure;
    return html`
      <div
        part="fact"
        class=${classes('fact frame', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        ${figure
          ? html`<p part="value" class="figure value accent" aria-hidden="true">${this.#format(figure, false)}</p>
              ${this.#renderBar(figure)}`
          : nothing}
        ${this.renderProblem()}
        <p part="label" class="label">${figure
            ? html`<span class="visually-hidden spoken" lang=${this.interfaceLang ?? nothing}>${leadIn(`${this.#format(figure, true)}:`)}</span>`
            : nothing}<slot name=${this.mainSlot('label')}></slot></p>
        ${this.renderSource()}
      </div>
    `;
  }
}
