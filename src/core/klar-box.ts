import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { KlarElement } from './klar-element.js';
import { boxStyles } from './styles/box.styles.js';

const LIST = 'ul, ol';

/**
 * A titled box around the author's list, with an optional source line: the shape of "Vi kan
 * se, at vi lykkes, når:", "Adspurgt ønsker borgerne:" and "Målsætninger". Subclasses give only
 * what differs: the default heading and the icon.
 *
 * @slot - The items as a list (`<ul>` or `<ol>`). Stays in the page, readable without JavaScript.
 * @slot heading - Optional own heading (any `h2`–`h6`), replacing the translated default heading.
 * @slot source - Optional source, shown after "Kilde:" (e.g. `<span slot="source">Socialstrategi</span>`).
 *
 * @csspart box - The frame around heading and list.
 * @csspart icon - The decorative picture beside the heading.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart content - The area holding the list.
 */
export abstract class KlarBox extends KlarElement {
  static override styles = [...KlarElement.styles, boxStyles];

  /** The translated heading shown when the author gives none in slot `heading`. */
  protected abstract get defaultHeading(): string;

  /** A small decorative picture beside the heading (hidden from assistive technology). */
  protected abstract readonly icon: TemplateResult;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Check before the first render, so a problem shows without a second render.
    if (!this.hasUpdated) this.checkContent();
  }

  /** The box needs a list in its default slot; anything else is shown as it is, with a message. */
  private checkContent(): void {
    const nodes = [...this.childNodes].filter(
      (node) =>
        (node instanceof Element && !node.hasAttribute('slot')) ||
        (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    );
    const elements = nodes.filter((node): node is Element => node instanceof Element);
    if (nodes.length === 0) {
      this.fail(
        'empty-content',
        'has no content. Put a <ul> or <ol> with the items inside the tag.'
      );
    } else if (!elements.some((element) => element.matches(LIST) || element.querySelector(LIST))) {
      this.fail(
        'invalid-content',
        'needs a list: put the items in a <ul> or <ol> inside the tag. The content is shown as it is.'
      );
    } else {
      this.resolveProblem();
    }
  }

  protected override render(): TemplateResult {
    return html`
      <div
        part="box"
        class=${classMap({ box: true, frame: true, 'easy-read': this.isEasyRead })}
        dir=${this.page.direction ?? nothing}
      >
        <div class="head">
          <span part="icon" class="icon accent" aria-hidden="true">${this.icon}</span>
          <slot name="heading">${this.renderHeading(this.defaultHeading)}</slot>
        </div>
        <div part="content" class="content">
          ${this.renderProblem()}
          <slot @slotchange=${this.checkContent}></slot>
        </div>
        ${this.renderSource()}
      </div>
    `;
  }
}
