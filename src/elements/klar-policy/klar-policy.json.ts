/**
 * The JSON of a whole policy page, composed from the other elements' JSON: each kind of block
 * is the JSON of the element it becomes (its schema's fields and its build), with a "kind".
 * Nothing of their shapes is written again here, so a field added to klar-goals is a field of
 * a goals block at once.
 */
import * as v from 'valibot';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { at, defineJson, fieldsOf, h, heading, inline, listOf, paragraphs, textOf, type BuildContext, type JsonDefinition } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';
import policyCard from '../klar-policy-card/klar-policy-card.json.js';
import vision from '../klar-vision/klar-vision.json.js';
import themeCircle from '../klar-theme-circle/klar-theme-circle.json.js';
import successCriteria from '../klar-success-criteria/klar-success-criteria.json.js';
import citizenWishes from '../klar-citizen-wishes/klar-citizen-wishes.json.js';
import goals from '../klar-goals/klar-goals.json.js';
import fact from '../klar-fact/klar-fact.json.js';
import quote from '../klar-quote/klar-quote.json.js';
import timeline from '../klar-timeline/klar-timeline.json.js';

type Entries = Record<string, v.GenericSchema>;
interface Meta {
  type: string;
  description?: string;
}

/** An element's JSON fields, without those that belong to a whole file ($schema, lang, dir). */
function fieldsOfSchema(definition: JsonDefinition): Entries {
  const { $schema, lang, dir, ...entries } = (definition.schema as unknown as { entries: Entries }).entries;
  return entries;
}

const descriptionOf = (definition: JsonDefinition): string =>
  (definition.schema as unknown as { pipe?: Meta[] }).pipe?.find((item) => item.type === 'description')?.description ?? '';

/** The Klar elements a block can be, by the block's kind: the tag without "klar-". */
const ELEMENTS = {
  vision: { tag: 'klar-vision', definition: vision, headed: true },
  'theme-circle': { tag: 'klar-theme-circle', definition: themeCircle, headed: true },
  'success-criteria': { tag: 'klar-success-criteria', definition: successCriteria, headed: true },
  'citizen-wishes': { tag: 'klar-citizen-wishes', definition: citizenWishes, headed: true },
  goals: { tag: 'klar-goals', definition: goals, headed: true },
  quote: { tag: 'klar-quote', definition: quote, headed: false },
  timeline: { tag: 'klar-timeline', definition: timeline, headed: true },
} satisfies Record<string, { tag: string; definition: JsonDefinition; headed: boolean }>;
type ElementKind = keyof typeof ELEMENTS;
const isElementKind = (kind: unknown): kind is ElementKind => typeof kind === 'string' && Object.hasOwn(ELEMENTS, kind);

/** The elements that can also stand as a section of their own, their heading the section's. */
const SECTION_ELEMENTS = ['vision', 'theme-circle', 'timeline'] as const satisfies readonly ElementKind[];

/**
 * A block as a variant option. Its fields come from another element's schema at run time, which
 * Valibot's types cannot follow: the JSON files and the tests check the shapes.
 */
type Option = v.VariantOptions<'kind'>[number];
const option = (schema: unknown): Option => schema as Option;

const kindField = (kind: string, description: string) => v.pipe(v.literal(kind, `must be "${kind}"`), v.description(description));

/** A block that becomes `<klar-…>`: the element's own JSON fields and its kind. */
function elementBlock(kind: ElementKind, asSection = false): Option {
  const { tag, definition } = ELEMENTS[kind];
  const object = s.strictObject(
    {
      kind: kindField(kind, `"${kind}": the block is a <${tag}>.`),
      ...fieldsOfSchema(definition),
      // Standing as a section, its heading is the section's: in the table of contents.
      ...(asSection
        ? { heading: s.text("The section's heading: the element's own, one level below the title, and a line in the table of contents.") }
        : {}),
    },
    `must be an object { "kind": "${kind}", … } with the fields of <${tag}>`
  );
  const where = asSection ? ', standing as a section of its own' : '';
  return option(
    v.pipe(
      object as v.GenericSchema,
      v.title(asSection ? `${kind} section` : `${kind} block`),
      v.description(`<${tag}>${where}: ${descriptionOf(definition)} The fields are those of schema/${tag}.json.`)
    )
  );
}

