/** Klar: every element, defined. `<script type="module" src=".../klar.js">` is all a page needs. */
// One line per folder of src/elements/, written by scripts/build-elements.mjs.
export * from './generated/elements.js';
export type { KlarErrorCode, KlarErrorDetail, KlarErrorEventMap } from './core/errors.js';
