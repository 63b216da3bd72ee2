/**
 * Easy-read: the content written for it, and the mode itself. Every Danish seed story carries an
 * easy-read version in slot `easy-read`; each version's LIX is computed and must be 25 or less.
 */
import { expect } from 'chai';
import { html } from 'lit';
import '../src/klar.js';
import { fixture, settle } from './helpers/fixtures.js';
import { blockText, lix } from './helpers/lix.js';
import { loadStories } from './helpers/stories.js';
import { contentTagsWithStories } from './helpers/elements.js';
import { successBoxes } from '../stories/content/socialstrategi.js';
import { easySuccessBoxes } from '../stories/content/easy-read.js';

const MAX_LIX = 25;
const stories = await loadStories();
const danishSeedStories = stories.filter((story) => !story.locales && !story.name.startsWith('Fejl'));

describe('easy-read content', () => {
  it('every Danish seed story has an easy-read version', async () => {
    const without: string[] = [];
    for (const story of danishSeedStories) {
      const container = await fixture(story.template());
      if (!container.querySelector('[slot="easy-read"]')) without.push(`${story.title} › ${story.name}`);
    }
    expect(without).to.deep.equal([]);
  });

  it(`is easy to read: LIX ${MAX_LIX} or less for every easy-read text (printed beside the standard text's)`, async () => {
    const rows = new Map<string, { easy: number; standard: number; where: string }>();
    for (const story of danishSeedStories) {
      const container = await fixture(story.template());
      for (const easy of container.querySelectorAll('[slot="easy-read"]')) {
        const host = easy.parentElement!;
        const standard = [...host.children]
          .filter((child) => !['easy-read', 'source', 'heading'].includes(child.getAttribute('slot') ?? '') || host.localName === 'klar-theme' && child.slot === 'heading')
          .map(blockText)
          .join(' ');
        const text = blockText(easy);
        rows.set(text, { easy: lix(text), standard: lix(standard), where: `${story.name} (${host.localName})` });
      }
    }
    const all = [...rows.values()];
    const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(
      [
        `LIX of ${all.length} easy-read texts (standard text in brackets):`,
        ...all.map((row) => `  ${row.easy.toFixed(1).padStart(5)}  (${row.standard.toFixed(1).padStart(5)})  ${row.where}`),
        `  easy-read: highest ${Math.max(...all.map((row) => row.easy)).toFixed(1)}, average ${average(all.map((row) => row.easy)).toFixed(1)}; ` +
          `standard: average ${average(all.map((row) => row.standard)).toFixed(1)}`,
      ].join('\n')
    );
    expect(all.length).to.be.greaterThan(40);
    const tooHard = all.filter((row) => row.easy > MAX_LIX).map((row) => `${row.where}: ${row.easy.toFixed(1)}`);
    expect(tooHard).to.deep.equal([]);
  });

  it('LIX itself: short plain sentences score low, long words and sentences high', () => {
    expect(lix('Du bestemmer selv over dit liv.')).to.be.below(25);
    expect(lix(successBoxes.sammenhaengPaaTvaers.items.join(' '))).to.be.above(45);
  });
});

const box = html`<klar-success-criteria>
  <ul>${successBoxes.investeringIForebyggelse.items.map((item) => html`<li>${item}</li>`)}</ul>
  <ul slot="easy-read">${easySuccessBoxes.investeringIForebyggelse.map((item) => html`<li>${item}</li>`)}</ul>
</klar-success-criteria>`;

describe('easy-read mode', () => {
  afterEach(() => document.documentElement.removeAttribute('data-klar-easy-read'));

  it('shows slot easy-read instead of the default content, and back, live', async () => {
    const container = await fixture(box);
    const [standard, easy] = container.querySelectorAll('ul');
    expect(standard.checkVisibility()).to.equal(true);
    expect(easy.checkVisibility()).to.equal(false);
    document.documentElement.setAttribute('data-klar-easy-read', '');
    await settle();
    expect(standard.checkVisibility()).to.equal(false);
    expect(easy.checkVisibility()).to.equal(true);
    document.documentElement.removeAttribute('data-klar-easy-read');
    await settle();
    expect(standard.checkVisibility()).to.equal(true);
    expect(easy.checkVisibility()).to.equal(false);
  });

  it('uses the plainer default heading: "Sådan ved vi, at det virker:"', async () => {
    const container = await fixture(box, { easyRead: true });
    expect(container.querySelector('klar-success-criteria')!.shadowRoot!.querySelector('.heading')!.textContent).to.equal(
      'Sådan ved vi, at det virker:'
    );
  });

  // Each content element in the first Danish seed story of its own story file: a new element is
  // checked the moment its story exists, and one without a story is named.
  const firstStoryOf = (tag: string) => danishSeedStories.find((story) => story.id.startsWith(`${tag}--`));
  it('every content element has a Danish seed story to check easy-read mode with', () => {
    expect(contentTagsWithStories().filter((tag) => !firstStoryOf(tag)).map((tag) => `stories/${tag}.stories.ts`)).to.deep.equal([]);
  });

  for (const tag of contentTagsWithStories()) {
    it(`${tag}: at least 20 px text, line height 1.6, start-aligned, no hyphenation, lines of about 60 characters`, async () => {
      const story = firstStoryOf(tag);
      if (!story) return; // named by the test above
      {
        const container = await fixture(story.template(), { easyRead: true });
        const host = container.querySelector(tag) ?? container;
        const text = [...host.querySelectorAll('li, p, [slot="label"], span[slot="easy-read"]')].find((node) => node.checkVisibility())!;
        expect(text, `${story.name}: a visible text block in <${tag}>`).to.exist;
        const style = getComputedStyle(text);
        const size = parseFloat(style.fontSize);
        expect(size, 'font size').to.be.at.least(20);
        expect(parseFloat(style.lineHeight) / size, 'line height').to.be.at.least(1.59);
        expect(['start', 'left']).to.include(style.textAlign);
        expect(style.hyphens).not.to.equal('auto');
        // About 60 characters a line: no text block wider than 60ch of its own font.
        const block = text.closest('ul, ol, p, [slot="label"], [slot="easy-read"]') as HTMLElement;
        expect(block.getBoundingClientRect().width / size, 'line length in em').to.be.at.most(60 * 0.62);
      }
    });
  }
});
