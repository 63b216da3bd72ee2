/**
 * Each element renders once when a page loads, and again only when something it shows
 * changed: a slot filled or emptied, a setting of the page. A render costs a citizen's old
 * phone time, and a page holds a hundred elements.
 */
import { expect } from 'chai';
import { html } from 'lit';
import '../src/klar.js';
import { DEMO, demoMain } from './helpers/demo.js';
import { fixture, settle } from './helpers/fixtures.js';
import { countUpdates } from './helpers/updates.js';


/** The demo page holds every element; its tags are the ones counted. */
let TAGS: string[] = [];

describe('Updates: each element renders once', () => {
  let nodes: Node[];
  before(async () => {
    nodes = await demoMain('index.html');
    const elements = nodes.flatMap((node) => (node instanceof Element ? [node, ...node.querySelectorAll('*')] : []));
    TAGS = [...new Set(elements.map((element) => element.localName).filter((tag) => tag.startsWith('klar-')))];
    expect(TAGS.length, 'elements on the demo page').to.be.at.least(9);
  });

  for (const locale of ['da', 'en', 'ar']) {
    it(`on a page in ${locale}, every element renders once`, async () => {
      // The translation is loaded first: here the page's language is set before the elements
      // arrive, as on a page load (the lazy chunk is fetched before the first render).
      await fixture(html``, { locale });
      const updates = countUpdates(TAGS);
      try {
        const container = await fixture(html`${nodes.map((node) => node.cloneNode(true))}`, { locale });
        const byTag = updates.byTag(container);
        for (const [tag, counts] of Object.entries(byTag)) expect(counts.every((n) => n === 1), `${tag}: ${counts.join(', ')} updates`).to.equal(true);
      } finally {
        updates.stop();
      }
    });
  }

  it('renders again when a named slot gets content, not when the content inside a slot changes', async () => {
    const container = await fixture(html`<klar-goals><ul><li>Borgere har en helhedsplan</li></ul></klar-goals>`);
    const goals = container.querySelector('klar-goals')!;
    const updates = countUpdates(TAGS);
    try {
      goals.querySelector('ul')!.append(Object.assign(document.createElement('li'), { textContent: 'Borgere føler håb' }));
      goals.querySelector('li')!.textContent = 'Borgere har én helhedsplan';
      await settle(container);
      expect(updates.of(goals), 'items added and edited').to.equal(0);

      goals.append(Object.assign(document.createElement('span'), { slot: 'source', textContent: 'Idéoplæg' }));
      await settle(container);
      expect(updates.of(goals), 'a source added').to.equal(1);
      expect(goals.shadowRoot!.querySelector<HTMLElement>('[part="source"]')!.hidden).to.equal(false);

      goals.querySelector('[slot="source"]')!.remove();
      await settle(container);
      expect(updates.of(goals), 'the source removed').to.equal(2);
      expect(goals.shadowRoot!.querySelector('[part="source"]')).to.equal(null);
    } finally {
      updates.stop();
    }
  });

  it('a theme renders again when its circle changes easy-read, not when the circle selects another theme', async () => {
    const response = await fetch(new URL('json/medborgerskab.json', DEMO));
    const circle = (await fixture(html`<klar-theme-circle .data=${await response.json()}></klar-theme-circle>`)).querySelector('klar-theme-circle')!;
    const themes = [...circle.querySelectorAll('klar-theme')];
    const updates = countUpdates(TAGS);
    try {
      circle.setAttribute('selected', '2');
      await settle();
      expect(themes.map(updates.of)).to.deep.equal([0, 0, 0, 0]);
      circle.toggleAttribute('easy-read', true);
      await settle();
      expect(themes.map(updates.of)).to.deep.equal([1, 1, 1, 1]);
    } finally {
      updates.stop();
    }
  });
});
