import * as v from 'valibot';
import { defineJson, fieldsOf, h, present, source, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const NUMBER = 'must be a number (19, 0.8) or digits as text ("0,8"; "+76" for a change)';

const schema = s.element('klar-fact', 'One key figure: the number, what it counts and its source ("19 % ryger dagligt").', {
  value: v.pipe(
    v.union([v.number(NUMBER), v.pipe(v.string(NUMBER), v.regex(/^\s*[+-]?\d+([.,]\d+)?\s*$/, NUMBER))], NUMBER),
    v.description('The number. A JSON number (19, 0.8), or text with a dot or comma as decimal mark ("0,8"); "+76" marks a change: "+76 %" and no bar.')
  ),
  unit: v.optional(v.pipe(v.picklist(['percent'], 'must be "percent", or left out for a plain number'), v.description('"percent" for a percentage; leave it out for a plain number.'))),
  label: s.text('What the number counts ("ryger dagligt"): read with the number as one sentence, "19 procent: ryger dagligt".'),
  source: s.source,
  easyRead: s.easyRead('The easy-read version of the label, shown instead of it in easy-read mode.', {
    label: v.optional(s.text('The label in easy-read words.')),
  }),
});

export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  return {
    nodes: present(
      h('span', { slot: 'label' }, textOf(data.label)),
      easy.label !== undefined && h('span', { slot: 'easy-read' }, textOf(easy.label)),
      source(data.source, context)
    ),
    properties: { value: textOf(data.value) || undefined, unit: typeof data.unit === 'string' ? data.unit : undefined },
  };
});
