import * as v from 'valibot';
import { at, defineJson, h, heading, listOf, present, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';
import { themeElement, themeEntry } from '../klar-theme/klar-theme.json.js';
import { MAX_THEMES, MIN_THEMES } from './ring.js';

const schema = s.element(
  'klar-theme-circle',
  `A circle of ${MIN_THEMES} to ${MAX_THEMES} themes around a centre text ("Medborgerskabets indholdscirkel"), drawn as a ring where there is room and as a list elsewhere.`,
  {
    heading: v.optional(s.text("The circle's heading; it also names the ring for screen readers. Written at the element's heading-level, the themes' titles one level below.")),
    center: v.optional(s.text('The text in the middle of the ring ("Medborgerskab").')),
    themes: v.pipe(
      v.array(themeEntry, 'must be a list of themes'),
      v.minLength(MIN_THEMES, `must have at least ${MIN_THEMES} themes`),
      v.maxLength(MAX_THEMES, `must have at most ${MAX_THEMES} themes`),
      v.description(`The themes, ${MIN_THEMES} to ${MAX_THEMES}, clockwise from the top.`)
    ),
  }
);

export default defineJson(schema, (data, context) => {
  const themes = { ...context, level: Math.min(context.level + 1, 6) };
  return {
    nodes: present(
      data.heading !== undefined && heading(context.level, data.heading, { slot: 'heading' }),
      data.center !== undefined && h('span', { slot: 'center' }, textOf(data.center)),
      ...listOf(data.themes).map((theme, index) => themeElement(theme, at('themes', index), themes))
    ),
  };
});
