import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classes } from '../../core/classes.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { themeStyles } from './klar-theme.styles.js';

/**
 * One theme of a `klar-theme-circle`: a short label for the ring, a full title and its points.
 * On its own, outside a circle, it reads as a titled list.
 *
 * @tag klar-theme
 * @summary One theme of a theme circle.
 *
 * @slot heading - The theme's full title, e.g. `<h3 slot="heading">Alle skal være en del af et fællesskab</h3>`. Without it, the label is the heading.
 * @slot - The theme's points, as a list.
 * @slot easy-read - Optional easy-read version of title and points, shown instead of them in easy-read mode.
 *
 * @csspart theme - The frame of the theme.
 * @csspart label - The short label shown above the title.
 * @csspart content - The area holding the points.
 */
export class KlarTheme extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, themeStyles];
  static override properties: PropertyDeclarations = { label: {} };

  /** The short word on the ring ("Ansvar"). Required inside a circle. */
  label?: string;

  override headingLevel: KlarHeadedElement['headingLevel'] = 3;

  readonly #internals = this.attachInternals();

  /** Whether the circle shows this theme in its panel. Set by `klar-theme-circle`. */
  set selected(selected: boolean) {
    // A custom state, not an attribute: the author's markup is left as written.
    if (selected) this.#internals.states.add('selected');
    else this.#internals.states.delete('selected');
  }

  get selected(): boolean {
    return this.#internals.states.has('selected');
  }

  protected override render(): TemplateResult {
    const hasHeading = this.slots.has('heading');
    return html`
      <div part="theme" class=${classes('theme', this.isEasyRead && 'easy-read')} dir=${this.page.direction ?? nothing}>
        ${this.label && hasHeading ? html`<p part="label" class="label">${this.label}</p>` : nothing}
        ${this.renderProblem()}
        ${this.showsEasyReadSlot
          ? // The easy-read version replaces heading and points together.
            html`<slot name="easy-read"></slot>`
          : html`<slot name="heading">${this.label ? this.renderHeading(this.label) : nothing}</slot>
              <div part="content" class="content"><slot></slot></div>`}
      </div>
    `;
  }
}
