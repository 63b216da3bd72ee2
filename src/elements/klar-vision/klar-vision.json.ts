import * as v from 'valibot';
import { defineJson, fieldsOf, h, heading, listOf, paragraphs, present, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const marks = (description: string) =>
  v.pipe(v.array(s.text('One guiding mark.'), 'must be a list of texts'), v.minLength(1, 'must have at least one mark'), v.description(description));

const schema = s.element('klar-vision', "A policy's vision, with the guiding marks (pejlemærker) it steers by.", {
  heading: v.optional(s.text('Your own heading, in place of the translated default "Vision"; written at the element\'s heading-level.')),
  text: s.paragraphs('The vision: one paragraph, or a list of paragraphs.'),
  marks: v.optional(marks('The guiding marks, shown as a bulleted list under the heading "Pejlemærker".')),
  easyRead: s.easyRead('The easy-read version, shown instead of the vision in easy-read mode.', {
    text: v.optional(s.paragraphs('The vision in easy-read words: one idea a sentence, common words.')),
    marks: v.optional(marks('The guiding marks in easy-read words; they replace the marks in easy-read mode. Without them, the marks are shown as they are.')),
  }),
});

const list = (items: unknown, attributes: Record<string, string> = {}) =>
  h('ul', attributes, ...listOf(items).map((item) => h('li', {}, textOf(item))));

/**
 * `<hN slot="heading">`, the vision's paragraphs, `<ul slot="marks">`, and the easy-read
 * paragraphs and marks list each in slot `easy-read` (a list there replaces the marks in
 * easy-read mode). Easy-read marks without easy-read text go with the vision's own words, so
 * easy-read mode never loses the vision.
 */
export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  const hasEasy = easy.text !== undefined || easy.marks !== undefined;
  return {
    nodes: present(
      data.heading !== undefined && heading(context.level, data.heading, { slot: 'heading' }),
      ...paragraphs(data.text),
      data.marks !== undefined && list(data.marks, { slot: 'marks' }),
      ...(hasEasy ? paragraphs(easy.text ?? data.text, { slot: 'easy-read' }) : []),
      easy.marks !== undefined && list(easy.marks, { slot: 'easy-read' })
    ),
  };
});
