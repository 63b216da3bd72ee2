import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/klar-policy-card/define.js';
import { consultation, medborgerpolitikArabic, policies, type Policy } from './content/policies.js';
import { easyPolicies } from './content/easy-read.js';

interface Args {
  policy: Policy;
  /** The easy-read description, in slot `easy-read`. */
  easy?: string;
  /** Overrides of the attributes, for the stories of wrong markup. */
  status?: string;
  date?: string;
  href?: string;
  consultationEnds?: string;
  respondHref?: string;
  easyRead: boolean;
}

const renderCard = ({ policy, easy, status, date, href, consultationEnds, respondHref, easyRead }: Args) => html`
  <klar-policy-card
    status=${status ?? policy.status}
    date=${date ?? policy.date ?? nothing}
    href=${href ?? policy.href}
    consultation-ends=${consultationEnds ?? policy.consultationEnds ?? nothing}
    respond-href=${respondHref ?? policy.respondHref ?? nothing}
    ?easy-read=${easyRead}
  >
    <h3 slot="heading">${policy.title}</h3>
    ${policy.vision?.length === 1
      ? html`<p slot="vision">${policy.vision[0]}</p>`
      : policy.vision
        ? html`<ul slot="vision">${policy.vision.map((line) => html`<li>${line}</li>`)}</ul>`
        : nothing}
    <p>${policy.description}</p>
    ${easy ? html`<p slot="easy-read">${easy}</p>` : nothing}
    <ul slot="themes">
      ${policy.themes.map((theme) => html`<li>${theme}</li>`)}
    </ul>
  </klar-policy-card>
`;

/** The same card as the JSON a CMS would give (`data`); its title an h3 at heading-level 3. */
const cardData = ({ policy, easy }: Args) => ({
  heading: policy.title,
  status: policy.status,
  date: policy.date,
  href: policy.href,
  consultationEnds: policy.consultationEnds,
  respondHref: policy.respondHref,
  vision: policy.vision?.length === 1 ? policy.vision[0] : policy.vision,
  themes: policy.themes,
  description: policy.description,
  easyRead: easy ? { description: easy } : undefined,
});

