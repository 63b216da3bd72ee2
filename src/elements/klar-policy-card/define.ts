import { defineElement } from '../../core/define.js';
import { KlarPolicyCard } from './klar-policy-card.js';

export { KlarPolicyCard };

defineElement('klar-policy-card', KlarPolicyCard);

declare global {
  interface HTMLElementTagNameMap {
    'klar-policy-card': KlarPolicyCard;
  }
}
