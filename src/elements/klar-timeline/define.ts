import { defineElement } from '../../core/define.js';
import { KlarTimeline } from './klar-timeline.js';

export { KlarTimeline };

defineElement('klar-timeline', KlarTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'klar-timeline': KlarTimeline;
  }
}
