import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-fact/define.js';
import { keyFigures, rygereArabic, type KeyFigure } from './content/ideoplaeg.js';
import { easyKeyFigures } from './content/easy-read.js';

interface Args {
  value?: string;
  unit?: string;
  label: string;
  /** The easy-read version of the label, in slot `easy-read`. */
  easy?: string;
  source?: string;
  easyRead: boolean;
}

const renderFact = ({ value, unit, label, easy, source, easyRead }: Args) => html`
  <klar-fact value=${value ?? nothing} unit=${unit ?? nothing} ?easy-read=${easyRead}>
    <span slot="label">${label}</span>
    ${easy ? html`<span slot="easy-read">${easy}</span>` : nothing}
    ${source ? html`<span slot="source">${source}</span>` : nothing}
  </klar-fact>
`;

/** The same content as the JSON a CMS would give (`data`). */
const factData = ({ value, unit, label, easy, source }: Args) => ({ value, unit, label, source, easyRead: easy ? { label: easy } : undefined });

// A fact sits in a column of a page or a grid, not across a whole desktop screen.
const renderSingleFact = (args: Args) => html`<div class="story-column">${renderFact(args)}</div>`;

const meta: Meta<Args> = {
  title: 'Elementer/klar-fact',
  component: 'klar-fact',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    // Attributes: the manifest's rows (and descriptions), with these controls.
    value: { control: 'text' },
    unit: { control: 'select', options: [undefined, 'percent'] },
    easyRead: { control: 'boolean' },
    // The example's content, written into the element's slots.
    label: { control: 'text', description: 'Text in slot `label`.' },
    easy: { control: 'text', description: 'Text in slot `easy-read`: the easy-read label.' },
    source: { control: 'text', description: 'Text in slot `source`.' },
  },
  render: renderSingleFact,
};
export default meta;

type Story = StoryObj<Args>;
const story = (name: string, key: keyof typeof keyFigures): Story => ({
  name,
  args: { ...(keyFigures[key] as KeyFigure), easy: easyKeyFigures[key] },
});

export const Rygere = story('19 % ryger dagligt', 'rygere');
export const SvaertOvervaegtige = story('25 % svært overvægtige', 'svaertOvervaegtige');
export const ModeratOvervaegtige = story('35 % moderat overvægtige', 'moderatOvervaegtige');
export const Stress = story('33 % stress', 'stress');
export const Ensomme = story('13 % ensomme', 'ensomme');
export const LavFysiskAktivitet = story('28 % lav fysisk aktivitet', 'lavFysiskAktivitet');
export const Stillesiddende = story('53 % stillesiddende arbejde', 'stillesiddende');
/** A change, not a share: the sign shows, and there is no bar. */
export const Flere80Aarige = story('+76 % flere +80-årige (en ændring)', 'flere80Aarige');
/** A plain number, without unit. */
export const Personer80Aarige = story('540 flere +80-årige (tal uden enhed)', 'personer80Aarige');
/** A decimal, written with a Danish comma: `value="0,8"`. */
export const Autisme = story('0,8 % autisme (decimaltal)', 'autisme');
export const Botilbud = story('88 % af udgifterne', 'botilbud');

/** The Sundhedsprofilen figures as a list of facts in a grid, as on a strategy page. */
export const Sundhedsprofilen: Story = {
  name: 'Nøgletal: Sundhedsprofilen 2021',
  render: ({ easyRead }) => html`
    <h2>Sundhedsprofilen 2021 for Ishøj</h2>
    <ul class="story-grid">
      ${(['rygere', 'svaertOvervaegtige', 'moderatOvervaegtige', 'stress', 'ensomme', 'lavFysiskAktivitet', 'stillesiddende'] as const).map(
        (key) => html`<li>${renderFact({ ...keyFigures[key], easy: easyKeyFigures[key], source: undefined, easyRead })}</li>`
      )}
    </ul>
    <p>Kilde: Sundhedsprofilen 2021 for Ishøj</p>
  `,
};

/** An Arabic page: Arabic digits and per-cent sign, bar filling from the right. */
export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { ...keyFigures.rygere, ...rygereArabic },
};

export const EasyRead: Story = {
  name: 'Let læst',
  args: { ...keyFigures.ensomme, easy: easyKeyFigures.ensomme, easyRead: true },
};

/** Wrong markup: `value` missing. The label still shows, with a short message. */
export const MissingValue: Story = {
  name: 'Fejl: intet tal',
  args: { label: keyFigures.rygere.label, source: keyFigures.rygere.source },
};

/** Wrong markup: the number written in words. */
export const WordsForValue: Story = {
  name: 'Fejl: tal skrevet med ord',
  args: { ...keyFigures.rygere, value: 'nitten' },
};

/** Wrong markup: a unit Klar does not know; the number shows without it. */
export const UnknownUnit: Story = {
  name: 'Fejl: ukendt enhed',
  args: { ...keyFigures.personer80Aarige, unit: 'personer' },
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: (args) => html`<div class="story-column"><klar-fact ?easy-read=${args.easyRead} .data=${factData(args)}></klar-fact></div>`,
  args: { ...keyFigures.stress, easy: easyKeyFigures.stress },
};

/** The content as a JSON file (`src="demo/json/rygere.json"`), for CMSes without HTML editing. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<div class="story-column"><klar-fact src="demo/json/rygere.json" ?easy-read=${easyRead}></klar-fact></div>`,
};
