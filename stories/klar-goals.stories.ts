import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/klar-goals/define.js';
import { goalsArabic, spor } from './content/ideoplaeg.js';
import { easyGoals } from './content/easy-read.js';
import { boxMeta, renderBoxFromData, renderBoxFromFile, renderEmptyBox, type BoxArgs } from './support/box-story.js';

const TAG = 'klar-goals';

// title and tags stay literal here: Storybook reads them without running the file.
const meta: Meta<BoxArgs> = { title: 'Elementer/klar-goals', tags: ['autodocs'], ...boxMeta(TAG) };
export default meta;

type Story = StoryObj<BoxArgs>;

/** A spor's goals and their easy-read version, from the seed. */
const content = (key: keyof typeof spor) => ({ items: spor[key].goals, easyItems: easyGoals[key] });
/** The goals under their strategy and spor, as in the Idéoplæg. */
const underSpor = (key: keyof typeof spor): BoxArgs => ({ area: `${spor[key].strategy}: ${spor[key].spor}`, headingLevel: 3, easyRead: false, ...content(key) });

/** Målsætninger of four spor of the Idéoplæg, each under its strategy and spor. */
export const SundhedEtVaerdigtLiv: Story = {
  name: 'Sundhedsstrategi: Et værdigt liv',
  args: underSpor('sundhedEtVaerdigtLiv'),
};

export const SundhedForebyggelse: Story = {
  name: 'Sundhedsstrategi: Investering i forebyggelse',
  args: underSpor('sundhedForebyggelse'),
};

export const SocialEtVaerdigtLiv: Story = {
  name: 'Socialstrategi: Et værdigt liv',
  args: underSpor('socialEtVaerdigtLiv'),
};

export const AeldreTvaergaaende: Story = {
  name: 'Ældrestrategi: Tværgående sammenhæng',
  args: underSpor('aeldreTvaergaaende'),
};

/** With slot `source`: the document the goals come from. */
export const WithSource: Story = {
  name: 'Med kilde',
  args: { ...content('socialEtVaerdigtLiv'), source: 'Idéoplæg til sundheds-, social- og ældrestrategi' },
};

/** An Arabic page, with the goals translated by the kommune. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { items: goalsArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...content('sundhedForebyggelse'), easyRead: true },
};

/** Wrong markup: nothing inside the tag. */
export const Empty: Story = {
  name: 'Fejl: tom',
  render: renderEmptyBox(TAG),
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = { name: 'Indhold fra JSON (data)', render: renderBoxFromData(TAG), args: underSpor('sundhedForebyggelse') };

/** The content as a JSON file (`src="demo/json/maalsaetninger-et-vaerdigt-liv.json"`), with its source. */
export const FromFile: Story = { name: 'Indhold fra JSON-fil (src)', render: renderBoxFromFile(TAG, 'maalsaetninger-et-vaerdigt-liv.json') };
