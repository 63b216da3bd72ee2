import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-quote/define.js';
import { borgerensPerspektivArabic, quotes } from './content/ideoplaeg.js';
import { easyQuotes } from './content/easy-read.js';

interface Args {
  text: string;
  /** The easy-read version, in slot `easy-read`. */
  easy?: string;
  source?: string;
  easyRead: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementer/klar-quote',
  component: 'klar-quote',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    easyRead: { control: 'boolean' },
    text: { control: 'text', description: 'The quote (default slot), without quotation marks.' },
    easy: { control: 'text', description: 'Text in slot `easy-read`: the easy-read quote.' },
    source: { control: 'text', description: 'Text in slot `source`.' },
  },
  render: ({ text, easy, source, easyRead }) => html`
    <klar-quote ?easy-read=${easyRead}>
      <p>${text}</p>
      ${easy ? html`<p slot="easy-read">${easy}</p>` : nothing}
      ${source ? html`<span slot="source">${source}</span>` : nothing}
    </klar-quote>
  `,
};
export default meta;

type Story = StoryObj<Args>;
const story = (name: string, key: keyof typeof quotes): Story => ({ name, args: { ...quotes[key], easy: easyQuotes[key] } });

export const Sundhedskompetence = story('Sundhedskompetence', 'sundhedskompetence');
export const UligeBetingelser = story('Ulige betingelser', 'uligeBetingelser');
export const BorgerensPerspektiv = story('Borgerens perspektiv', 'borgerensPerspektiv');
export const Faellesskaber = story('Fællesskaber', 'faellesskaber');
export const Rehabilitering = story('Rehabilitering', 'rehabilitering');
export const Velfaerdsteknologi = story('Velfærdsteknologi', 'velfaerdsteknologi');

/** The seed's own ”…” typed into the content: Klar does not add a second pair. */
export const OwnQuotationMarks: Story = {
  name: 'Med egne anførselstegn',
  args: { ...quotes.rehabilitering, text: `”${quotes.rehabilitering.text}”`, easy: easyQuotes.rehabilitering },
};

/** An Arabic page: Arabic marks «…», the frame and marks mirrored. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { ...borgerensPerspektivArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...quotes.borgerensPerspektiv, easy: easyQuotes.borgerensPerspektiv, easyRead: true },
};

/** Wrong markup: only a source, no quote. */
export const Empty: Story = {
  name: 'Fejl: intet citat',
  render: () => html`<klar-quote><span slot="source">${quotes.rehabilitering.source}</span></klar-quote>`,
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: ({ text, easy, source, easyRead }) =>
    html`<klar-quote ?easy-read=${easyRead} .data=${{ text, source, easyRead: easy ? { text: easy } : undefined }}></klar-quote>`,
  args: { ...quotes.rehabilitering, easy: easyQuotes.rehabilitering },
};

/** The content as a JSON file (`src="demo/json/recovery-citat.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<klar-quote src="demo/json/recovery-citat.json" ?easy-read=${easyRead}></klar-quote>`,
};
