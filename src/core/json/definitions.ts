/**
 * Every element that takes JSON, with its schema and how its JSON becomes markup: each folder's
 * `<tag>.json.ts`, listed by scripts/build-elements.mjs. The runtime looks elements up here by tag;
 * `scripts/build-schemas.mjs` writes `schema/<tag>.json` and `schema/klar.json` from the same list.
 */
export { definitions } from '../../generated/json-definitions.js';
