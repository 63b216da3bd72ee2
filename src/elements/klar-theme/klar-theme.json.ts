import * as v from 'valibot';
import { at, defineJson, fieldsOf, h, heading, list, present, textOf, type BuildContext } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const fields = {
  label: s.text('The short word on the ring ("Ansvar").'),
  heading: s.text('The theme\'s full title ("Medbestemmelse inspirerer til ansvar og deltagelse").'),
  items: s.items('The theme\'s points, shown as a bulleted list.'),
  easyRead: s.easyRead('The easy-read version of title and points, shown instead of them in easy-read mode.', {
    heading: v.optional(s.text('The title in easy-read words.')),
    items: v.optional(s.items('The points in easy-read words.')),
  }),
};

/** One theme inside a circle's `themes`. */
export const themeEntry = v.pipe(s.strictObject(fields, 'must be an object { "label", "heading", "items" }'), v.title('Theme'), v.description('One theme of the circle.'));

const schema = s.element('klar-theme', 'One theme of a theme circle, shown on its own as a titled list.', fields);

/** The children of one `klar-theme`: its title, points and easy-read version. */
export function themeChildren(data: Record<string, unknown>, path: string, context: BuildContext): Node[] {
  const easy = fieldsOf(data.easyRead);
  const title = (text: unknown, attributes: Record<string, string> = {}) => heading(context.level, text, attributes);
  return present(
    data.heading !== undefined && title(data.heading, { slot: 'heading' }),
    list(data.items, at(path, 'items'), context),
    data.easyRead !== undefined &&
      h(
        'div',
        { slot: 'easy-read' },
        title(easy.heading ?? data.heading),
        list(easy.items ?? data.items, at(path, easy.items === undefined ? 'items' : 'easyRead.items'), context)
      )
  );
}

/** A `klar-theme` element, for a circle. */
export const themeElement = (data: unknown, path: string, context: BuildContext): HTMLElement =>
  h(
    'klar-theme',
    { label: textOf(fieldsOf(data).label) || undefined, 'heading-level': context.level },
    ...themeChildren(fieldsOf(data), path, context)
  );

export default defineJson(schema, (data, context) => ({
  nodes: themeChildren(data, '', context),
  properties: { label: textOf(data.label) || undefined },
}));
