import { defineElement } from '../../core/define.js';
import { KlarCitizenWishes } from './klar-citizen-wishes.js';

export { KlarCitizenWishes };

defineElement('klar-citizen-wishes', KlarCitizenWishes);

declare global {
  interface HTMLElementTagNameMap {
    'klar-citizen-wishes': KlarCitizenWishes;
  }
}