/** A block of the policy's own content: its kind, its fields, a title and a description for the schema. */
const ownBlock = <const Entries extends v.ObjectEntries>(kind: string, what: string, entries: Entries, shape: string, description: string) =>
  v.pipe(
    s.strictObject({ kind: kindField(kind, `"${kind}": ${what}`), ...entries }, `must be an object { "kind": "${kind}", ${shape} }`),
    v.title(`${kind} block`),
    v.description(description)
  );

const textBlock = ownBlock(
  'text',
  "paragraphs of the section's own text.",
  {
    text: s.paragraphs('The text: one paragraph, or a list of paragraphs.'),
    easyRead: s.easyRead('The easy-read version of the text, shown instead of it in easy-read mode.', {
      text: v.optional(s.paragraphs('The text in easy-read words: one idea a sentence, common words.')),
    }),
  },
  '"text": …',
  'Paragraphs of running text.'
);

const listBlock = ownBlock(
  'list',
  'a plain list, such as the areas a policy covers.',
  {
    heading: v.optional(
      s.text('A heading over the list ("Temaer"), one level below its section\'s heading, as the headings of the Klar elements in the section. Directly in a section it is also a line in the table of contents.')
    ),
    items: s.items('The items, shown as a bulleted list (numbered with "ordered").'),
    ordered: v.optional(v.pipe(v.boolean('must be true or false'), v.description('true for a numbered list, where the order counts. Leave it out for bullets.'))),
    easyRead: s.easyRead('The easy-read version of the items, shown instead of them in easy-read mode.', {
      items: v.optional(s.items('The items in easy-read words.')),
    }),
  },
  '"items": […]',
  'A plain list; put its lead-in ("Pejlemærkerne er:") in a text block before it.'
);

const factsBlock = ownBlock(
  'facts',
  'key figures, each a <klar-fact>.',
  {
    items: v.pipe(
      v.array(fact.schema, 'must be a list of key figures'),
      v.minLength(1, 'must have at least one key figure'),
      v.description('The key figures, each with the fields of schema/klar-fact.json ({ "value", "unit", "label", "source" }); shown side by side where there is room.')
    ),
  },
  '"items": […]',
  'Key figures ("19 % ryger dagligt"), as a list of <klar-fact>.'
);

const KINDS = ['text', 'list', 'facts', ...Object.keys(ELEMENTS)];
const kindMessage = (kinds: string[]) => `must have a "kind": ${kinds.map((kind) => `"${kind}"`).join(', ')}`;

const elementBlocks = (Object.keys(ELEMENTS) as ElementKind[]).map((kind) => elementBlock(kind));
const contentBlocks: Option[] = [textBlock, listBlock, factsBlock, ...elementBlocks];

const subsection = v.pipe(
  s.strictObject(
    {
      kind: kindField('section', '"section": a subsection, its heading one level below its section\'s.'),
      heading: s.text('The subsection\'s heading: one level below the section\'s, and a line under it in the table of contents.'),
      blocks: v.pipe(
        v.array(v.variant('kind', contentBlocks, kindMessage(KINDS)), 'must be a list of blocks'),
        v.minLength(1, 'must have at least one block'),
        v.description('What the subsection holds, in order: each a block with a "kind".')
      ),
    },
    'must be an object { "kind": "section", "heading": …, "blocks": […] }'
  ),
  v.title('subsection block'),
  v.description('A subsection with a heading of its own ("Det hele menneske" in "Et værdigt liv").')
);

const section = v.pipe(
  s.strictObject(
    {
      kind: v.optional(kindField('section', 'Leave it out, or "section".')),
      heading: s.text('The section\'s heading ("2. Indledning"): one level below the title, and a line in the table of contents. Its id, for links, is made from it ("2-indledning").'),
      blocks: v.pipe(
        v.array(v.variant('kind', [...contentBlocks, option(subsection)], kindMessage([...KINDS, 'section'])), 'must be a list of blocks'),
        v.minLength(1, 'must have at least one block'),
        v.description('What the section holds, in order: each a block with a "kind". Klar elements in it have their headings one level below the section\'s.')
      ),
    },
    'must be an object { "heading": …, "blocks": […] }'
  ),
  v.title('Section'),
  v.description('A section of the policy: a heading and its blocks.')
);

