import * as v from 'valibot';
import { defineJson, fieldsOf, h, heading, listOf, paragraphs, present, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';
import { isSafeUrl } from '../../core/url.js';
import { problem } from '../../core/errors.js';

const schema = s.element('klar-policy-card', 'One policy at a glance, linking to the full policy: title, status, date, vision, themes and a short description.', {
  heading: s.text("The policy's title; it becomes the card's one link. Written at the element's heading-level."),
  status: v.pipe(
    v.picklist(['adopted', 'consultation', 'draft'], 'must be "adopted", "consultation" or "draft"'),
    v.description('"adopted" (Vedtaget), "consultation" (I høring) or "draft" (Udkast).')
  ),
  date: v.optional(
    v.pipe(
      v.string('must be text'),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2017-11-27"'),
      v.description('The policy\'s date, written YYYY-MM-DD ("2017-11-27"); shown in the reader\'s language.')
    )
  ),
  href: v.pipe(
    v.string('must be text'),
    v.description('Where the full policy is: an http(s) address or a relative one. Other kinds (javascript:, data:) are refused and the card has no link.')
  ),
  vision: v.optional(s.paragraphs('The vision: one text, or a list of lines (shown as a list).')),
  themes: v.optional(v.pipe(v.array(s.text('One theme.'), 'must be a list of texts'), v.minLength(1, 'must have at least one theme'), v.description('The policy\'s themes, shown as a list under "Temaer".'))),
  description: v.optional(s.paragraphs('A short description: one paragraph, or a list of paragraphs.')),
  easyRead: s.easyRead('The easy-read version of the description, shown instead of it in easy-read mode.', {
    description: v.optional(s.paragraphs('The description in easy-read words.')),
  }),
});

export const policyCardJson = defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  const href = textOf(data.href);
  const safe = isSafeUrl(href);
  if (!safe) context.report(problem('unsafe-url', `href "${href}" is refused: only http(s) and relative links are allowed. The card has no link.`));
  const vision = Array.isArray(data.vision) && data.vision.length > 1
    ? h('ul', { slot: 'vision' }, ...data.vision.map((line) => h('li', {}, textOf(line))))
    : paragraphs(data.vision, { slot: 'vision' })[0];
  return {
    nodes: present(
      heading(context.level, data.heading, { slot: 'heading' }),
      vision,
      ...paragraphs(data.description),
      ...(easy.description === undefined ? [] : paragraphs(easy.description, { slot: 'easy-read' })),
      data.themes !== undefined && h('ul', { slot: 'themes' }, ...listOf(data.themes).map((theme) => h('li', {}, textOf(theme))))
    ),
    properties: {
      status: textOf(data.status) || undefined,
      date: textOf(data.date) || undefined,
      href: href && safe ? href : undefined,
    },
  };
});
