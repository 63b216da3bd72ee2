/** Klar: every element, defined. `<script type="module" src=".../klar.js">` is all a page needs. */
export * from './elements/klar-success-criteria/define.js';
export * from './elements/klar-citizen-wishes/define.js';
export * from './elements/klar-goals/define.js';
export * from './elements/klar-fact/define.js';
export * from './elements/klar-quote/define.js';
export * from './elements/klar-theme/define.js';
export * from './elements/klar-theme-circle/define.js';
export * from './elements/klar-policy-card/define.js';
export * from './elements/klar-reading-tools/define.js';
export type { KlarErrorCode, KlarErrorDetail, KlarErrorEventMap } from './core/errors.js';
export type { KlarThemeSelectDetail, KlarThemeCircleEventMap } from './elements/klar-theme-circle/define.js';
