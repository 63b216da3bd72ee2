import { html } from 'lit';
import { msg } from '../../core/localize.js';
import { KlarBox } from '../../core/klar-box.js';

const headings = {
  standard: () => msg('Vi kan se, at vi lykkes, når:', { id: 'success-criteria.heading', desc: 'Default heading of klar-success-criteria: the list that follows says how we will know the strategy works' }),
  easy: () => msg('Sådan ved vi, at det virker:', { id: 'success-criteria.heading-easy', desc: 'Easy-read default heading of klar-success-criteria: how we know it works' }),
};

const checkMark = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2.4"
    stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * The "Vi kan se, at vi lykkes, når:" box: how a strategy will know it works. Its picture is a
 * check mark.
 *
 * @tag klar-success-criteria
 * @summary A box with the signs that a strategy succeeds, around the author's own list.
 */
export class KlarSuccessCriteria extends KlarBox {
  protected override readonly icon = checkMark;
  protected override readonly headings = headings;
}
