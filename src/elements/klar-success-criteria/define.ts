import { defineElement } from '../../core/define.js';
import { KlarSuccessCriteria } from './klar-success-criteria.js';

export { KlarSuccessCriteria };

defineElement('klar-success-criteria', KlarSuccessCriteria);

declare global {
  interface HTMLElementTagNameMap {
    'klar-success-criteria': KlarSuccessCriteria;
  }
}
