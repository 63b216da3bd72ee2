import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-timeline/define.js';
import { easyVidereProces, ideoplaegTitle, videreProces, videreProcesArabic, type TimelineStep } from './content/timeline.js';

interface Args {
  steps: TimelineStep[];
  /** The easy-read steps, in `<ol slot="easy-read">`. */
  easySteps?: TimelineStep[];
  /** `current`: the step happening now, from 1. Text, as the attribute is. */
  current?: string;
  /** An authored `h2` in slot `heading`. */
  heading?: string;
  /** Text in slot `source`. */
  source?: string;
  headingLevel?: number;
  easyRead: boolean;
}

/** A step as a web team writes it: the date as written, in `<time datetime>` where it is exact. */
const step = ({ when, datetime, text }: TimelineStep) =>
  html`<li>${datetime ? html`<time datetime=${datetime}>${when}</time>` : when} – ${text}</li>`;

const renderTimeline = ({ steps, easySteps, current, heading, source, headingLevel, easyRead }: Args) => html`
  <div class="story-section">
    <klar-timeline current=${current ?? nothing} heading-level=${headingLevel ?? nothing} ?easy-read=${easyRead}>
      ${heading ? html`<h2 slot="heading">${heading}</h2>` : nothing}
      <ol>
        ${steps.map(step)}
      </ol>
      ${easySteps ? html`<ol slot="easy-read">${easySteps.map(step)}</ol>` : nothing}
      ${source ? html`<span slot="source">${source}</span>` : nothing}
    </klar-timeline>
  </div>
`;

/** The same content as the JSON a CMS would give (`data`). */
const timelineData = ({ steps, easySteps, current, heading, source }: Args) => ({
  heading,
  current: current === undefined ? undefined : Number(current),
  steps,
  source,
  easyRead: easySteps ? { steps: easySteps } : undefined,
});

const meta: Meta<Args> = {
  title: 'Elementer/klar-timeline',
  component: 'klar-timeline',
  tags: ['autodocs'],
  args: { steps: videreProces, easySteps: easyVidereProces, easyRead: false },
  argTypes: {
    // Attributes: the manifest's rows (and descriptions), with these controls.
    current: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level`' },
    easyRead: { control: 'boolean' },
    // The example's content, written into the element's slots.
    steps: { control: 'object', description: 'The steps, written as `<li>` in an `<ol>`: `when` in `<time datetime>` where `datetime` is given, then " – " and `text`.' },
    easySteps: { control: 'object', description: 'Easy-read steps, in an `<ol slot="easy-read">`.' },
    heading: { control: 'text', description: 'Authored `h2` in slot `heading`.' },
    source: { control: 'text', description: 'Text in slot `source`.' },
  },
  render: renderTimeline,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The Idéoplæg's process, December 2023 to April 2024, without `current`: the current step is
 * the last one dated on or before today, "April og frem" (`datetime="2024-04"`).
 */
export const VidereProces: Story = {
  name: 'Idéoplæg: videre proces (efter datoerne)',
  args: { source: ideoplaegTitle },
};

/** `current="4"`: the web team says the hearing on the staff meetings is happening now. */
export const Current: Story = {
  name: 'Idéoplæg: nu er det høringen (current)',
  args: { current: '4' },
};

/** The author's own heading in slot `heading`, in place of "Videre proces". */
export const OwnHeading: Story = {
  name: 'Idéoplæg: med egen overskrift',
  args: { heading: `${ideoplaegTitle}: videre proces`, current: '7' },
};

/** An Arabic page, with the steps translated by the kommune: the line and marks on the right. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { steps: videreProcesArabic, easySteps: undefined, current: '4' },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { current: '4', easyRead: true },
};

/** Wrong markup: nothing inside the tag. */
export const Empty: Story = {
  name: 'Fejl: tom',
  render: () => html`<klar-timeline></klar-timeline>`,
};

/** Wrong markup: the steps as paragraphs, not an ordered list. They are shown as they are. */
export const NoList: Story = {
  name: 'Fejl: ingen nummereret liste',
  render: () => html`<klar-timeline>${videreProces.slice(0, 3).map(({ when, text }) => html`<p>${when} – ${text}</p>`)}</klar-timeline>`,
};

/** Wrong markup: `current="12"` in a process of nine steps; the steps go by their dates. */
export const CurrentNotAStep: Story = {
  name: 'Fejl: current er ikke et trin',
  args: { current: '12', easySteps: undefined },
};

/** Wrong markup: 30 February does not exist; that step counts as undated. */
export const DateNotReal: Story = {
  name: 'Fejl: datoen findes ikke',
  args: {
    steps: videreProces.map((each, index) => (index === 5 ? { ...each, datetime: '2024-02-30' } : each)),
    easySteps: undefined,
  },
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: (args) => html`<div class="story-section">
    <klar-timeline heading-level=${args.headingLevel ?? nothing} ?easy-read=${args.easyRead} .data=${timelineData(args)}></klar-timeline>
  </div>`,
  args: { current: '4', source: ideoplaegTitle },
};

/** The content as a JSON file (`src="demo/json/ideoplaeg-videre-proces.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<div class="story-section">
    <klar-timeline src="demo/json/ideoplaeg-videre-proces.json" ?easy-read=${easyRead}></klar-timeline>
  </div>`,
};
