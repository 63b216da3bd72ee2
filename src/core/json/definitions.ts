/**
 * Every element that takes JSON, with its schema and how its JSON becomes markup. The runtime
 * looks elements up here by tag; `scripts/build-schemas.mjs` writes `schema/<tag>.json` and
 * `schema/klar.json` from the same list.
 */
import type { JsonDefinition } from './build.js';
import { successCriteriaJson } from '../../elements/klar-success-criteria/klar-success-criteria.json.js';
import { citizenWishesJson } from '../../elements/klar-citizen-wishes/klar-citizen-wishes.json.js';
import { goalsJson } from '../../elements/klar-goals/klar-goals.json.js';
import { factJson } from '../../elements/klar-fact/klar-fact.json.js';
import { quoteJson } from '../../elements/klar-quote/klar-quote.json.js';
import { themeJson } from '../../elements/klar-theme/klar-theme.json.js';
import { themeCircleJson } from '../../elements/klar-theme-circle/klar-theme-circle.json.js';
import { policyCardJson } from '../../elements/klar-policy-card/klar-policy-card.json.js';

export const definitions: Record<string, JsonDefinition> = {
  'klar-success-criteria': successCriteriaJson,
  'klar-citizen-wishes': citizenWishesJson,
  'klar-goals': goalsJson,
  'klar-fact': factJson,
  'klar-quote': quoteJson,
  'klar-theme': themeJson,
  'klar-theme-circle': themeCircleJson,
  'klar-policy-card': policyCardJson,
};
