import * as v from 'valibot';
import { defineJson, fieldsOf, h, heading, listOf, present, source, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const DATETIME = 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2023-12-14" or "2024-04"';

const step = s.strictObject(
  {
    when: s.text('The date or period as written and shown ("14. december", "6.-11. december", "Medio januar", "April og frem").'),
    datetime: v.optional(
      v.pipe(
        v.string(DATETIME),
        v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, DATETIME),
        v.description(
          'The exact date of "when", for machines and for finding the current step: YYYY-MM-DD, or YYYY-MM or YYYY for a month or a year (counted from its first day). Leave it out for a period such as "Medio januar".'
        )
      )
    ),
    text: s.text('What happens ("SSU præsenteres for udkast til idéoplæg").'),
  },
  'must be an object { "when": "…", "text": "…" } with an optional "datetime"'
);

const steps = (description: string) =>
  v.pipe(v.array(step, 'must be a list of steps'), v.minLength(1, 'must have at least one step'), v.description(description));

const schema = s.element('klar-timeline', 'A dated process ("Videre proces"): its steps in order, each with its date or period, and which step is now.', {
  heading: v.optional(s.text('Your own heading, in place of the translated default "Videre proces"; written at the element\'s heading-level.')),
  current: v.optional(
    v.pipe(
      v.number('must be a whole number'),
      v.integer('must be a whole number'),
      v.minValue(1, 'must be 1 or more'),
      v.description('The step happening now, counted from 1. Leave it out to follow the dates: the current step is then the last one whose datetime is on or before today.')
    )
  ),
  steps: steps('The steps in order, shown as a numbered list.'),
  source: s.source,
  easyRead: s.easyRead('The easy-read version of the steps, shown instead of them in easy-read mode.', {
    steps: v.optional(steps('The steps in easy-read words: one idea a sentence, common words.')),
  }),
});

/** `<li><time datetime="…">when</time> – text</li>`, or `<li>when – text</li>` without a datetime. */
function stepItem(value: unknown): HTMLElement {
  const { when, datetime, text } = fieldsOf(value);
  // One text node after the date, as an author's markup has it (the same accessibility tree).
  const rest = `${textOf(when) && textOf(text) ? ' – ' : ''}${textOf(text)}`;
  return textOf(datetime)
    ? h('li', {}, h('time', { datetime: textOf(datetime) }, textOf(when)), rest)
    : h('li', {}, `${textOf(when)}${rest}`);
}

const list = (items: unknown, attributes: Record<string, string> = {}) => h('ol', attributes, ...listOf(items).map(stepItem));

export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  return {
    nodes: present(
      data.heading !== undefined && heading(context.level, data.heading, { slot: 'heading' }),
      list(data.steps),
      easy.steps !== undefined && list(easy.steps, { slot: 'easy-read' }),
      source(data.source, context)
    ),
    properties: { current: typeof data.current === 'number' ? String(data.current) : undefined },
  };
});
