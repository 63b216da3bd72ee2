import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar.js';
import { successBoxes } from './content/socialstrategi.js';
import { easyKeyFigures, easySuccessBoxes } from './content/easy-read.js';
import { keyFigures } from './content/ideoplaeg.js';

const meta: Meta = {
  title: 'Elementer/klar-reading-tools',
  component: 'klar-reading-tools',
  tags: ['autodocs'],
};
export default meta;

/**
 * The reading tools at the top of a page section. "Let læst" turns every Klar element on the
 * page into easy-read (and remembers it); "Læs op" appears where the browser has a voice for the
 * page's language.
 */
export const OnAPage: StoryObj = {
  name: 'På en side',
  render: () => html`
    <klar-reading-tools></klar-reading-tools>
    <h2>Investering i forebyggelse</h2>
    <klar-success-criteria heading-level="3">
      <ul>
        ${successBoxes.investeringIForebyggelse.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      <ul slot="easy-read">
        ${easySuccessBoxes.investeringIForebyggelse.map((item) => html`<li>${item}</li>`)}
      </ul>
    </klar-success-criteria>
    <div class="story-column">
      <klar-fact value=${keyFigures.rygere.value} unit="percent">
        <span slot="label">${keyFigures.rygere.label}</span>
        <span slot="easy-read">${easyKeyFigures.rygere}</span>
        <span slot="source">${keyFigures.rygere.source}</span>
      </klar-fact>
    </div>
  `,
};

/** Arabic interface, right to left. */
export const RightToLeft: StoryObj = {
  name: 'Højre mod venstre (arabisk)',
  globals: { locale: 'ar' },
  render: () => html`<klar-reading-tools></klar-reading-tools>`,
};
