import { defineElement } from '../../core/define.js';
import { KlarReadingTools } from './klar-reading-tools.js';

export { KlarReadingTools };

defineElement('klar-reading-tools', KlarReadingTools);

declare global {
  interface HTMLElementTagNameMap {
    'klar-reading-tools': KlarReadingTools;
  }
}
