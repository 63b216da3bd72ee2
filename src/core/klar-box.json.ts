import * as v from 'valibot';
import { defineJson, fieldsOf, heading, list, present, source } from './json/build.js';
import * as s from './json/schema-parts.js';

/** The JSON of a list box (klar-success-criteria, klar-citizen-wishes, klar-goals). */
export function boxJson(title: string, description: string) {
  const schema = s.element(title, description, {
    heading: v.optional(s.text("Your own heading, in place of the translated default one; written at the element's heading-level.")),
    items: s.items('The items, shown as a bulleted list.'),
    source: s.source,
    easyRead: s.easyRead('The easy-read version of the items, shown instead of them in easy-read mode.', {
      items: v.optional(s.items('The items in easy-read words: one idea a sentence, common words.')),
    }),
  });
  return defineJson(schema, (data, context) => {
    const easy = fieldsOf(data.easyRead);
    return {
      nodes: present(
        data.heading !== undefined && heading(context.level, data.heading, { slot: 'heading' }),
        list(data.items, 'items', context),
        easy.items !== undefined && list(easy.items, 'easyRead.items', context, { slot: 'easy-read' }),
        source(data.source, context)
      ),
    };
  });
}
