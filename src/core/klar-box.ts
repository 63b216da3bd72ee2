import { html, nothing, type TemplateResult } from 'lit';
import { problem, type KlarErrorDetail } from './errors.js';
import { classes } from './classes.js';
import { KlarHeadedElement } from './klar-headed-element.js';
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
 * @slot easy-read - Optional easy-read version of the list, shown instead of it in easy-read mode.
 *
 * @csspart box - The frame around heading and list.
 * @csspart icon - The decorative picture beside the heading.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart content - The area holding the list.
 * @csspart source - The "Kilde:" line around slot `source`.
 */
export abstract class KlarBox extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, boxStyles];

  /**
   * The translated heading shown when the author gives none in slot `heading`, and a plainer one
   * for easy-read mode. Functions, so each render asks for the current language.
   */
  protected abstract readonly headings: { standard: () => string; easy: () => string };

  /** A small decorative picture beside the heading: an `<svg part="icon" class="icon accent" aria-hidden="true">`. */
  protected abstract readonly icon: TemplateResult;

  /** The box needs a list in its default slot; anything else is shown as it is, with a message. */
  protected override validate(): KlarErrorDetail[] {
    const nodes = [...this.childNodes].filter(
      (node) =>
        (node instanceof Element && !node.hasAttribute('slot')) ||
        (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    );
    const elements = nodes.filter((node): node is Element => node instanceof Element);
    if (nodes.length === 0) {
      return [problem('empty-content', 'has no content. Put a <ul> or <ol> with the items inside the tag.')];
    }
    if (!elements.some((element) => element.matches(LIST) || element.querySelector(LIST))) {
      return [problem('invalid-content', 'needs a list: put the items in a <ul> or <ol> inside the tag. The content is shown as it is.')];
    }
    return [];
  }

  protected override render(): TemplateResult {
    return html`
      <div
        part="box"
        class=${classes('box frame', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        <div class="head">
          ${this.icon}
          <slot name="heading">${this.renderHeading(this.isEasyRead ? this.headings.easy() : this.headings.standard())}</slot>
        </div>
        <div part="content" class="content">${this.renderProblem()}<slot name=${this.mainSlot()}></slot></div>
        ${this.renderSource()}
      </div>
    `;
  }
}
