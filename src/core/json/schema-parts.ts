/**
 * The building blocks of Klar's JSON shapes, in Valibot. The runtime validates with these, and
 * `scripts/build-schemas.mjs` turns the same definitions into the JSON Schemas that ship in
 * `schema/`, so the two cannot drift. Only features that map to JSON Schema exactly are used
 * (strict objects, strings with a pattern, picklists, arrays with a length): a test checks
 * that Valibot and a standard JSON Schema validator agree on every fixture.
 *
 * Messages are for the web team (English, like every console message) and follow the JSON
 * path: "themes[2].label must not be empty".
 */
import * as v from 'valibot';

/**
 * An object with exactly these fields. Valibot takes a list for an object; JSON Schema does not:
 * the check keeps the two in step (the schema build leaves it out, `type: object` says it).
 */
export const strictObject = <const Entries extends v.ObjectEntries>(entries: Entries, message: string) =>
  v.pipe(v.strictObject(entries, message), v.check((input) => !Array.isArray(input), message));

/** Plain text: shown as text, never read as markup. */
export const text = (description: string) =>
  v.pipe(v.string('must be text'), v.regex(/\S/, 'must not be empty'), v.description(description));

/** One paragraph, or several as a list of texts. */
export const paragraphs = (description: string) =>
  v.union(
    [text(description), v.pipe(v.array(text('One paragraph.'), 'must be a list'), v.minLength(1, 'must have at least one paragraph'))],
    'must be text, or a list of texts (one per paragraph)'
  );

export const link = v.pipe(
  strictObject(
    {
      text: text('What the link says.'),
      href: v.pipe(
        v.string('must be text'),
        v.description(
          'Where the link goes: an http(s) address or a relative one ("/politikker/velfaerd"). Other kinds (javascript:, data:, mailto:) are refused: the text is shown without a link.'
        )
      ),
    },
    'must be an object { "text": "…", "href": "…" }'
  ),
  v.title('Link'),
  v.description('Text that links to a page.')
);

/** Text, or text with a link. */
export const textOrLink = (description: string) =>
  v.union([text(description), link], 'must be text or a link { "text": "…", "href": "…" }');

/** A list's items, each text or a link; shown as a bulleted list. */
export const items = (description: string) =>
  v.pipe(v.array(textOrLink('One item.'), 'must be a list'), v.minLength(1, 'must have at least one item'), v.description(description));

export const source = v.optional(
  textOrLink('Where it comes from, shown after "Kilde:" ("Sundhedsprofilen 2021 for Ishøj"). Text, or a link to the source.')
);

/** What every element's JSON may carry besides its content. */
const common = {
  $schema: v.optional(v.pipe(v.string('must be text'), v.description('The JSON Schema this file follows, for editors. Klar ignores it.'))),
  lang: v.optional(
    v.pipe(
      v.string('must be text'),
      v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "da" or "en-GB"'),
      v.description('The language of the content when it differs from the page\'s, e.g. "da" for Danish text on an English page.')
    )
  ),
  dir: v.optional(
    v.pipe(
      v.picklist(['ltr', 'rtl'], 'must be "ltr" or "rtl"'),
      v.description('The direction of the content when it differs from the page\'s: "ltr" for Danish text on an Arabic page, "rtl" the other way round.')
    )
  ),
};

/** One element's JSON: its own fields and the common ones, and nothing else (a typo is reported). */
export function element<const Entries extends v.ObjectEntries>(title: string, description: string, entries: Entries) {
  return v.pipe(strictObject({ ...entries, ...common }, 'must be an object { … } with the fields of the element'), v.title(title), v.description(description));
}

/** The easy-read version: the same fields as the content they replace, each optional. */
export function easyRead<const Entries extends v.ObjectEntries>(description: string, entries: Entries) {
  return v.optional(v.pipe(strictObject(entries, 'must be an object { … }'), v.description(description)));
}