const meta: Meta<Args> = {
  title: 'Elementer/klar-policy-card',
  component: 'klar-policy-card',
  tags: ['autodocs'],
  args: { easyRead: false },
  argTypes: {
    // Attributes: the manifest's rows, with these controls (they override the policy's own).
    status: { control: 'select', options: [undefined, 'adopted', 'consultation', 'draft'] },
    date: { control: 'text' },
    href: { control: 'text' },
    consultationEnds: { control: 'text' },
    respondHref: { control: 'text' },
    easyRead: { control: 'boolean' },
    policy: { control: 'object', description: 'Title (slot `heading`), vision, description, themes, status, date, href.' },
    easy: { control: 'text', description: 'Text in slot `easy-read`: the easy-read description.' },
  },
  // A card sits in a column under a section heading, as on a kommune's overview page.
  render: (args) => html`<h2>Politikker og strategier</h2>
    <div class="story-column-card">${renderCard(args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Velfaerdspolitik: Story = { name: 'Velfærdspolitik (vedtaget)', args: { policy: policies.velfaerdspolitik, easy: easyPolicies.velfaerdspolitik } };
export const Raaudkast: Story = { name: 'Råudkast 27. november 2017 (udkast)', args: { policy: policies.raaudkast, easy: easyPolicies.raaudkast } };
/** In consultation: until the end of the last day, the card asks for answers and links to where they go (the deadline is four weeks from today). */
export const Medborgerpolitik: Story = { name: 'Medborgerpolitik (i høring)', args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik } };
export const Socialstrategi: Story = { name: 'Socialstrategi (vedtaget)', args: { policy: policies.socialstrategi, easy: easyPolicies.socialstrategi } };
export const Ideoplaeg: Story = { name: 'Idéoplæg (udkast)', args: { policy: policies.ideoplaeg, easy: easyPolicies.ideoplaeg } };

/** The consultation has ended (15 January 2026): the line says so, as plain text without a link. */
export const ConsultationEnded: Story = {
  name: 'Medborgerpolitik: høringen er slut',
  args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik, consultationEnds: consultation.ended },
};

/** Answers by e-mail (`respond-href="mailto:…"`): the address shows under the line, for readers without a mail program. */
export const RespondByMail: Story = {
  name: 'Medborgerpolitik: høringssvar på e-mail',
  args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik, respondHref: consultation.respondMail },
};

/** A deadline without `respond-href`: the line says until when, without a link (the card's own link leads to the policy). */
export const ConsultationWithoutLink: Story = {
  name: 'Medborgerpolitik: høringsfrist uden link',
  args: { policy: { ...policies.medborgerpolitik, respondHref: undefined }, easy: easyPolicies.medborgerpolitik },
};

/** All the policies in a grid, as on a kommune's overview page: rows of equal height. */
export const Overview: Story = {
  name: 'Oversigt over alle politikker',
  render: ({ easyRead }) => html`
    <h2>Ishøj Kommunes politikker og strategier</h2>
    <ul class="story-grid story-grid-cards">
      ${(Object.keys(policies) as (keyof typeof policies)[]).map(
        (key) => html`<li>${renderCard({ policy: policies[key], easy: easyPolicies[key], easyRead })}</li>`
      )}
    </ul>
  `,
};

export const RightToLeft: Story = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  args: { policy: medborgerpolitikArabic },
};

export const RightToLeftEnded: Story = {
  name: 'Højre mod venstre: høringen er slut (arabisk)',
  globals: { locale: 'ar' },
  args: { policy: medborgerpolitikArabic, consultationEnds: consultation.ended },
};

/** Easy-read: the description's easy-read version, and the consultation line in plainer words ("Sig din mening til og med …"). */
export const EasyRead: Story = { name: 'Let læst', args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik, easyRead: true } };

export const EasyReadEnded: Story = {
  name: 'Let læst: høringen er slut',
  args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik, consultationEnds: consultation.ended, easyRead: true },
};

/** Wrong markup: a status in Danish. The card shows without a status, with a short message. */
export const UnknownStatus: Story = {
  name: 'Fejl: ukendt status',
  args: { policy: policies.socialstrategi, status: 'vedtaget' },
};

/** Wrong markup: a Danish-style date. */
export const WrongDate: Story = { name: 'Fejl: forkert dato', args: { policy: policies.raaudkast, date: '27-11-2017' } };

/** A `javascript:` link is refused: the card has no link, and says so to the web team. */
export const UnsafeLink: Story = {
  name: 'Fejl: farligt link',
  args: { policy: policies.velfaerdspolitik, href: 'javascript:alert(1)' },
};

/** Wrong markup: the deadline written the Danish way. The card shows without a consultation line, with a short message. */
export const WrongConsultationDate: Story = {
  name: 'Fejl: forkert høringsfrist',
  args: { policy: policies.medborgerpolitik, consultationEnds: '15-01-2026' },
};

/** A `javascript:` link to answer is refused: the line says until when, without a link. */
export const UnsafeRespondLink: Story = {
  name: 'Fejl: farligt link til høringssvar',
  args: { policy: policies.medborgerpolitik, respondHref: 'javascript:alert(1)' },
};

/** The same content as JSON set from script (`data`): a CMS template or an app gives it so. */
export const FromData: Story = {
  name: 'Indhold fra JSON (data)',
  render: (args) => html`<h2>Politikker og strategier</h2>
    <div class="story-column-card"><klar-policy-card heading-level="3" ?easy-read=${args.easyRead} .data=${cardData(args)}></klar-policy-card></div>`,
  args: { policy: policies.raaudkast, easy: easyPolicies.raaudkast },
};

/** The consultation as JSON (`consultationEnds`, `respondHref`), set from script. */
export const ConsultationFromData: Story = {
  name: 'Høring fra JSON (data)',
  render: FromData.render,
  args: { policy: policies.medborgerpolitik, easy: easyPolicies.medborgerpolitik },
};

/** The content as a JSON file (`src="demo/json/medborgerpolitik.json"`), for CMSes without HTML editing; its consultation ended 15 January 2026. */
export const FromFile: Story = {
  name: 'Indhold fra JSON-fil (src)',
  render: ({ easyRead }) => html`<h2>Politikker og strategier</h2>
    <div class="story-column-card"><klar-policy-card heading-level="3" src="demo/json/medborgerpolitik.json" ?easy-read=${easyRead}></klar-policy-card></div>`,
};
