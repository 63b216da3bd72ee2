import { defineElement } from '../../core/define.js';
import '../klar-theme/define.js';
import { KlarThemeCircle } from './klar-theme-circle.js';

export { KlarThemeCircle };
export type { KlarThemeSelectDetail } from './klar-theme-circle.js';

defineElement('klar-theme-circle', KlarThemeCircle);

declare global {
  interface HTMLElementTagNameMap {
    'klar-theme-circle': KlarThemeCircle;
  }
}
