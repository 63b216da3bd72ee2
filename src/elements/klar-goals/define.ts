import { defineElement } from '../../core/define.js';
import { KlarGoals } from './klar-goals.js';

export { KlarGoals };

defineElement('klar-goals', KlarGoals);

declare global {
  interface HTMLElementTagNameMap {
    'klar-goals': KlarGoals;
  }
}
