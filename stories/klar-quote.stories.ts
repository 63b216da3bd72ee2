import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-quote/define.js';
import { borgerensPerspektivArabic, quotes, type Quote } from './content/ideoplaeg.js';

interface Args {
  text: string;
  source?: string;
  easyRead: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementer/klar-quote',
  component: 'klar-quote',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    text: { control: 'text', description: 'The quote (default slot), without quotation marks.' },
    source: { control: 'text', description: 'Text in slot `source`.' },
    easyRead: { control: 'boolean', description: '`easy-read`' },
  },
  render: ({ text, source, easyRead }) => html`
    <klar-quote ?easy-read=${easyRead}>
      <p>${text}</p>
      ${source ? html`<span slot="source">${source}</span>` : nothing}
    </klar-quote>
  `,
};
export default meta;

type Story = StoryObj<Args>;
const story = (name: string, quote: Quote): Story => ({ name, args: { ...quote } });

export const Sundhedskompetence = story('Sundhedskompetence', quotes.sundhedskompetence);
export const UligeBetingelser = story('Ulige betingelser', quotes.uligeBetingelser);
export const BorgerensPerspektiv = story('Borgerens perspektiv', quotes.borgerensPerspektiv);
export const Faellesskaber = story('Fællesskaber', quotes.faellesskaber);
export const Rehabilitering = story('Rehabilitering', quotes.rehabilitering);
export const Velfaerdsteknologi = story('Velfærdsteknologi', quotes.velfaerdsteknologi);

/** The seed's own ”…” typed into the content: Klar does not add a second pair. */
export const OwnQuotationMarks: Story = {
  name: 'Med egne anførselstegn',
  args: { ...quotes.rehabilitering, text: `”${quotes.rehabilitering.text}”` },
};

/** An Arabic page: Arabic marks «…», the frame and marks mirrored. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { ...borgerensPerspektivArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...quotes.borgerensPerspektiv, easyRead: true },
};

/** Wrong markup: only a source, no quote. */
export const Empty: Story = {
  name: 'Fejl: intet citat',
  render: () => html`<klar-quote><span slot="source">${quotes.rehabilitering.source}</span></klar-quote>`,
};
