import * as v from 'valibot';
import { defineJson, fieldsOf, h, heading, listOf, paragraphs, present, textOf } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';
import { isSafeUrl } from '../../core/url.js';
import { isSafeRespondUrl } from './consultation.js';
import { problem } from '../../core/errors.js';

const schema = s.element('klar-policy-card', 'One policy at a glance, linking to the full policy: title, status, date, vision, themes, a short description and, for a policy in consultation, until when and where citizens can answer.', {
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
  consultationEnds: v.optional(
    v.pipe(
      v.string('must be text'),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2026-01-15"'),
      v.description(
        'The last day of the public consultation, written YYYY-MM-DD ("2026-01-15"). Until the end of that day (the reader\'s local time) the card says "Giv dit høringssvar senest 15. januar 2026", linking to respondHref; after it, "Høringen sluttede 15. januar 2026". Shown whatever the status; while it is open, a status other than "consultation" gets a console warning. Easy-read mode says it in plainer words by itself.'
      )
    )
  ),
  respondHref: v.optional(
    v.pipe(
      v.string('must be text'),
      v.description(
        'Where citizens answer the consultation: an http(s) address, a relative one, or "mailto:" an e-mail address. Needs consultationEnds; linked only while the consultation is open. Other kinds (javascript:, data:) are refused and the line has no link.'
      )
    )
  ),
  // easyRead has no consultation fields: the date and where to answer are the same facts in both modes.
  easyRead: s.easyRead('The easy-read version of the description, shown instead of it in easy-read mode. (The consultation line needs no easy-read fields: it says the same date and link in plainer words by itself.)', {
    description: v.optional(s.paragraphs('The description in easy-read words.')),
  }),
});

export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  const href = textOf(data.href);
  const safe = isSafeUrl(href);
  if (!safe) context.report(problem('unsafe-url', `href "${href}" is refused: only http(s) and relative links are allowed. The card has no link.`));
  const respondHref = textOf(data.respondHref).trim();
  const respondSafe = isSafeRespondUrl(respondHref);
  if (respondHref && !respondSafe) {
    context.report(
      problem('unsafe-url', `respondHref "${respondHref}" is refused: only http(s), relative and mailto: links are allowed. The consultation line has no link.`)
    );
  }
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
      consultationEnds: textOf(data.consultationEnds) || undefined,
      respondHref: respondHref && respondSafe ? respondHref : undefined,
    },
  };
});
