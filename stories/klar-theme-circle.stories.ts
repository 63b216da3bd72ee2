import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-theme-circle/define.js';
import { medborgerskab, otteSpor, sundhedsstrategi, velfaerd, type Circle } from './content/circles.js';
import { easyCircles } from './content/easy-read.js';
import {
  medborgerskabArabic,
  medborgerskabPolish,
  medborgerskabUkrainian,
  velfaerdUrdu,
} from './content/circles-translated.js';

interface Args {
  circle: Circle;
  /** Easy-read title and points per theme, in each theme's slot `easy-read`. */
  easy?: { heading: string; items: string[] }[];
  selected?: string;
  easyRead: boolean;
  /** `lang` and `dir` of the content, where it differs from the page (Danish themes on an Arabic page). */
  contentLang?: string;
}

/** The same circle as the JSON a CMS would give (`data`). */
const circleData = ({ circle, easy }: Args) => ({
  heading: circle.heading,
  center: circle.center,
  themes: circle.themes.map((theme, index) => ({ ...theme, easyRead: easy?.[index] })),
});

const meta: Meta<Args> = {
  title: 'Elementer/klar-theme-circle',
  component: 'klar-theme-circle',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    selected: { control: 'text' },
    easyRead: { control: 'boolean' },
    circle: { control: 'object', description: 'Heading, centre text and themes (label, heading, items).' },
    easy: { control: 'object', description: 'Easy-read title and points per theme (slot `easy-read` of each theme).' },
    contentLang: { control: 'text', description: '`lang` on the themes when their language differs from the page.' },
  },
  render: ({ circle, easy, selected, easyRead, contentLang }) => html`
    <klar-theme-circle selected=${selected ?? nothing} ?easy-read=${easyRead}>
      <h2 slot="heading">${circle.heading}</h2>
      <span slot="center">${circle.center}</span>
      ${circle.themes.map(
        (theme, index) => html`<klar-theme label=${theme.label} lang=${contentLang ?? nothing} dir=${contentLang ? 'ltr' : nothing}>
          <h3 slot="heading">${theme.heading}</h3>
          <ul>
            ${theme.items.map((item) => html`<li>${item}</li>`)}
          </ul>
          ${easy?.[index]
            ? html`<div slot="easy-read">
                <h3>${easy[index].heading}</h3>
                <ul>
                  ${easy[index].items.map((item) => html`<li>${item}</li>`)}
                </ul>
              </div>`
            : nothing}
        </klar-theme>`
      )}
    </klar-theme-circle>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Medborgerpolitikken's circle: ansvar, fællesskaber, åbenhed and relationer around "Medborgerskab". */
export const Medborgerskab: Story = { name: 'Medborgerskab (4 temaer)', args: { circle: medborgerskab, easy: easyCircles.medborgerskab } };

export const MedborgerskabArabic: Story = {
  name: 'Medborgerskab på arabisk (højre mod venstre)',
  globals: { locale: 'ar' },
  args: { circle: medborgerskabArabic },
};

export const MedborgerskabPolish: Story = {
  name: 'Medborgerskab på polsk',
  globals: { locale: 'pl' },
  args: { circle: medborgerskabPolish },
};

export const MedborgerskabUkrainian: Story = {
  name: 'Medborgerskab på ukrainsk',
  globals: { locale: 'uk' },
  args: { circle: medborgerskabUkrainian },
};

export const MedborgerskabEasyRead: Story = {
  name: 'Medborgerskab, let læst',
  args: { circle: medborgerskab, easy: easyCircles.medborgerskab, easyRead: true },
};

/** The Velfærdspolitik's five themes, the third chosen by its label. */
export const Velfaerd: Story = { name: 'Velfærd (5 temaer)', args: { circle: velfaerd, easy: easyCircles.velfaerd, selected: 'Ressourcer' } };

export const VelfaerdUrdu: Story = {
  name: 'Velfærd på urdu (højre mod venstre)',
  globals: { locale: 'ur' },
  args: { circle: velfaerdUrdu },
};

export const VelfaerdEasyRead: Story = { name: 'Velfærd, let læst', args: { circle: velfaerd, easy: easyCircles.velfaerd, easyRead: true } };

/** The Sundhedsstrategi's four spor of the Idéoplæg. */
export const Sundhedsstrategi: Story = { name: 'Sundhedsstrategi (4 spor)', args: { circle: sundhedsstrategi, easy: easyCircles.sundhedsstrategi } };

/** An Arabic page with the Danish spor: the ring runs right to left, the themes stay Danish. */
export const SundhedsstrategiRightToLeft: Story = {
  name: 'Sundhedsstrategi på arabisk side (højre mod venstre)',
  globals: { locale: 'ar' },
  args: { circle: sundhedsstrategi, contentLang: 'da' },
};

export const SundhedsstrategiEasyRead: Story = {
  name: 'Sundhedsstrategi, let læst',
  args: { circle: sundhedsstrategi, easy: easyCircles.sundhedsstrategi, easyRead: true },
};

/** The most a circle holds: eight themes with long labels. */
export const EightThemes: Story = { name: 'Otte temaer (stresstest)', args: { circle: otteSpor, easy: easyCircles.otteSpor, selected: '7' } };

/** Wrong markup: one theme. Shown as a list, with a short message. */
export const TooFewThemes: Story = {
  name: 'Fejl: kun ét tema',
  args: { circle: { ...medborgerskab, themes: medborgerskab.themes.slice(0, 1) } },
};

/** Wrong markup: nine themes. */
export const TooManyThemes: Story = {
  name: 'Fejl: ni temaer',
  args: { circle: { ...otteSpor, themes: [...otteSpor.themes, medborgerskab.themes[0]] } },
};

/** Wrong markup: a theme without `label`. */
export const MissingLabel: Story = {
  name: 'Fejl: tema uden label',
  args: {
    circle: { ...medborgerskab, themes: medborgerskab.themes.map((theme, index) => (index === 2 ? { ...theme, label: '' } : theme)) },
  },
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: (args) => html`<klar-theme-circle selected=${args.selected ?? nothing} ?easy-read=${args.easyRead} .data=${circleData(args)}></klar-theme-circle>`,
  args: { circle: velfaerd, easy: easyCircles.velfaerd },
};

/** The content as a JSON file (`src="demo/json/medborgerskab.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<klar-theme-circle src="demo/json/medborgerskab.json" ?easy-read=${easyRead}></klar-theme-circle>`,
};
