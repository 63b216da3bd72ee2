/**
 * klar-policy: a whole policy page from one JSON file, as the Klar elements an author would
 * write, with a table of contents and headings a screen-reader user can move by.
 */
import { expect } from 'chai';
import { html, render, type TemplateResult } from 'lit';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-policy/define.js';
import type { KlarPolicy } from '../src/elements/klar-policy/define.js';
import { slug } from '../src/elements/klar-policy/toc.js';
import { definitions } from '../src/core/json/definitions.js';
import { readableSentences } from '../src/elements/klar-reading-tools/read-aloud.js';
import { checkContent } from '../src/core/json/issues.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { withKlarErrors } from './helpers/console.js';
import { drawn, fixture, isFirefox, settle } from './helpers/fixtures.js';
import { consultation, daysFromToday } from '../stories/content/policies.js';
import { medborgerpolitikArabicData, medborgerpolitikData, policyFiles } from '../stories/content/policy-documents.js';

interface Section {
  kind?: string;
  heading: string;
  blocks?: { kind: string; heading?: string; text?: string | string[]; blocks?: unknown[] }[];
}
interface PolicyJson {
  heading: string;
  foreword?: { heading?: string; text: string | string[] };
  sections: Section[];
}

const load = async (file: string): Promise<PolicyJson> => (await fetch(file)).json();
const policyIn = (container: Element) => container.querySelector('klar-policy') as KlarPolicy;
const tocLinks = (policy: Element) => [...policy.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
const messageOf = (policy: Element) => policy.shadowRoot!.querySelector<HTMLElement>('[part="message"]');
const visible = (element: Element | null | undefined) => Boolean(element?.checkVisibility());
const words = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
const paragraphsOf = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Renders `template`, and waits until the JSON is shown and every element it brings has rendered. */
async function policyFixture(template: TemplateResult, settings: { locale?: string; easyRead?: boolean } = {}) {
  const container = await fixture(template, settings);
  await settle(container);
  return policyIn(container);
}

/** The headings a screen reader lists, in order, as "level text". */
async function headingOutline(selector: string): Promise<string[]> {
  await drawn();
  return (await accessibilityOutline(selector))
    .split('\n')
    .map((line) => /^\s*heading "(.*)" level=(\d)$/.exec(line))
    .filter((match): match is RegExpExecArray => Boolean(match))
    .map(([, text, level]) => `${level} ${text}`);
}

describe('klar-policy', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => {
    // A link followed in a test leaves its #section in the address: the next test starts without.
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  });

  describe('the Medborgerpolitik høringsversion from its file', () => {
    it('renders the whole document: title, every section heading and paragraph, the vision and the circle of 4 themes', async () => {
      const data = await load(policyFiles.medborgerpolitik);
      const policy = await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      const card = policy.querySelector('klar-policy-card[slot="header"]')!;
      expect(words(card.querySelector('[slot="heading"]')!.textContent)).to.equal(data.heading);
      const sectionHeadings = [...policy.querySelectorAll(':scope > h3')].map((heading) => words(heading.textContent));
      expect(sectionHeadings).to.deep.equal([data.foreword!.heading, ...data.sections.map((section) => section.heading)]);
      const shown = [...policy.querySelectorAll(':scope > p')].filter(visible).map((paragraph) => words(paragraph.textContent));
      const written = [
        ...paragraphsOf(data.foreword!.text),
        ...data.sections.flatMap((section) => section.blocks!.filter((block) => block.kind === 'text').flatMap((block) => paragraphsOf(block.text))),
      ];
      expect(shown).to.deep.equal(written);
      expect(words(policy.querySelector('klar-vision > p')!.textContent)).to.equal('Alle ser mangfoldighed som en styrke. Alle kan noget, men ingen kan alt.');
      const circle = policy.querySelector('klar-theme-circle')!;
      expect([...circle.querySelectorAll('klar-theme')].map((theme) => theme.getAttribute('label'))).to.deep.equal(['Ansvar', 'Fællesskaber', 'Åbenhed', 'Relationer']);
      expect(circle.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(4);
      expect(policy.querySelector('klar-success-criteria')!.getAttribute('heading-level')).to.equal('4');
    });

    it('is navigable by headings: the title, the sections one below, the elements in them one below that, nothing skipped', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      // As loaded: most of the page is below the fold, where the Klar elements are not drawn yet.
      await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      const outline = await headingOutline('klar-policy');
      expect(outline).to.deep.equal([
        '2 Høringsversion: Ishøjs Medborgerpolitik',
        '3 1. Borgmesteren har ordet',
        '3 2. Indledning',
        '4 Mangfoldighed er Ishøjs styrke, når:',
        '3 3. Vision',
        '4 Vision',
        '3 4. Temaer - ansvar, fællesskaber, åbenhed og relationer',
        '4 Medborgerskabets indholdscirkel',
        '5 Medbestemmelse inspirerer til ansvar og deltagelse',
        '5 Alle skal være en del af et fællesskab',
        '5 Alle møder hinanden med åbenhed og nysgerrighed',
        '5 Alle indgår i meningsfulde relationer med hinanden',
      ]);
      const levels = outline.map((line) => Number(line[0]));
      levels.forEach((level, index) => index && expect(level, outline[index]).to.be.at.most(levels[index - 1] + 1));
    });

    it('has a table of contents: a navigation named "Indhold" with a link to each section', async function () {
      const policy = await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      const nav = policy.shadowRoot!.querySelector('nav')!;
      expect(nav.getAttribute('aria-labelledby')).to.equal('toc-heading');
      expect(words(policy.shadowRoot!.getElementById('toc-heading')!.textContent)).to.equal('Indhold');
      expect(tocLinks(policy).map((link) => words(link.textContent))).to.deep.equal([
        '1. Borgmesteren har ordet',
        '2. Indledning',
        '3. Vision',
        '4. Temaer - ansvar, fællesskaber, åbenhed og relationer',
      ]);
      if (isFirefox) return;
      const tree = await accessibilityOutline('klar-policy');
      expect(tree).to.contain('navigation "Indhold"');
      expect(tree).to.contain('listitem "3. Vision"');
    });

    it('links to ids made from the headings, each on one heading of the page', async () => {
      const policy = await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      const targets = tocLinks(policy).map((link) => link.getAttribute('href')!);
      expect(targets).to.deep.equal(['#1-borgmesteren-har-ordet', '#2-indledning', '#3-vision', '#4-temaer-ansvar-faellesskaber-aabenhed-og-relationer']);
      for (const target of targets) {
        expect(document.querySelectorAll(`[id="${target.slice(1)}"]`), target).to.have.length(1);
        expect(document.getElementById(target.slice(1))!.localName, target).to.equal('h3');
      }
    });

    it('Enter on a link of the table of contents moves focus to its section, scrolled into view', async () => {
      const policy = await policyFixture(html`<button type="button">Før politikken</button><klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      await drawn();
      const section = document.getElementById('3-vision')!;
      expect(section.getBoundingClientRect().top).to.be.above(innerHeight);
      document.querySelector<HTMLButtonElement>('.fixture button')!.focus();
      // Tab: the answer link of the consultation, then the table of contents.
      const focused = () => policy.shadowRoot!.activeElement ?? document.activeElement;
      for (let presses = 0; presses < 8 && words(focused()?.textContent) !== '3. Vision'; presses++) await sendKeys({ press: 'Tab' });
      expect(words(focused()?.textContent)).to.equal('3. Vision');
      await sendKeys({ press: 'Enter' });
      await drawn();
      await drawn();
      expect(document.activeElement).to.equal(section);
      const { top, bottom } = section.getBoundingClientRect();
      expect(top).to.be.at.least(0);
      expect(bottom).to.be.at.most(innerHeight);
      expect(location.hash).to.equal('#3-vision');
      // The next Tab goes on from the section, not from the table of contents: to the circle's ring in section 4.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(policy.querySelector('klar-theme-circle'));
    });
  });

  describe('ids', () => {
    it('are the heading\'s words: Danish letters spelt out, other signs a dash, other scripts kept', () => {
      expect(slug('2. Indledning')).to.equal('2-indledning');
      expect(slug('Råudkast til ny Velfærdspolitik')).to.equal('raaudkast-til-ny-velfaerdspolitik');
      expect(slug('Hvad er velfærd i Ishøj?')).to.equal('hvad-er-velfaerd-i-ishoej');
      expect(slug('360⁰ perspektiv')).to.equal('360-perspektiv');
      expect(slug('Idéoplæg')).to.equal('ideoplaeg');
      expect(slug('3. الرؤية')).to.equal('3-الرؤية');
      expect(slug('…')).to.equal('afsnit');
    });

    it('are unique on the page: a second policy with the same sections gets its own', async () => {
      const container = await fixture(
        html`<h2 id="indhold">Indhold</h2>
          <klar-policy .data=${medborgerpolitikData()}></klar-policy>
          <klar-policy .data=${medborgerpolitikData()}></klar-policy>`
      );
      await settle(container);
      const [first, second] = [...container.querySelectorAll('klar-policy')];
      expect(tocLinks(first).map((link) => link.hash)).to.deep.equal(['#3-vision', '#4-temaer-ansvar-faellesskaber-aabenhed-og-relationer']);
      expect(tocLinks(second).map((link) => link.hash)).to.deep.equal(['#3-vision-2', '#4-temaer-ansvar-faellesskaber-aabenhed-og-relationer-2']);
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('stay the same when the policy is written again (a new heading-level)', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikData()}></klar-policy>`);
      const before = tocLinks(policy).map((link) => link.hash);
      policy.setAttribute('heading-level', '1');
      await settle(policy.parentElement!);
      expect(document.getElementById('3-vision')!.localName).to.equal('h2');
      expect(tocLinks(policy).map((link) => link.hash)).to.deep.equal(before);
    });
  });

  describe('heading levels', () => {
    it('follow heading-level: title at it, sections one below, elements in a section one below that', async () => {
      const policy = await policyFixture(html`<klar-policy heading-level="1" src=${policyFiles.ideoplaeg}></klar-policy>`);
      expect(policy.querySelector('klar-policy-card > [slot="heading"]')!.localName).to.equal('h1');
      expect(policy.querySelector('#hvad-bygger-ideoplaegget-paa')!.localName).to.equal('h2');
      expect(policy.querySelector('#sundhedsstrategi')!.localName).to.equal('h2');
      // Subsections one below their section; a box in a subsection one below that.
      expect(policy.querySelector('#sundhedsomraadets-saerlige-udfordringer')!.localName).to.equal('h3');
      expect(policy.querySelector('klar-goals')!.getAttribute('heading-level')).to.equal('4');
      // A Klar element standing as a section: its heading is a section heading.
      const timeline = policy.querySelector('klar-timeline')!;
      expect(timeline.getAttribute('heading-level')).to.equal('2');
      expect(timeline.querySelector('[slot="heading"]')!.localName).to.equal('h2');
      expect(tocLinks(policy).at(-1)!.hash).to.equal(`#${timeline.querySelector('[slot="heading"]')!.id}`);
    });

    it('never skip a level in any of the five documents', async () => {
      for (const file of Object.values(policyFiles)) {
        const policy = await policyFixture(html`<klar-policy src=${file}></klar-policy>`);
        // Light-DOM headings and the default headings Klar elements write, in document order.
        const headings: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const element of root.querySelectorAll('*')) {
            if (/^h[1-6]$/.test(element.localName) && visible(element)) headings.push(element);
            if (element.shadowRoot) for (const own of element.shadowRoot.querySelectorAll('.heading')) if (visible(own)) headings.push(own);
          }
        };
        walk(policy.parentElement!);
        const levels = headings.map((heading) => Number(heading.localName[1]));
        expect(levels[0], file).to.equal(2);
        expect(levels.some((level, index) => index > 0 && level > levels[index - 1] + 1), `${file}: ${levels.join(' ')}`).to.equal(false);
      }
    });
  });

  describe('consultation', () => {
    // The card's line: its sentence, without the address it prints on paper.
    const line = (policy: Element) => policy.querySelector('klar-policy-card')!.shadowRoot!.querySelector<HTMLElement>('[part="consultation"]');

    it('open: "Giv dit høringssvar senest …" as a link at the top, before the table of contents', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikData(daysFromToday(10))}></klar-policy>`);
      const link = line(policy)!.querySelector('a')!;
      expect(words(link.querySelector('.consultation-text')!.textContent)).to.match(/^Giv dit høringssvar senest \d+\. \S+ \d{4}$/);
      expect(link.getAttribute('href')).to.equal(consultation.respondHref);
      const nav = policy.shadowRoot!.querySelector('nav')!;
      await drawn();
      expect(link.getBoundingClientRect().bottom).to.be.below(nav.getBoundingClientRect().top);
    });

    it('ended: "Høringen sluttede …", without a link', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikData(consultation.ended)}></klar-policy>`);
      expect(words(line(policy)!.querySelector('.consultation-text')!.textContent)).to.equal('Høringen sluttede 15. januar 2026');
      expect(line(policy)!.querySelector('a')).to.equal(null);
    });
  });

  describe('the five seed documents', () => {
    for (const [name, file] of Object.entries(policyFiles)) {
      it(`${name}: fits the schema (runtime and Ajv) and renders every section without a klar-error`, async () => {
        const data = await load(file);
        expect(checkContent(definitions['klar-policy'].schema, data)).to.deep.equal([]);
        const ajv = await executeServerCommand<{ valid: boolean; errors: string[] }, { tag: string; data: unknown }>('klar-schema-check', { tag: 'klar-policy', data });
        expect(ajv.valid, ajv.errors.join('; ')).to.equal(true);
        await withKlarErrors(async (errors) => {
          const policy = await policyFixture(html`<klar-policy src=${file}></klar-policy>`);
          expect(errors).to.deep.equal([]);
          expect(messageOf(policy)).to.equal(null);
          const lines = tocLinks(policy).map((link) => words(link.textContent));
          for (const section of data.sections) expect(lines, section.heading).to.include(section.heading);
          if (data.foreword?.heading) expect(lines[0]).to.equal(data.foreword.heading);
        });
      });
    }
  });

  describe('content that does not fit', () => {
    const sections = (blocks: unknown[]) => [
      { heading: '2. Indledning', blocks: [{ kind: 'text', text: 'Alle borgere i Ishøj Kommune er medborgere.' }] },
      { heading: '3. Vision', blocks: [{ kind: 'vision', text: 'Alle ser mangfoldighed som en styrke.' }] },
      { heading: 'Målsætninger', blocks },
    ];

    it('names the JSON path ("sections[2].blocks[0].items") and shows the rest, with a short message', async () => {
      await withKlarErrors(async (errors, console) => {
        const policy = await policyFixture(
          html`<klar-policy .data=${{ heading: 'Socialstrategi', sections: sections([{ kind: 'goals', items: 'Borgere har en helhedsplan' }]) }}></klar-policy>`
        );
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('sections[2].blocks[0].items must be a list');
        expect(console.errors[0]).to.contain('<klar-policy>').and.contain('sections[2].blocks[0].items');
        expect(visible(messageOf(policy))).to.equal(true);
        expect(policy.querySelector('klar-vision')).not.to.equal(null);
        expect(tocLinks(policy)).to.have.length(3);
      });
    });

    it('names a block without a kind, or one it does not know', async () => {
      await withKlarErrors(async (errors) => {
        await policyFixture(html`<klar-policy .data=${{ heading: 'Socialstrategi', sections: sections([{ items: ['Borgere har en helhedsplan'] }, { kind: 'goal', items: ['x'] }]) }}></klar-policy>`);
        expect(errors[0].message).to.contain('sections[2].blocks[0].kind is missing').and.contain('sections[2].blocks[1].kind must have a "kind"');
      });
    });

    it('refuses unsafe links: the text shows without a link, and the path is named', async () => {
      await withKlarErrors(async (errors) => {
        const policy = await policyFixture(
          html`<klar-policy
            .data=${{
              heading: 'Høringsversion: Ishøjs Medborgerpolitik',
              status: 'consultation',
              consultationEnds: daysFromToday(10),
              respondHref: 'javascript:alert(1)',
              sections: [
                { heading: '2. Indledning', blocks: [{ kind: 'list', items: [{ text: 'Medborgerpolitikken', href: ' javascript:alert(2)' }, { text: 'Velfærdspolitikken', href: '/politikker/velfaerdspolitik' }] }] },
                { heading: 'Ønsker', blocks: [{ kind: 'citizen-wishes', items: [{ text: 'Lettere adgang', href: 'data:text/html,<script>alert(3)</script>' }] }] },
              ],
            }}
          ></klar-policy>`
        );
        const messages = errors.filter((error) => error.code === 'unsafe-url').map((error) => error.message);
        expect(messages.some((message) => message.startsWith('respondHref "javascript:alert(1)" is refused'))).to.equal(true);
        expect(messages.some((message) => message.startsWith('sections[0].blocks[0].items[0].href'))).to.equal(true);
        expect(messages.some((message) => message.startsWith('sections[1].blocks[0].items[0].href'))).to.equal(true);
        const hrefs = [...policy.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!);
        expect(hrefs).to.deep.equal(['/politikker/velfaerdspolitik']);
        expect(policy.querySelector('klar-policy-card')!.hasAttribute('respond-href')).to.equal(false);
        expect(words(policy.querySelector('li')!.textContent)).to.equal('Medborgerpolitikken');
      });
    });

    it('markup inside the tag without src or data: shown as it is, with a message; the web team is told to use JSON', async () => {
      await withKlarErrors(async (errors) => {
        const policy = await policyFixture(html`<klar-policy><h2>Medborgerpolitik</h2><p>Alle kan noget, men ingen kan alt.</p></klar-policy>`);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('JSON only').and.contain('src');
        expect(visible(policy.querySelector('p'))).to.equal(true);
        expect(visible(messageOf(policy))).to.equal(true);
      });
    });

    it('nothing at all: "empty-content"', async () => {
      await withKlarErrors(async (errors) => {
        await policyFixture(html`<klar-policy></klar-policy>`);
        expect(errors.map((error) => error.code)).to.deep.equal(['empty-content']);
      });
    });

    it('markup inside the tag with src is the fallback: replaced by the file, back when the file fails', async () => {
      await withKlarErrors(async (errors) => {
        const policy = await policyFixture(html`<klar-policy src="demo/json/politikker/findes-ikke.json"><p>Læs politikken som PDF.</p></klar-policy>`);
        expect(errors.map((error) => error.code)).to.deep.equal(['load-failed']);
        expect(visible(policy.querySelector('p'))).to.equal(true);
      });
      const policy = await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}><p>Læs politikken som PDF.</p></klar-policy>`);
      expect([...policy.querySelectorAll('p')].some((paragraph) => paragraph.textContent === 'Læs politikken som PDF.')).to.equal(false);
    });
  });

  describe('languages', () => {
    it('Arabic: the table of contents named in Arabic, right to left, its accent on the right', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikArabicData}></klar-policy>`, { locale: 'ar' });
      const nav = policy.shadowRoot!.querySelector('nav')!;
      const name = words(policy.shadowRoot!.getElementById('toc-heading')!.textContent);
      expect(name).not.to.equal('Indhold');
      expect(name).to.match(/[\u0600-\u06FF]/);
      expect(getComputedStyle(nav).direction).to.equal('rtl');
      const style = getComputedStyle(nav);
      expect(parseFloat(style.borderRightWidth)).to.be.above(parseFloat(style.borderLeftWidth));
      expect(tocLinks(policy).map((link) => decodeURIComponent(link.hash))).to.deep.equal(['#3-الرؤية', `#${slug(medborgerpolitikArabicData.sections[1].heading)}`]);
      await expectNoAxeViolations('klar-policy in Arabic');
    });

    it('a Danish policy on a page in another language: the interface follows the page, the content keeps its own lang', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${{ ...medborgerpolitikData(), lang: 'da' }}></klar-policy>`, { locale: 'en' });
      expect(words(policy.shadowRoot!.getElementById('toc-heading')!.textContent)).to.equal('Contents');
      const link = tocLinks(policy)[0];
      expect(link.lang).to.equal('da');
      expect(document.getElementById('3-vision')!.getAttribute('lang')).to.equal('da');
    });
  });

  describe('easy-read', () => {
    for (const how of ['its own easy-read attribute', 'the page (data-klar-easy-read)']) {
      it(`by ${how}: the easy-read text instead of the standard text, larger, and the elements' own easy-read versions`, async () => {
        const ownAttribute = how.startsWith('its own');
        const policy = await policyFixture(html`<klar-policy ?easy-read=${ownAttribute} src=${policyFiles.medborgerpolitik}></klar-policy>`, { easyRead: !ownAttribute });
        const standard = policy.querySelector('p[data-klar-text="standard"]')!;
        const easy = policy.querySelector('p[data-klar-text="easy-read"]')!;
        expect(visible(standard)).to.equal(false);
        expect(visible(easy)).to.equal(true);
        expect(parseFloat(getComputedStyle(easy).fontSize)).to.be.at.least(20);
        expect(parseFloat(getComputedStyle(easy).lineHeight) / parseFloat(getComputedStyle(easy).fontSize)).to.be.at.least(1.59);
        const vision = policy.querySelector('klar-vision')!;
        expect(visible(vision.querySelector('[slot="easy-read"]'))).to.equal(true);
        expect(visible(vision.querySelector(':scope > p:not([slot])'))).to.equal(false);
        expect(visible(policy.querySelector('klar-success-criteria > ul[slot="easy-read"]'))).to.equal(true);
      });
    }

    it('off: the standard text only', async () => {
      const policy = await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`);
      expect(visible(policy.querySelector('p[data-klar-text="standard"]'))).to.equal(true);
      expect(visible(policy.querySelector('p[data-klar-text="easy-read"]'))).to.equal(false);
    });
  });

  describe('read aloud', () => {
    it('reads in page order: the header, each section heading and text, the Klar elements where they stand', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikData()}></klar-policy>`);
      const parts = policy.spoken().map((part) => (typeof part === 'string' ? part : part.localName.startsWith('klar-') ? `<${part.localName}>` : words(part.textContent)));
      expect(parts).to.deep.equal([
        '<klar-policy-card>',
        'Medborgerpolitikken er en tværgående politik, der sikrer vores fælles værdigrundlag.',
        '3. Vision',
        '<klar-vision>',
        '4. Temaer - ansvar, fællesskaber, åbenhed og relationer',
        '<klar-theme-circle>',
      ]);
    });
  });

  describe('read aloud', () => {
    it('reads each Klar element inside the policy once, in place, by its own spoken()', async () => {
      const policy = await policyFixture(html`<klar-policy .data=${medborgerpolitikData()}></klar-policy>`);
      const texts = readableSentences(policy.parentElement!).map((sentence) => sentence.text);
      const vision = 'Alle ser mangfoldighed som en styrke.';
      expect(texts.filter((text) => text === vision), 'the vision, once').to.have.length(1);
      // In place: the vision after its section heading, before the circle's.
      const at = (words: string) => texts.findIndex((text) => text.includes(words));
      expect(at('Vision')).to.be.within(0, at(vision) - 1);
      expect(at(vision)).to.be.below(at('Temaer - ansvar, fællesskaber, åbenhed og relationer'));
    });
  });

  describe('accessibility', () => {
    for (const [width, easyRead] of [
      [1280, false],
      [320, false],
      [320, true],
    ] as const) {
      it(`no axe violations: the Medborgerpolitik at ${width} px${easyRead ? ', easy-read' : ''}`, async () => {
        await setViewport({ width, height: 900 });
        try {
          await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`, { easyRead });
          await expectNoAxeViolations(`Medborgerpolitik ${width} px`);
        } finally {
          await setViewport({ width: 1280, height: 900 });
        }
      });
    }

    it('no axe violations: the Idéoplæg, the largest document', async () => {
      await policyFixture(html`<klar-policy src=${policyFiles.ideoplaeg}></klar-policy>`);
      await expectNoAxeViolations('Idéoplæg');
    });
  });

  describe('speed', () => {
    it('renders the Medborgerpolitik from its file in well under a second (printed)', async () => {
      // The chunk of JSON mode and the translations are loaded once per page, as on a real one.
      const container = (await policyFixture(html`<klar-policy src=${policyFiles.medborgerpolitik}></klar-policy>`)).parentElement!;
      render(html``, container);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        render(html`<klar-policy src=${`${policyFiles.medborgerpolitik}?run=${run}`}></klar-policy>`, container);
        await settle(container);
        times.push(performance.now() - started);
        render(html``, container);
      }
      const median = [...times].sort((a, b) => a - b)[2];
      console.log(`klar-policy src=medborgerpolitik.json in ${isFirefox ? 'Firefox' : 'Chromium'}: median ${median.toFixed(0)} ms (${times.map((time) => time.toFixed(0)).join(', ')} ms), file fetched each time`);
      expect(median).to.be.below(1000);
    });
  });
});
