import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/klar-citizen-wishes/define.js';
import { citizenWishes, citizenWishesArabic, socialstrategiAmbition } from './content/socialstrategi.js';
import { easyCitizenWishes } from './content/easy-read.js';
import { boxMeta, renderBoxFromData, renderBoxFromFile, renderBoxWithoutList, type BoxArgs } from './support/box-story.js';

const TAG = 'klar-citizen-wishes';

// title and tags stay literal here: Storybook reads them without running the file.
const meta: Meta<BoxArgs> = { title: 'Elementer/klar-citizen-wishes', tags: ['autodocs'], ...boxMeta(TAG) };
export default meta;

type Story = StoryObj<BoxArgs>;

/** A box's items and their easy-read version, from the seed. */
const content = (key: keyof typeof citizenWishes) => ({ items: citizenWishes[key].items, easyItems: easyCitizenWishes[key] });
/** The box under its area's heading, as in the strategy. */
const underArea = (key: keyof typeof citizenWishes): BoxArgs => ({ area: citizenWishes[key].area, headingLevel: 3, easyRead: false, ...content(key) });

/** The Socialstrategi's four "ADSPURGT ØNSKER BORGERNE:" boxes, each under its area. */
export const EtVaerdigtLiv: Story = {
  name: 'Et værdigt liv',
  args: underArea('etVaerdigtLiv'),
};

export const InvesteringIForebyggelse: Story = {
  name: 'Investering i forebyggelse',
  args: underArea('investeringIForebyggelse'),
};

export const StaerkeFaellesskaber: Story = {
  name: 'Stærke og blivende fællesskaber',
  args: underArea('staerkeFaellesskaber'),
};

export const SammenhaengPaaTvaers: Story = {
  name: 'Sammenhæng på tværs',
  args: underArea('sammenhaengPaaTvaers'),
};

/** With slot `source`: where the wishes come from. */
export const WithSource: Story = {
  name: 'Med kilde',
  args: {
    ...content('investeringIForebyggelse'),
    source: 'Ishøj Kommune, Socialstrategi',
  },
};

/** An Arabic page, with the wishes translated by the kommune. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { items: citizenWishesArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...content('staerkeFaellesskaber'), easyRead: true },
};

/** Wrong markup: a paragraph instead of a list. */
export const WithoutList: Story = {
  name: 'Fejl: ingen liste',
  render: renderBoxWithoutList(TAG, socialstrategiAmbition),
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = { name: 'Indhold fra JSON (data)', render: renderBoxFromData(TAG), args: underArea('staerkeFaellesskaber') };

/** The content as a JSON file (`src="demo/json/borgernes-oensker.json"`), for CMSes without HTML editing. */
export const FromFile: Story = { name: 'Indhold fra JSON-fil (src)', render: renderBoxFromFile(TAG, 'borgernes-oensker.json') };
