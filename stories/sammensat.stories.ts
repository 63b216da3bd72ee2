import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar.js';
import { keyFigures, quotes, spor } from './content/ideoplaeg.js';
import { easyGoals, easyKeyFigures, easyQuotes } from './content/easy-read.js';

const meta: Meta = {
  title: 'Sammensat/Et spor som sektion',
  parameters: { layout: 'padded' },
};
export default meta;

const section = spor.sundhedEtVaerdigtLiv;

/**
 * One spor of the Idéoplæg as a web team would publish it: heading and text in their own HTML,
 * then goals, two key figures side by side and a quote, all Klar elements.
 */
export const SundhedEtVaerdigtLiv: StoryObj = {
  name: 'Sundhedsstrategi: Et værdigt liv',
  render: () => html`
    <section aria-labelledby="spor-heading" class="story-section">
      <h2 id="spor-heading">${section.strategy}: ${section.spor}</h2>
      <p>Et værdigt liv handler ifølge Ishøj Kommunes velfærds- og værdighedspolitikker om at:</p>
      <ul>
        <li>opretholde evnen til at klare sig selv</li>
        <li>have indflydelse på eget liv</li>
        <li>blive mødt som et helt menneske</li>
      </ul>
      <h3>Temaer</h3>
      <ul>
        ${section.themes.map((theme) => html`<li>${theme}</li>`)}
      </ul>
      <klar-goals heading-level="3">
        <ul>
          ${section.goals.map((goal) => html`<li>${goal}</li>`)}
        </ul>
        <ul slot="easy-read">
          ${easyGoals.sundhedEtVaerdigtLiv.map((goal) => html`<li>${goal}</li>`)}
        </ul>
      </klar-goals>
      <h3>Sundhedsprofilen 2021</h3>
      <ul class="story-grid story-grid-fit">
        ${(['rygere', 'ensomme'] as const).map(
          (key) => html`<li>
            <klar-fact value=${keyFigures[key].value} unit="percent">
              <span slot="label">${keyFigures[key].label}</span>
              <span slot="easy-read">${easyKeyFigures[key]}</span>
              <span slot="source">${keyFigures[key].source}</span>
            </klar-fact>
          </li>`
        )}
      </ul>
      <klar-quote>
        <p>${quotes.sundhedskompetence.text}</p>
        <p slot="easy-read">${easyQuotes.sundhedskompetence}</p>
        <span slot="source">${quotes.sundhedskompetence.source}</span>
      </klar-quote>
    </section>
  `,
};
