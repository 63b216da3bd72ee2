// Starts a new element: `npm run new-element -- klar-x`. Writes its folder (class, styles,
// define.ts, JSON definition, docs example), its story and its test, each working and
// tested from the first run; the bundle, JSON mode, schemas, docs, editor configs and CMS
// allow-lists pick the folder up by themselves. What is left to do is printed, and `npm test`
// names anything still missing (translations, demo, the pre-definition CSS).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const tag = process.argv[2];
if (!tag || !/^klar-[a-z]+(-[a-z]+)*$/.test(tag)) {
  console.error('Usage: npm run new-element -- klar-<name>   ("klar-" and lowercase words joined by "-")');
  process.exit(2);
}
const folder = `src/elements/${tag}`;
if (existsSync(folder)) {
  console.error(`${folder} already exists.`);
  process.exit(2);
}
const words = tag.slice('klar-'.length).split('-');
const Class = `Klar${words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')}`;
const camel = words.map((word, index) => (index ? word[0].toUpperCase() + word.slice(1) : word)).join('');
const key = words.join('-');

const files = {
  [`${folder}/${tag}.ts`]: `import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { msg } from '../../core/localize.js';
import { ${camel}Styles } from './${tag}.styles.js';

const headings = {
  standard: () => msg('Overskrift', { id: '${key}.heading', desc: 'Default heading of ${tag}: say what it means and where it is shown' }),
  easy: () => msg('Overskrift', { id: '${key}.heading-easy', desc: 'Easy-read default heading of ${tag}: plainer words' }),
};

/**
 * One sentence on what the element shows, and for whom.
 *
 * @tag ${tag}
 * @summary One line for the element tables of the docs and editors.
 *
 * @slot - The content, as the author writes it. Stays in the page, readable without JavaScript.
 * @slot heading - Optional own heading (any \`h2\`–\`h6\`), replacing the translated default heading.
 * @slot easy-read - Optional easy-read version of the content, shown instead of it in easy-read mode.
 *
 * @csspart box - The frame around heading and content.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart content - The area holding the content.
 */
export class ${Class} extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, ${camel}Styles];

  protected override validate(): KlarErrorDetail[] {
    return this.ownText ? [] : [problem('empty-content', 'has no content. Write the text inside the tag.')];
  }

  protected override render(): TemplateResult {
    return html\`
      <section part="box" class=\${classes('frame', this.isEasyRead && 'easy-read')} dir=\${this.page.direction ?? nothing}>
        <slot name="heading">\${this.renderHeading(this.isEasyRead ? headings.easy() : headings.standard())}</slot>
        <div part="content" class="content">\${this.renderProblem()}<slot name=\${this.mainSlot()}></slot></div>
      </section>
    \`;
  }
}
`,
  [`${folder}/${tag}.styles.ts`]: `import { css } from 'lit';

// Logical properties only (RTL by construction); colours from the --klar-* tokens (AAA by default).
export const ${camel}Styles = css\`
  .content {
    margin-block-start: calc(var(--_klar-space) * 0.5);
  }
\`;
`,
  [`${folder}/define.ts`]: `import { defineElement } from '../../core/define.js';
import { ${Class} } from './${tag}.js';

export { ${Class} };

defineElement('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
  [`${folder}/${tag}.json.ts`]: `import * as v from 'valibot';
import { defineJson, fieldsOf, h, heading, paragraphs, present } from '../../core/json/build.js';
import * as s from '../../core/json/schema-parts.js';

const schema = s.element('${tag}', 'What the element shows, for the docs and the JSON Schema.', {
  heading: v.optional(s.text("Your own heading, in place of the translated default one; written at the element's heading-level.")),
  text: s.paragraphs('The content: one paragraph, or a list of them.'),
  easyRead: s.easyRead('The easy-read version, shown instead of the content in easy-read mode.', {
    text: v.optional(s.paragraphs('The content in easy-read words: one idea a sentence, common words.')),
  }),
});

export default defineJson(schema, (data, context) => {
  const easy = fieldsOf(data.easyRead);
  return {
    nodes: present(
      data.heading !== undefined && heading(context.level, data.heading, { slot: 'heading' }),
      ...paragraphs(data.text),
      easy.text !== undefined && h('div', { slot: 'easy-read' }, ...paragraphs(easy.text))
    ),
  };
});
`,
  [`${folder}/example.html`]: `<${tag}>
  <p>Real text from the seeds (../shared/seeds/), never lorem ipsum.</p>
</${tag}>
`,
  [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/${tag}/define.js';

// title and tags stay literal here: Storybook reads them without running the file.
const meta: Meta = { title: 'Elementer/${tag}', tags: ['autodocs'] };
export default meta;

type Story = StoryObj;

/** Seed content (stories/content/), with its easy-read version: tests/easy-read.test.ts checks its LIX. */
export const Seed: Story = {
  name: 'Fra politikken',
  render: () => html\`<${tag}>
    <p>Replace with seed text.</p>
    <p slot="easy-read">Replace with easy-read text.</p>
  </${tag}>\`,
};

export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  render: () => html\`<${tag}><p>Replace with seed text.</p></${tag}>\`,
};

/** Wrong markup: nothing inside the tag. */
export const Empty: Story = { name: 'Fejl: tom', render: () => html\`<${tag}></${tag}>\` };
`,
  [`tests/${tag}.test.ts`]: `import { expect } from 'chai';
import { html } from 'lit';
import '../src/elements/${tag}/define.js';
import { withKlarErrors } from './helpers/console.js';
import { fixture } from './helpers/fixtures.js';

describe('${tag}', () => {
  it('shows the author\\'s content under its default heading', async () => {
    const container = await fixture(html\`<${tag}><p>Tekst</p></${tag}>\`);
    const element = container.querySelector('${tag}')!;
    expect(element.shadowRoot!.querySelector('h2')).to.exist;
    expect(element.querySelector('p')!.checkVisibility()).to.equal(true);
  });

  it('reports empty content once, and shows a message', async () => {
    await withKlarErrors(async (errors, console) => {
      await fixture(html\`<${tag}></${tag}>\`);
      expect(errors.map((error) => error.code)).to.deep.equal(['empty-content']);
      expect(console.errors).to.have.length(1);
    });
  });
});
`,
};

mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
console.log(`Wrote:\n${Object.keys(files).map((file) => `  ${file}`).join('\n')}

Next (CONTRIBUTING.md has the whole list):
  1. Write the element: its words in Danish (msg ids '${key}.…'), its JSDoc (@slot, @csspart, @cssprop, @fires).
  2. Seed content in the story and the example; an easy-read version (LIX 25 or less).
  3. npm run localize, then translate the new strings in locales/*.xlf (all 11 languages).
  4. npm test: it names what is still missing (translations, demo page, pre-definition CSS, docs).`);
