import { html } from 'lit';
import { msg } from '../../core/localize.js';
import { KlarBox } from '../../core/klar-box.js';

const headings = {
  standard: () => msg('Adspurgt ønsker borgerne:', { id: 'citizen-wishes.heading', desc: 'Default heading of klar-citizen-wishes: the list that follows is what citizens said they want when the kommune asked them' }),
  easy: () => msg('Det ønsker borgerne:', { id: 'citizen-wishes.heading-easy', desc: 'Easy-read default heading of klar-citizen-wishes: what citizens want' }),
};

const speechBubble = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <path d="M4 5.5h16v10H10l-4.5 4v-4H4z" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linejoin="round" />
  <path d="M8 9.5h8M8 12.5h5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

/**
 * The "Adspurgt ønsker borgerne:" box: what citizens asked for when the kommune asked them.
 * Its picture is a speech bubble.
 *
 * @tag klar-citizen-wishes
 * @summary A box with citizens' wishes, around the author's own list.
 */
export class KlarCitizenWishes extends KlarBox {
  protected override readonly icon = speechBubble;
  protected override readonly headings = headings;
}
