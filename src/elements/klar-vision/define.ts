import { defineElement } from '../../core/define.js';
import { KlarVision } from './klar-vision.js';

export { KlarVision };

defineElement('klar-vision', KlarVision);

declare global {
  interface HTMLElementTagNameMap {
    'klar-vision': KlarVision;
  }
}
