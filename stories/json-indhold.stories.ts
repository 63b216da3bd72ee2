import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar.js';
import { citizenWishes } from './content/socialstrategi.js';
import { medborgerskab } from './content/circles.js';
import { quotes } from './content/ideoplaeg.js';
import { easyQuotes } from './content/easy-read.js';

/**
 * What a reader sees when JSON content goes wrong, and what never happens: a short message in
 * the reader's language, the web team's details in the console and in `klar-error`, the
 * author's own markup kept, and nothing in the content ever run. Each element's own stories
 * show its JSON content when it is right ("Indhold fra JSON").
 */
const meta: Meta = {
  title: 'Sammensat/JSON-indhold: fejl og sikkerhed',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** The file is not there (404): "Indholdet kunne ikke hentes." and "Prøv igen". */
export const MissingFile: Story = {
  name: 'Fejl: filen findes ikke',
  render: () => html`<klar-success-criteria src="demo/json/findes-ikke.json"></klar-success-criteria>`,
};

/** The file is missing, but the web team wrote the list in the tag as well: it stays. */
export const MissingFileWithMarkup: Story = {
  name: 'Fejl: filen findes ikke, eget indhold bevares',
  render: () => html`<klar-citizen-wishes src="demo/json/findes-ikke.json">
    <ul>
      ${citizenWishes.etVaerdigtLiv.items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </klar-citizen-wishes>`,
};

/** The file is there but broken (a bracket missing): "Indholdet kunne ikke læses." */
export const NotJson: Story = {
  name: 'Fejl: filen er ikke JSON',
  render: () => html`<klar-goals src="stories/json/ikke-json.json"></klar-goals>`,
};

/** The third theme has no label: shown as a list, with a message; the console names themes[2].label. */
export const DoesNotFit: Story = {
  name: 'Fejl: passer ikke til skemaet',
  render: () =>
    html`<klar-theme-circle
      .data=${{ ...medborgerskab, themes: medborgerskab.themes.map(({ label, ...theme }, index) => (index === 2 ? theme : { label, ...theme })) }}
    ></klar-theme-circle>`,
};

/** A `javascript:` link in the items is refused: its text shows, without a link. */
export const UnsafeLink: Story = {
  name: 'Fejl: farligt link',
  render: () => html`<klar-citizen-wishes
    .data=${{
      items: [
        citizenWishes.investeringIForebyggelse.items[0],
        { text: 'Læs Sundhedsprofilen 2021', href: 'javascript:alert(document.cookie)' },
        { text: 'Ishøj Kommunes socialstrategi', href: '/politikker/socialstrategi' },
      ],
    }}
  ></klar-citizen-wishes>`,
};

/** Markup typed into JSON text is shown as the text it is; nothing runs. */
export const MarkupAsText: Story = {
  name: 'Tekst med markup vises som tekst',
  render: () => html`<klar-quote
    .data=${{
      text: `${quotes.rehabilitering.text} <img src=x onerror="alert(1)"> <script>alert(2)</script>`,
      source: `"><svg onload="alert(3)"> ${quotes.rehabilitering.source}`,
      easyRead: { text: `${easyQuotes.rehabilitering} <b onmouseover="alert(4)">` },
    }}
  ></klar-quote>`,
};
