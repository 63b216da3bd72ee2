import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-vision/define.js';
import { easyVisions, velfaerdspolitikArabic, visions, type EasyVision, type Vision } from './content/vision.js';

interface Args {
  /** A section heading (`h2`) before the vision, as on a policy page. */
  area?: string;
  vision: Vision;
  /** The easy-read version, in slot `easy-read`. */
  easy?: EasyVision;
  /** An authored `h3` in slot `heading`. */
  heading?: string;
  headingLevel?: number;
  easyRead: boolean;
}

const items = (texts: string[]) => texts.map((text) => html`<li>${text}</li>`);

/** The vision as a web team writes it in a CMS. */
const renderVision = ({ area, vision, easy, heading, headingLevel, easyRead }: Args) => html`
  ${area ? html`<h2>${area}</h2>` : nothing}
  <klar-vision heading-level=${headingLevel ?? nothing} ?easy-read=${easyRead}>
    ${heading ? html`<h3 slot="heading">${heading}</h3>` : nothing}
    ${vision.list ? html`<ul>${items(vision.text)}</ul>` : vision.text.map((text) => html`<p>${text}</p>`)}
    ${vision.marks ? html`<ul slot="marks">${items(vision.marks)}</ul>` : nothing}
    ${easy?.text.map((text) => html`<p slot="easy-read">${text}</p>`)}
    ${easy?.marks ? html`<ul slot="easy-read">${items(easy.marks)}</ul>` : nothing}
  </klar-vision>
`;

const meta: Meta<Args> = {
  title: 'Elementer/klar-vision',
  component: 'klar-vision',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    area: { control: 'text', description: 'Section heading (`h2`) before the vision, as on a policy page.' },
    vision: { control: 'object', description: 'The vision (`text`: paragraphs, or a list with `list: true`) and its marks (slot `marks`).' },
    easy: { control: 'object', description: 'The easy-read version, each paragraph and the list in slot `easy-read`; its list replaces the marks.' },
    heading: { control: 'text', description: 'Authored `h3` in slot `heading`.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level`' },
    easyRead: { control: 'boolean', description: '`easy-read`' },
  },
  render: renderVision,
};
export default meta;

type Story = StoryObj<Args>;
const story = (name: string, key: keyof typeof visions): Story => ({
  name,
  args: { vision: visions[key], easy: easyVisions[key] },
});

/** The Velfærdspolitik's vision with its three pejlemærker. */
export const Velfaerdspolitik = story('Velfærdspolitik med pejlemærker', 'velfaerdspolitik');

/** The Medborgerpolitik's vision: two sentences, no marks. */
export const Medborgerpolitik = story('Medborgerpolitik', 'medborgerpolitik');

/** The Råudkast's vision: two statements, as the bullets of the draft. */
export const Raaudkast = story('Råudkast til ny Velfærdspolitik', 'raaudkast');

/** On a policy page, under the author's own `h3` (the marks heading follows at level 4). */
export const OwnHeading: Story = {
  name: 'Med egen overskrift',
  args: {
    area: 'Velfærdspolitik',
    heading: 'Velfærdspolitikkens vision',
    vision: visions.velfaerdspolitik,
    easy: easyVisions.velfaerdspolitik,
  },
};

/** An Arabic page: the Velfærdspolitik in Arabic, frame and stripe mirrored. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { vision: velfaerdspolitikArabic },
};

/** Easy-read: larger type, the plainer heading and the easy-read version with its own list. */
export const EasyRead: Story = {
  name: 'Let læst',
  args: { vision: visions.velfaerdspolitik, easy: easyVisions.velfaerdspolitik, easyRead: true },
};

/** Easy-read with only easy-read text: the marks stay, under the plainer marks heading. */
export const EasyReadTextOnly: Story = {
  name: 'Let læst uden egne pejlemærker',
  args: {
    vision: visions.velfaerdspolitik,
    easy: { text: easyVisions.velfaerdspolitik.text.slice(0, 2) },
    easyRead: true,
  },
};

/** Wrong markup: marks but no vision text. */
export const NoText: Story = {
  name: 'Fejl: ingen tekst',
  render: () => html`<klar-vision><ul slot="marks">${items(visions.velfaerdspolitik.marks)}</ul></klar-vision>`,
};

/** Wrong markup: the marks as paragraphs, not a list. They are shown, under a message. */
export const MarksNotAList: Story = {
  name: 'Fejl: pejlemærker er ikke en liste',
  render: () => html`<klar-vision>
    <p>${visions.velfaerdspolitik.text[0]}</p>
    <p slot="marks">${visions.velfaerdspolitik.marks[0]}</p>
  </klar-vision>`,
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: ({ vision, easy, headingLevel, easyRead }) =>
    html`<klar-vision
      heading-level=${headingLevel ?? nothing}
      ?easy-read=${easyRead}
      .data=${{ text: vision.text, marks: vision.marks, easyRead: easy }}
    ></klar-vision>`,
  args: { vision: visions.velfaerdspolitik, easy: easyVisions.velfaerdspolitik },
};

/** The content as a JSON file (`src="demo/json/vision-velfaerdspolitik.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<klar-vision src="demo/json/vision-velfaerdspolitik.json" ?easy-read=${easyRead}></klar-vision>`,
};