const card = fieldsOfSchema(policyCard);

const foreword = v.pipe(
  s.strictObject(
    {
      heading: v.optional(
        s.text('The foreword\'s heading ("Forord: Borgmesteren har ordet"): then it is the first section. Without one, the foreword stands under the title, before the table of contents.')
      ),
      text: s.paragraphs('The foreword: one paragraph, or a list of paragraphs.'),
      signature: v.optional(
        v.pipe(
          v.array(s.text('One line.'), 'must be a list of lines'),
          v.minLength(1, 'must have at least one line'),
          v.description('The closing and who signs it, one line each: ["Med venlig hilsen", "Borgmester", "Ole Bjørstorp"].')
        )
      ),
      easyRead: s.easyRead('The easy-read version of the foreword, shown instead of its text in easy-read mode.', {
        text: v.optional(s.paragraphs('The foreword in easy-read words.')),
      }),
    },
    'must be an object { "text": … } with an optional "heading" and "signature"'
  ),
  v.description('The foreword, often the mayor\'s ("Borgmesteren har ordet"), with its signature.')
);

const schema = s.element(
  'klar-policy',
  'A whole policy page: title, status, date and consultation, a foreword, and its sections of text, vision, theme circle, boxes, key figures, quotes and timeline, each the Klar element an author would write; with a table of contents.',
  {
    heading: s.text("The policy's title (\"Høringsversion: Ishøjs Medborgerpolitik\"), written at the element's heading-level; the sections are one level below."),
    status: v.optional(card.status),
    date: card.date,
    consultationEnds: card.consultationEnds,
    respondHref: card.respondHref,
    foreword: v.optional(foreword),
    sections: v.pipe(
      v.array(
        v.variant('kind', [option(section), ...SECTION_ELEMENTS.map((kind) => elementBlock(kind, true))], kindMessage(['section', ...SECTION_ELEMENTS])),
        'must be a list of sections'
      ),
      v.minLength(1, 'must have at least one section'),
      v.description(
        `The sections in order, each a line in the table of contents: { "heading", "blocks" }, or a ${SECTION_ELEMENTS.map((kind) => `"${kind}"`).join(', ')} block with its heading standing as a section of its own ("Videre proces").`
      )
    ),
  }
);

/** A message of an element's build, led by the block's JSON path ("sections[2].blocks[0].items[1].href …"). */
const inside = (path: string, found: KlarErrorDetail): KlarErrorDetail => (path ? problem(found.code, `${path}.${found.message}`) : found);

/** Lit's property names as attributes: `consultationEnds` → `consultation-ends`. */
const attributeName = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A Klar element as an author writes it: its tag, heading-level, attributes and children, from its own JSON build. */
function element(tag: string, definition: JsonDefinition, data: Record<string, unknown>, path: string, level: number | undefined, context: BuildContext): HTMLElement {
  const { kind, ...fields } = data;
  const built = definition.build(fields, { level: level ?? context.level, report: (found) => context.report(inside(path, found)) });
  const attributes: Record<string, string | undefined> = { 'heading-level': level === undefined ? undefined : String(level) };
  for (const [name, value] of Object.entries(built.properties ?? {})) attributes[attributeName(name)] = value;
  return h(tag, attributes, ...built.nodes);
}

/** Text with an easy-read version: both are there, and the element shows one (`data-klar-text`). */
function withEasyRead(standard: HTMLElement[], easy: HTMLElement[]): HTMLElement[] {
  if (!easy.length) return standard;
  for (const node of standard) node.dataset.klarText = 'standard';
  for (const node of easy) node.dataset.klarText = 'easy-read';
  return [...standard, ...easy];
}

function listOfItems(items: unknown, ordered: boolean, path: string, context: BuildContext): HTMLElement {
  return h(ordered ? 'ol' : 'ul', {}, ...listOf(items).map((item, index) => h('li', {}, inline(item, at(path, index), context))));
}

