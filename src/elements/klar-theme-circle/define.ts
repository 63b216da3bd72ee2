import { defineElement } from '../../core/define.js';
import '../klar-theme/define.js';
import { KlarThemeCircle, type KlarThemeSelectDetail } from './klar-theme-circle.js';

export { KlarThemeCircle };
export type { KlarThemeSelectDetail };

/** The events `klar-theme-circle` fires besides `klar-error`, with their `detail`. */
export interface KlarThemeCircleEventMap {
  'klar-theme-select': CustomEvent<KlarThemeSelectDetail>;
}

defineElement('klar-theme-circle', KlarThemeCircle);

// emit('klar-theme-select', …) is typed by the same map.
declare module '../../core/events.js' {
  interface KlarEventMap extends KlarThemeCircleEventMap {}
}

declare global {
  interface HTMLElementTagNameMap {
    'klar-theme-circle': KlarThemeCircle;
  }
  // Typed `addEventListener('klar-theme-select', …)`: the event bubbles and is composed.
  interface HTMLElementEventMap extends KlarThemeCircleEventMap {}
  interface DocumentEventMap extends KlarThemeCircleEventMap {}
  interface WindowEventMap extends KlarThemeCircleEventMap {}
}
