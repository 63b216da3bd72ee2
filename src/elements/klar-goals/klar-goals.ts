import { html } from 'lit';
import { msg } from '../../core/localize.js';
import { KlarBox } from '../../core/klar-box.js';

const headings = {
  standard: () => msg('Målsætninger', { id: 'goals.heading', desc: 'Default heading of klar-goals: the list that follows is what a strategy aims for' }),
  easy: () => msg('Det vil vi gerne nå:', { id: 'goals.heading-easy', desc: 'Easy-read default heading of klar-goals: what we want to reach' }),
};

const target = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
  <circle cx="12" cy="12" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
  <circle cx="12" cy="12" r="1.8" fill="currentColor" />
</svg>`;

/**
 * The "Målsætninger" box: what a strategy aims for. Its picture is a target.
 *
 * @tag klar-goals
 * @summary A box with a strategy's goals, around the author's own list.
 */
export class KlarGoals extends KlarBox {
  protected override readonly icon = target;
  protected override readonly headings = headings;
}
