import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/klar-goals/define.js';
import { goalsArabic, spor } from './content/ideoplaeg.js';
import { easyGoals } from './content/easy-read.js';
import { boxMeta, renderEmptyBox, type BoxArgs } from './support/box-story.js';

const TAG = 'klar-goals';

// title and tags stay literal here: Storybook reads them without running the file.
const meta: Meta<BoxArgs> = { title: 'Elementer/klar-goals', tags: ['autodocs'], ...boxMeta(TAG) };
export default meta;

type Story = StoryObj<BoxArgs>;

/** Målsætninger of four spor of the Idéoplæg, each under its strategy and spor. */
export const SundhedEtVaerdigtLiv: Story = {
  name: 'Sundhedsstrategi: Et værdigt liv',
  args: {
    area: `${spor.sundhedEtVaerdigtLiv.strategy}: ${spor.sundhedEtVaerdigtLiv.spor}`,
    headingLevel: 3,
    items: spor.sundhedEtVaerdigtLiv.goals, easyItems: easyGoals.sundhedEtVaerdigtLiv,
  },
};

export const SundhedForebyggelse: Story = {
  name: 'Sundhedsstrategi: Investering i forebyggelse',
  args: {
    area: `${spor.sundhedForebyggelse.strategy}: ${spor.sundhedForebyggelse.spor}`,
    headingLevel: 3,
    items: spor.sundhedForebyggelse.goals, easyItems: easyGoals.sundhedForebyggelse,
  },
};

export const SocialEtVaerdigtLiv: Story = {
  name: 'Socialstrategi: Et værdigt liv',
  args: {
    area: `${spor.socialEtVaerdigtLiv.strategy}: ${spor.socialEtVaerdigtLiv.spor}`,
    headingLevel: 3,
    items: spor.socialEtVaerdigtLiv.goals, easyItems: easyGoals.socialEtVaerdigtLiv,
  },
};

export const AeldreTvaergaaende: Story = {
  name: 'Ældrestrategi: Tværgående sammenhæng',
  args: {
    area: `${spor.aeldreTvaergaaende.strategy}: ${spor.aeldreTvaergaaende.spor}`,
    headingLevel: 3,
    items: spor.aeldreTvaergaaende.goals, easyItems: easyGoals.aeldreTvaergaaende,
  },
};

/** With slot `source`: the document the goals come from. */
export const WithSource: Story = {
  name: 'Med kilde',
  args: { items: spor.socialEtVaerdigtLiv.goals, easyItems: easyGoals.socialEtVaerdigtLiv, source: 'Idéoplæg til sundheds-, social- og ældrestrategi' },
};

/** An Arabic page, with the goals translated by the kommune. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { items: goalsArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { items: spor.sundhedForebyggelse.goals, easyItems: easyGoals.sundhedForebyggelse, easyRead: true },
};

/** Wrong markup: nothing inside the tag. */
export const Empty: Story = {
  name: 'Fejl: tom',
  render: renderEmptyBox(TAG),
};
