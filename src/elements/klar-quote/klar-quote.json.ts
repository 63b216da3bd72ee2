import * as v from 'valibot';
import { defineJson, fieldsOf, paragraphs, present, source } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const schema = s.element('klar-quote', 'A quote with its source. Klar adds the quotation marks of the reader\'s language.', {
  text: s.paragraphs('The quoted words, without quotation marks.'),
  source: s.source,
  easyRead: s.easyRead('The easy-read version of the quote, shown instead of it in easy-read mode.', {
    text: v.optional(s.paragraphs('The quote in easy-read words.')),
  }),
});

export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  return {
    nodes: present(
      ...paragraphs(data.text),
      ...(easy.text === undefined ? [] : paragraphs(easy.text, { slot: 'easy-read' })),
      source(data.source, context)
    ),
  };
});