/** One block of a section whose heading is at `level`: Klar elements in it one level below. */
function block(value: unknown, path: string, level: number, context: BuildContext): Node[] {
  const data = fieldsOf(value);
  const easy = fieldsOf(data.easyRead);
  const below = Math.min(level + 1, 6);
  switch (data.kind) {
    case 'text':
      return withEasyRead(paragraphs(data.text), paragraphs(easy.text));
    case 'list': {
      const ordered = data.ordered === true;
      const standard = listOfItems(data.items, ordered, at(path, 'items'), context);
      const easyList = easy.items === undefined ? [] : [listOfItems(easy.items, ordered, at(path, 'easyRead.items'), context)];
      return [...(data.heading === undefined ? [] : [heading(below, data.heading, { class: 'klar-list-heading' })]), ...withEasyRead([standard], easyList)];
    }
    case 'facts':
      return [
        h(
          'ul',
          { class: 'klar-facts' },
          ...listOf(data.items).map((item, index) =>
            h('li', {}, element('klar-fact', fact, fieldsOf(item), at(at(path, 'items'), index), undefined, context))
          )
        ),
      ];
    case 'section':
      return [heading(below, data.heading, { class: 'klar-subsection' }), ...listOf(data.blocks).flatMap((each, index) => block(each, at(at(path, 'blocks'), index), below, context))];
    default: {
      if (!isElementKind(data.kind)) return [];
      const { tag, definition, headed } = ELEMENTS[data.kind];
      // A circle without a heading writes none: its themes' titles come one below the section's.
      const own = data.kind === 'theme-circle' && data.heading === undefined ? level : below;
      return [element(tag, definition, data, path, headed ? own : undefined, context)];
    }
  }
}

/** A section: its heading one level below the title, its blocks; or a Klar element standing as one. */
function sectionNodes(value: unknown, path: string, level: number, context: BuildContext): Node[] {
  const data = fieldsOf(value);
  if (isElementKind(data.kind)) {
    const { tag, definition } = ELEMENTS[data.kind];
    return [element(tag, definition, data, path, level, context)];
  }
  return [
    heading(level, data.heading, { class: 'klar-section' }),
    ...listOf(data.blocks).flatMap((each, index) => block(each, at(at(path, 'blocks'), index), level, context)),
  ];
}

function forewordNodes(value: unknown, level: number): Node[] {
  if (value === undefined) return [];
  const data = fieldsOf(value);
  const easy = fieldsOf(data.easyRead);
  const lines = listOf(data.signature).map(textOf);
  const signature = lines.length ? [h('p', { class: 'klar-signature' }, ...lines.flatMap((line, index) => (index ? [h('br'), line] : [line])))] : [];
  const text = [...withEasyRead(paragraphs(data.text), paragraphs(easy.text)), ...signature];
  // Without a heading it stands under the title, before the table of contents.
  if (data.heading === undefined) {
    for (const node of text) node.slot = 'header';
    return text;
  }
  return [heading(level, data.heading, { class: 'klar-section' }), ...text];
}

/**
 * `<klar-policy-card slot="header">` with the title, status, date and consultation; the foreword;
 * then each section's heading and blocks, one after another as an author writes a page.
 */
export default defineJson(schema, (data, context) => {
  const level = context.level;
  const below = Math.min(level + 1, 6);
  const header = element(
    'klar-policy-card',
    policyCard,
    { heading: data.heading, status: data.status, date: data.date, consultationEnds: data.consultationEnds, respondHref: data.respondHref },
    '',
    level,
    context
  );
  header.slot = 'header';
  return {
    nodes: [
      header,
      ...forewordNodes(data.foreword, below),
      ...listOf(data.sections).flatMap((each, index) => sectionNodes(each, at('sections', index), below, context)),
    ],
  };
},
// Each block's schema once in the shipped JSON Schema: sections and subsections refer to them.
Object.fromEntries(contentBlocks.map((block, index) => [`block-${['text', 'list', 'facts', ...Object.keys(ELEMENTS)][index]}`, block as v.GenericSchema]))
);
