import { defineElement } from '../../core/define.js';
import { KlarQuote } from './klar-quote.js';

export { KlarQuote };

defineElement('klar-quote', KlarQuote);

declare global {
  interface HTMLElementTagNameMap {
    'klar-quote': KlarQuote;
  }
}
