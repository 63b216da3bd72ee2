import { html } from 'lit';
import { msg } from '@lit/localize';
import { KlarBox } from '../../core/klar-box.js';

/**
 * The "Vi kan se, at vi lykkes, når:" box: how a strategy will know it works.
 *
 * @tag klar-success-criteria
 * @summary A box with the signs that a strategy succeeds, around the author's own list.
 *
 * @slot - The criteria as a list (`<ul>` or `<ol>`). Stays in the page, readable without JavaScript.
 * @slot heading - Optional own heading (any `h2`–`h6`), replacing the translated default heading.
 *
 * @csspart box - The frame around heading and list.
 * @csspart icon - The decorative check mark beside the heading.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart content - The area holding the list.
 * @csspart message - The short message shown when the content is not a list.
 *
 * @cssprop --klar-color-accent - Stripe and icon colour. Default: a deep green (#005c4f).
 * @cssprop --klar-color-surface - Box background. Default: a faint tint of the text colour.
 * @cssprop --klar-color-border - Box border. Default: the text colour at 35 %.
 * @cssprop --klar-color-text - Text colour. Default: inherited from the page.
 * @cssprop --klar-color-heading - Default heading colour. Default: the text colour.
 * @cssprop --klar-color-message - Accent of the problem message. Default: a dark orange (#8a3b00).
 * @cssprop --klar-font-family - Font. Default: inherited from the page.
 * @cssprop --klar-radius - Corner radius. Default: 0.5rem.
 * @cssprop --klar-space - Base spacing. Default: 1rem.
 *
 * @fires klar-error - The content is missing or not a list. `detail`: `{ code, message }`.
 */
export class KlarSuccessCriteria extends KlarBox {
  protected override get defaultHeading(): string {
    return msg('Vi kan se, at vi lykkes, når:', {
      id: 'success-criteria.heading',
      desc: 'Default heading of klar-success-criteria: the list that follows says how we will know the strategy works',
    });
  }

  protected override get icon() {
    return html`<svg viewBox="0 0 24 24" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2.4"
        stroke-linecap="round" stroke-linejoin="round" />
    </svg>`;
  }
}
