import { defineElement } from '../../core/define.js';
import { KlarFact } from './klar-fact.js';

export { KlarFact };

defineElement('klar-fact', KlarFact);

declare global {
  interface HTMLElementTagNameMap {
    'klar-fact': KlarFact;
  }
}
