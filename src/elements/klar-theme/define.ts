import { defineElement } from '../../core/define.js';
import { KlarTheme } from './klar-theme.js';

export { KlarTheme };

defineElement('klar-theme', KlarTheme);

declare global {
  interface HTMLElementTagNameMap {
    'klar-theme': KlarTheme;
  }
}
