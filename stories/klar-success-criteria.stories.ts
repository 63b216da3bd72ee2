import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/klar-success-criteria/define.js';
import { investeringIForebyggelseArabic, socialstrategiAmbition, successBoxes } from './content/socialstrategi.js';
import { easySuccessBoxes } from './content/easy-read.js';
import { boxMeta, renderBoxFromData, renderBoxFromFile, renderBoxWithoutList, renderEmptyBox, type BoxArgs } from './support/box-story.js';

const TAG = 'klar-success-criteria';

// title and tags stay literal here: Storybook reads them without running the file.
const meta: Meta<BoxArgs> = { title: 'Elementer/klar-success-criteria', tags: ['autodocs'], ...boxMeta(TAG) };
export default meta;

type Story = StoryObj<BoxArgs>;

/** A box's items and their easy-read version, from the seed. */
const content = (key: keyof typeof successBoxes) => ({ items: successBoxes[key].items, easyItems: easySuccessBoxes[key] });

export const EtVaerdigtLiv: Story = {
  name: 'Et værdigt liv',
  args: content('etVaerdigtLiv'),
};

export const InvesteringIForebyggelse: Story = {
  name: 'Investering i forebyggelse',
  args: content('investeringIForebyggelse'),
};

export const StaerkeFaellesskaber: Story = {
  name: 'Stærke og blivende fællesskaber',
  args: content('staerkeFaellesskaber'),
};

export const SammenhaengPaaTvaers: Story = {
  name: 'Sammenhæng på tværs',
  args: content('sammenhaengPaaTvaers'),
};

/** The strategy's own wording as an authored `h3` under the area's `h2`: it replaces the default heading. */
export const AuthoredHeading: Story = {
  name: 'Egen overskrift (h3)',
  args: {
    area: successBoxes.etVaerdigtLiv.area,
    heading: successBoxes.etVaerdigtLiv.heading,
    ...content('etVaerdigtLiv'),
  },
};

/** Inside a section with an `h2`, the default heading is made an `h3` with `heading-level="3"`. */
export const HeadingLevel3: Story = {
  name: 'Standardoverskrift som h3',
  args: {
    area: successBoxes.staerkeFaellesskaber.area,
    headingLevel: 3,
    ...content('staerkeFaellesskaber'),
  },
};

/**
 * An Arabic page without `dir`, with the criteria translated by the kommune: the box sets
 * right-to-left itself and its heading is Arabic.
 */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { items: investeringIForebyggelseArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...content('investeringIForebyggelse'), easyRead: true },
};

/** Wrong markup: a paragraph instead of a list. The text still shows, under a short message. */
export const WithoutList: Story = {
  name: 'Fejl: ingen liste',
  render: renderBoxWithoutList(TAG, socialstrategiAmbition),
};

/** Wrong markup: nothing inside the tag. */
export const Empty: Story = {
  name: 'Fejl: tom',
  render: renderEmptyBox(TAG),
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: renderBoxFromData(TAG),
  args: { area: successBoxes.etVaerdigtLiv.area, heading: successBoxes.etVaerdigtLiv.heading, headingLevel: 3, ...content('etVaerdigtLiv') },
};

/** The content as a JSON file (`src="demo/json/et-vaerdigt-liv.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: renderBoxFromFile(TAG, 'et-vaerdigt-liv.json'),
};
