import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-policy/define.js';
import { consultation, policies } from './content/policies.js';
import { medborgerpolitikArabicData, medborgerpolitikData, policyFiles } from './content/policy-documents.js';
import { visions } from './content/vision.js';

interface Args {
  /** The JSON file (`src`), one of the seed documents in demo/json/politikker/. */
  src?: string;
  /** The content as an object (`data`), instead of a file. */
  data?: unknown;
  headingLevel?: number;
  easyRead: boolean;
}

/** A policy page as a kommune's site shows one: in its main column, under the site's own h1. */
const renderPolicy = ({ src, data, headingLevel, easyRead }: Args) => html`<div class="story-section">
  <klar-policy src=${src ?? nothing} .data=${data} heading-level=${headingLevel ?? nothing} ?easy-read=${easyRead}></klar-policy>
</div>`;

const meta: Meta<Args> = {
  title: 'Elementer/klar-policy',
  component: 'klar-policy',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    src: { control: 'select', options: Object.values(policyFiles), description: '`src`: a JSON file of schema/klar-policy.json.' },
    data: { control: 'object', description: '`data`: the same content as an object.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level`: the title\'s level; the sections one below.' },
    easyRead: { control: 'boolean' },
  },
  render: renderPolicy,
};
export default meta;

type Story = StoryObj<Args>;

/** The høringsversion in full, from its JSON file: the consultation line at the top, the table of contents, the circle. */
export const Medborgerpolitik: Story = {
  name: 'Medborgerpolitik (høringsversion)',
  args: { src: policyFiles.medborgerpolitik },
};

/** The adopted Velfærdspolitik: the mayor's foreword with its signature, the vision and its three pejlemærker. */
export const Velfaerdspolitik: Story = {
  name: 'Velfærdspolitik (vedtaget)',
  args: { src: policyFiles.velfaerdspolitik },
};

/** The Socialstrategi: four areas with subsections, what citizens asked for and a success box each. */
export const Socialstrategi: Story = {
  name: 'Socialstrategi',
  args: { src: policyFiles.socialstrategi },
};

/** The draft of 27 November 2017: a foreword without a heading, under the title; the five themes as a circle. */
export const Raaudkast: Story = {
  name: 'Råudkast til ny Velfærdspolitik (udkast)',
  args: { src: policyFiles.raaudkast },
};

/** The Idéoplæg: three strategies of four tracks, key figures, quotes, and the process as a section of its own. */
export const Ideoplaeg: Story = {
  name: 'Idéoplæg til sundheds-, social- og ældrestrategi',
  args: { src: policyFiles.ideoplaeg },
};

/** The content as an object (`data`), as a CMS template or an app gives it; its consultation ends four weeks from today. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data): høringen er åben',
  args: { data: medborgerpolitikData() },
};

/** After the deadline: "Høringen sluttede 15. januar 2026", and no link. */
export const ConsultationEnded: Story = {
  name: 'Høringen er slut',
  args: { data: medborgerpolitikData(consultation.ended) },
};

/** Easy-read: the easy-read versions of the text, the vision, the boxes and the circle, in larger type. */
export const EasyRead: Story = {
  name: 'Let læst',
  args: { src: policyFiles.medborgerpolitik, easyRead: true },
};

/** An Arabic page with the policy in Arabic (our translation): the table of contents, the circle and the card mirrored. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { data: medborgerpolitikArabicData },
};

/** The second section's box has "item" for "items": shown as far as it goes, with a message; the console names sections[1].blocks[0].items. */
export const DoesNotFit: Story = {
  name: 'Fejl: passer ikke til skemaet',
  args: {
    data: {
      heading: policies.medborgerpolitik.title,
      status: 'consultation',
      sections: [
        { heading: '3. Vision', blocks: [{ kind: 'vision', text: visions.medborgerpolitik.text }] },
        { heading: 'Mangfoldighed er Ishøjs styrke, når:', blocks: [{ kind: 'success-criteria', item: ['Alle hører til og bidrager til fællesskabet'] }] },
      ],
    },
  },
};

/** `javascript:` links are refused: the answer link and a link in a list show as text, with a message. */
export const UnsafeLink: Story = {
  name: 'Fejl: farligt link',
  args: {
    data: {
      ...medborgerpolitikData(),
      respondHref: 'javascript:alert(document.cookie)',
      sections: [
        {
          heading: '2. Indledning',
          blocks: [
            {
              kind: 'list',
              items: [
                { text: 'Medborgerpolitikken', href: 'javascript:alert(1)' },
                { text: 'Velfærdspolitikken', href: '/politikker/velfaerdspolitik' },
              ],
            },
          ],
        },
      ],
    },
  },
};

/** klar-policy takes JSON only: markup written in the tag stays visible, with a message, and the console says to use src. */
export const MarkupOnly: Story = {
  name: 'Fejl: indhold skrevet i tagget',
  render: () => html`<div class="story-section">
    <klar-policy>
      <h2>${policies.medborgerpolitik.title}</h2>
      <p>${policies.medborgerpolitik.description}</p>
    </klar-policy>
  </div>`,
};
