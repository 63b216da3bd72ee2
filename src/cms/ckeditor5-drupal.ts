import { ALLOWED, GLOBAL_ATTRIBUTES, isKlarTag } from './shared/allow-list.js';

/**
 * The allow-list in the syntax of Drupal's text formats ("Manually editable HTML tags" of Source
 * editing, "Limit allowed HTML tags and correct faulty HTML"): `<tag attribute …>` separated by
 * spaces, Klar's tags first, each tag's own attributes before the global ones. The build writes it
 * to dist/cms/drupal-allowed-html.txt (scripts/build-cms-drupal.mjs).
 *
 * The Klar script is not in it: no Drupal text format keeps `<script>`; a Drupal site loads
 * klar.js as a library of its theme or module.
 */
export function drupalAllowedHtml(): string {
  const tags = [...ALLOWED.keys()].sort((a, b) => Number(isKlarTag(b)) - Number(isKlarTag(a)));
  return tags
    .map((tag) => {
      const own = [...ALLOWED.get(tag)!].filter((attribute) => !GLOBAL_ATTRIBUTES.includes(attribute));
      return `<${[tag, ...own, ...GLOBAL_ATTRIBUTES].join(' ')}>`;
    })
    .join(' ');
}
