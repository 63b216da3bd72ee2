/**
 * JSON mode: `src` and `data` on every content element. The JSON becomes the markup an author
 * would write, so it must read and sound exactly like the markup; every failure shows a polite
 * message, reports its code and keeps the author's content; nothing in it ever runs.
 */
import { expect } from 'chai';
import { html, render, type TemplateResult } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/klar.js';
import type { KlarErrorDetail } from '../src/core/errors.js';
import { definitions } from '../src/core/json/definitions.js';
import { checkContent } from '../src/core/json/issues.js';
import { LOCALES } from '../stories/support/page-settings.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { DEMO, demoMain } from './helpers/demo.js';
import { drawn, fixture, isFirefox, nextFrame, settle } from './helpers/fixtures.js';
import { invalidCases, validEdgeCases, type JsonCase } from './fixtures/json-cases.js';

type Element = HTMLElement & { src?: string; data?: unknown; updateComplete: Promise<boolean>; headingLevel?: number | string };

const messageOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="message"]');
const busyLineOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('.json-busy');
const retryOf = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (2 s at most) until `condition` holds. */
async function until(condition: () => unknown): Promise<void> {
  for (const started = performance.now(); !condition(); await nextFrame()) {
    if (performance.now() - started > 2000) throw new Error(`still not so after 2 s: ${condition}`);
  }
}

/** Resolves with the first `klar-error` from `element`, or rejects after `ms`. */
function firstError(element: EventTarget, ms: number): Promise<KlarErrorDetail> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no klar-error within ${ms} ms`)), ms);
    element.addEventListener('klar-error', (event) => (clearTimeout(timer), resolve((event as CustomEvent<KlarErrorDetail>).detail)), { once: true });
  });
}

/** The text a reader sees in an element, shadow DOM and slotted content in rendered order. */
function flatText(node: Node): string {
  if (node instanceof Text) return node.data;
  if (!(node instanceof HTMLElement || node instanceof SVGElement)) return '';
  if (node instanceof HTMLElement && !node.checkVisibility() && node.localName !== 'slot') return '';
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join(' ');
  }
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(flatText).join(' ');
}
const words = (node: Node) => flatText(node).replace(/\s+/g, ' ').trim();

/** A demo page's `<main>` without its reading tools and page title: the elements to compare. */
async function demoElements(page: string): Promise<Node[]> {
  const nodes = await demoMain(page);
  return nodes.filter((node) => !(node instanceof Element && ['klar-reading-tools', 'h1'].includes(node.localName)));
}

describe('JSON mode: the demo page from JSON reads like the markup page', () => {
  let markup: Node[];
  let json: Node[];
  before(async () => {
    [markup, json] = await Promise.all([demoElements('index.html'), demoElements('json.html')]);
  });

  for (const locale of LOCALES) {
    for (const easyRead of [false, true]) {
      it(`the same elements, words, sizes${isFirefox ? '' : ' and accessibility tree'} · ${locale} · ${easyRead ? 'easy-read' : 'standard'}`, async () => {
        const container = await fixture(
          html`<div class="markup">${markup.map((node) => node.cloneNode(true))}</div>
            <div class="json">${json.map((node) => node.cloneNode(true))}</div>`,
          { locale, easyRead }
        );
        const [written, loaded] = ['.markup', '.json'].map((side) => [...container.querySelectorAll<HTMLElement>(`${side} *`)].filter((element) => element.localName.startsWith('klar-')));
        // Sizes are compared as drawn: off screen, an element skips rendering and measures as its estimate.
        for (const element of [...written, ...loaded]) element.style.contentVisibility = 'visible';
        await settle(container);
        expect(loaded.map((element) => element.localName)).to.deep.equal(written.map((element) => element.localName));
        expect(written.length).to.be.greaterThan(10);
        written.forEach((element, index) => {
          const twin = loaded[index];
          expect(words(twin), `${element.localName} ${index}: words`).to.equal(words(element));
          const [a, b] = [element, twin].map((each) => each.getBoundingClientRect());
          expect(Math.abs(a.width - b.width), `${element.localName} ${index}: width`).to.be.below(0.5);
          expect(Math.abs(a.height - b.height), `${element.localName} ${index}: height`).to.be.below(0.5);
          expect(twin.hasAttribute('aria-busy')).to.equal(false);
        });
        if (!isFirefox) expect(await accessibilityOutline('.fixture .json')).to.equal(await accessibilityOutline('.fixture .markup'));
      });
    }
  }
});

describe('JSON mode: one schema, the same verdict from the runtime and from Ajv', () => {
  const check = async ({ tag, data }: JsonCase) => ({
    runtime: checkContent(definitions[tag].schema, data),
    ajv: await executeServerCommand<{ valid: boolean; errors: string[] }, { tag: string; data: unknown }>('klar-schema-check', { tag, data }),
  });

  it('accepts every seed file of demo/json/, by the schema of the element that loads it', async () => {
    const page = await (await fetch(new URL('json.html', DEMO))).text();
    const uses = [...page.matchAll(/<(klar-[a-z-]+)[^>]*\ssrc="json\/([^"]+)"/g)];
    expect(uses.length).to.be.at.least(10);
    for (const [, tag, file] of uses) {
      const data = await (await fetch(new URL(`json/${file}`, DEMO))).json();
      const { runtime, ajv } = await check({ tag, why: file, data });
      expect(runtime, `${file}: runtime`).to.deep.equal([]);
      expect(ajv.valid, `${file}: Ajv: ${ajv.errors.join('; ')}`).to.equal(true);
    }
  });

  for (const each of validEdgeCases) {
    it(`accepts ${each.why} (${each.tag})`, async () => {
      const { runtime, ajv } = await check(each);
      expect(runtime).to.deep.equal([]);
      expect(ajv.valid, ajv.errors.join('; ')).to.equal(true);
    });
  }

  for (const each of invalidCases) {
    it(`refuses ${each.why} (${each.tag}), naming "${each.says}"`, async () => {
      const { runtime, ajv } = await check(each);
      expect(ajv.valid, 'Ajv accepts it').to.equal(false);
      expect(runtime.join('; ')).to.contain(each.says);
    });
  }

  it('has a schema for every element that takes JSON, and only for those', async () => {
    const shipped = await (await fetch('/schema/klar.json')).json();
    // One entry per element (parts elements share, a policy's blocks, sit beside them in $defs).
    expect(shipped.anyOf.map((entry: { $ref: string }) => entry.$ref.replace('#/$defs/', '')).sort()).to.deep.equal(Object.keys(definitions).sort());
    for (const tag of Object.keys(definitions)) {
      const schema = await (await fetch(`/schema/${tag}.json`)).json();
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).to.equal(tag);
      expect(schema.description).to.be.a('string').and.not.equal('');
    }
  });
});

describe('JSON mode: failures', () => {
  /** Renders `template` and waits for its first klar-error (3 s at most, the promise to web teams). */
  async function failing(template: TemplateResult, selector: string) {
    const container = await fixture(html`<div></div>`);
    const started = performance.now();
    const error = firstError(container, 3000);
    render(template, container);
    const element = container.querySelector<Element>(selector)!;
    const detail = await error;
    await element.updateComplete;
    return { element, detail, ms: performance.now() - started };
  }

  const cases = [
    { why: 'a missing file (404)', src: '/demo/json/findes-ikke.json', code: 'load-failed', says: 'the server answered 404', retry: true },
    { why: 'a server error (500)', src: '/__klar/status/500', code: 'load-failed', says: 'the server answered 500', retry: true },
    { why: 'no server at all', src: 'http://127.0.0.1:9/klar.json', code: 'load-failed', says: 'could not load', retry: true },
    { why: 'a file that is not JSON', src: '/stories/json/ikke-json.json', code: 'invalid-json', says: 'is not JSON', retry: false },
  ];
  for (const { why, src, code, says, retry } of cases) {
    it(`${why}: a visible message within 3 s, klar-error "${code}", one console error, the author's list kept`, async () => {
      await withKlarErrors(async (errors, console) => {
        const { element, detail, ms } = await failing(
          html`<klar-goals src=${src}><ul><li>Borgere oplever at blive understøttet i selv at træffe beslutninger for eget liv.</li></ul></klar-goals>`,
          'klar-goals'
        );
        expect(detail.code).to.equal(code);
        expect(detail.message).to.contain(says);
        expect(ms).to.be.below(3000);
        expect(messageOf(element)?.checkVisibility()).to.equal(true);
        expect(messageOf(element)!.textContent).to.match(/Indholdet kunne ikke (hentes|læses)\./);
        expect(Boolean(retryOf(element)), 'a "Prøv igen" button').to.equal(retry);
        expect(element.querySelector('li')!.checkVisibility(), "the author's list").to.equal(true);
        expect(element.hasAttribute('aria-busy')).to.equal(false);
        expect(errors.map((each) => each.code)).to.deep.equal([code]);
        expect(console.errors.filter((line) => line.startsWith('Klar: <klar-goals>'))).to.have.length(1);
      });
    });
  }

  it('content that does not fit: klar-error "invalid-content" naming the JSON path; what fits is shown', async () => {
    await withKlarErrors(async (errors) => {
      const bad = invalidCases.find((each) => each.says === 'themes[2].label is missing')!;
      const element = (await fixture(html`<klar-theme-circle .data=${bad.data}></klar-theme-circle>`)).querySelector<Element>('klar-theme-circle')!;
      expect(errors).to.have.length(1);
      expect(errors[0].code).to.equal('invalid-content');
      expect(errors[0].message).to.contain('themes[2].label is missing');
      expect(errors[0].message).to.contain('data does not fit <klar-theme-circle>');
      expect(messageOf(element)!.textContent).to.contain('Noget af indholdet vises ikke helt som tænkt.');
      expect(element.querySelectorAll('klar-theme')).to.have.length(4);
      expect(element.querySelector('klar-theme:nth-of-type(3) li')!.checkVisibility()).to.equal(true);
    });
  });

  it('"Prøv igen" by keyboard loads the file once the server answers, and moves focus to the content', async () => {
    await withKlarErrors(async (errors) => {
      const key = `retry-${Date.now()}`;
      const { element } = await failing(html`<klar-fact src="/__klar/flaky/${key}/demo/json/rygere.json"></klar-fact>`, 'klar-fact');
      expect(errors[0].message).to.contain('503');
      retryOf(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await settle();
      expect(retryOf(element)).to.equal(null);
      expect(messageOf(element)).to.equal(null);
      expect(element.querySelector('[slot="label"]')!.textContent).to.equal('ryger dagligt');
      expect(document.activeElement).to.equal(element.querySelector('[slot="label"]'));
    });
  });

  it('an unsafe link in the JSON is shown as text and reported as "unsafe-url" with its path', async () => {
    await withKlarErrors(async (errors) => {
      const data = { items: ['At der investeres i forebyggende funktioner', { text: 'Læs mere', href: ' javascript:alert(1)' }, { text: 'Sundhedsprofilen', href: '/sundhed' }] };
      const box = (await fixture(html`<klar-citizen-wishes .data=${data}></klar-citizen-wishes>`)).querySelector<Element>('klar-citizen-wishes')!;
      expect(errors.map((each) => each.code)).to.deep.equal(['unsafe-url']);
      expect(errors[0].message).to.contain('items[1].href');
      const links = [...box.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['/sundhed']);
      expect(box.querySelectorAll('li')[1].textContent).to.equal('Læs mere');
    });
  });

  it('an unsafe href on a card: no link, "unsafe-url"', async () => {
    await withKlarErrors(async (errors) => {
      const data = { heading: 'Socialstrategi', status: 'adopted', href: 'javascript:alert(1)' };
      const card = (await fixture(html`<klar-policy-card .data=${data}></klar-policy-card>`)).querySelector<Element>('klar-policy-card')!;
      expect(errors.map((each) => each.code)).to.deep.equal(['unsafe-url']);
      expect(card.shadowRoot!.querySelector('a')).to.equal(null);
      expect(card.querySelector('[slot="heading"]')!.textContent).to.equal('Socialstrategi');
    });
  });
});

describe('JSON mode: nothing in the content runs', () => {
  const hostile = ['<img src=x onerror="window.klarPwned=1">', '<script>window.klarPwned=1</script>', '"><svg onload="window.klarPwned=1">'];

  it('markup in JSON strings is shown as text, in every field', async () => {
    const w = window as unknown as { klarPwned?: number };
    delete w.klarPwned;
    const [a, b, c] = hostile;
    const container = await fixture(html`
      <klar-goals .data=${{ heading: a, items: hostile, source: c }}></klar-goals>
      <klar-fact .data=${{ value: 19, unit: 'percent', label: b, source: { text: a, href: '/x' } }}></klar-fact>
      <klar-quote .data=${{ text: [a, b], source: c }}></klar-quote>
      <klar-policy-card .data=${{ heading: b, status: 'draft', href: '/x', vision: c, themes: hostile, description: a }}></klar-policy-card>
      <klar-theme-circle .data=${{ heading: c, center: a, themes: [{ label: b, heading: c, items: hostile }, { label: a, heading: b, items: [c] }] }}></klar-theme-circle>
    `);
    await sleep(50);
    expect(w.klarPwned).to.equal(undefined);
    expect(container.querySelectorAll('img, script, svg, iframe')).to.have.length(0);
    const text = container.textContent!;
    for (const each of hostile) expect(text).to.contain(each);
    expect(words(container.querySelector('klar-goals')!)).to.contain(a);
  });
});

describe('JSON mode: loading', () => {
  it('is politely busy: aria-busy at once, "Henter …" after a moment, its line reserved so nothing jumps', async () => {
    const container = await fixture(html`<div></div>`);
    render(html`<klar-goals src="/__klar/slow/1500/demo/json/borgernes-oensker.json"></klar-goals>`, container);
    const goals = container.querySelector<Element>('klar-goals')!;
    await drawn();
    expect(goals.getAttribute('aria-busy')).to.equal('true');
    await until(() => busyLineOf(goals));
    const line = busyLineOf(goals)!;
    expect(line.getAttribute('role')).to.equal('status');
    expect(line.textContent).to.equal('Henter …');
    expect(line.checkVisibility({ visibilityProperty: true })).to.equal(false);
    const heightAtOnce = goals.getBoundingClientRect().height;
    await sleep(900);
    expect(line.checkVisibility({ visibilityProperty: true }), 'shown after a moment').to.equal(true);
    expect(goals.getBoundingClientRect().height).to.equal(heightAtOnce);
    await goals.updateComplete;
    expect(goals.hasAttribute('aria-busy')).to.equal(false);
    expect(busyLineOf(goals)).to.equal(null);
    expect(goals.querySelectorAll(':scope > ul:not([slot]) li')).to.have.length(2);
  });

  it('the latest src wins: an old, slower answer never overwrites a newer one', async () => {
    const container = await fixture(html`<div></div>`);
    render(html`<klar-success-criteria src="/__klar/slow/1200/demo/json/et-vaerdigt-liv.json"></klar-success-criteria>`, container);
    const box = container.querySelector<Element>('klar-success-criteria')!;
    await sleep(100);
    box.src = '/demo/json/investering-i-forebyggelse.json';
    await box.updateComplete;
    expect(box.querySelector('li')!.textContent).to.equal('Borgere tilbydes flere lokale og mindre indgribende tilbud');
    await sleep(1500);
    expect(box.querySelector('li')!.textContent).to.equal('Borgere tilbydes flere lokale og mindre indgribende tilbud');
    expect(box.querySelectorAll(':scope > ul:not([slot])')).to.have.length(1);
  });

  it('data set after src wins, also when the file answers later', async () => {
    const container = await fixture(html`<div></div>`);
    render(html`<klar-goals src="/__klar/slow/1000/demo/json/borgernes-oensker.json"></klar-goals>`, container);
    const goals = container.querySelector<Element>('klar-goals')!;
    await sleep(50);
    goals.data = { items: ['Flere borgere er i job'] };
    await goals.updateComplete;
    await sleep(1300);
    expect([...goals.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Flere borgere er i job']);
    expect(goals.hasAttribute('aria-busy')).to.equal(false);
  });

  it("keeps the author's markup while loading, puts JSON in its place, and gives it back when data is taken away", async () => {
    const container = await fixture(html`<klar-goals><ul><li id="authored">Skrevet af webredaktøren</li></ul></klar-goals>`);
    const goals = container.querySelector<Element>('klar-goals')!;
    goals.src = '/__klar/slow/400/demo/json/borgernes-oensker.json';
    await nextFrame();
    expect(goals.querySelector('#authored')!.checkVisibility()).to.equal(true);
    await goals.updateComplete;
    expect(goals.querySelector('#authored')).to.equal(null);
    expect(goals.querySelectorAll(':scope > ul:not([slot]) li')).to.have.length(2);
    goals.src = undefined;
    await goals.updateComplete;
    expect(goals.querySelector('#authored')!.checkVisibility()).to.equal(true);
    expect(goals.querySelectorAll('li')).to.have.length(1);
  });
});

describe('JSON mode: what the JSON says', () => {
  it('headings at heading-level, and again when it changes; theme titles one level below the circle', async () => {
    const data = { heading: 'Medborgerskabets indholdscirkel', center: 'Medborgerskab', themes: (await (await fetch(new URL('json/medborgerskab.json', DEMO))).json()).themes };
    const circle = (await fixture(html`<klar-theme-circle heading-level="3" .data=${data}></klar-theme-circle>`)).querySelector<Element>('klar-theme-circle')!;
    expect(circle.querySelector(':scope > [slot="heading"]')!.localName).to.equal('h3');
    expect(circle.querySelector('klar-theme > [slot="heading"]')!.localName).to.equal('h4');
    circle.headingLevel = 2;
    await circle.updateComplete;
    await settle();
    expect(circle.querySelector(':scope > [slot="heading"]')!.localName).to.equal('h2');
    expect(circle.querySelector('klar-theme > [slot="heading"]')!.localName).to.equal('h3');
  });

  it('the easy-read version in the JSON shows in easy-read mode', async () => {
    const data = await (await fetch(new URL('json/et-vaerdigt-liv.json', DEMO))).json();
    const box = (await fixture(html`<klar-success-criteria .data=${data}></klar-success-criteria>`, { easyRead: true })).querySelector<Element>('klar-success-criteria')!;
    expect(words(box)).to.contain('Du bestemmer selv over dit liv.');
    expect(words(box)).not.to.contain('Borgere træffer beslutninger');
  });

  it("lang and dir go on the content, not on Klar's own interface", async () => {
    const data = { items: ['Borgere oplever at blive understøttet i selv at træffe beslutninger for eget liv.'], lang: 'da', dir: 'ltr' };
    const goals = (await fixture(html`<klar-goals .data=${data}></klar-goals>`, { locale: 'ar' })).querySelector<Element>('klar-goals')!;
    const list = goals.querySelector('ul')!;
    expect([list.lang, list.dir]).to.deep.equal(['da', 'ltr']);
    expect(getComputedStyle(list.querySelector('li')!).direction).to.equal('ltr');
    expect(goals.hasAttribute('lang')).to.equal(false);
    expect(goals.shadowRoot!.querySelector('.heading')!.textContent).to.equal('الأهداف');
  });

  it('a fact from JSON takes its number and unit from it, and gives the attributes back after', async () => {
    const fact = (await fixture(html`<klar-fact value="13" unit="percent"><span slot="label">er ensomme</span></klar-fact>`)).querySelector<Element & { value?: string }>('klar-fact')!;
    fact.data = { value: 19, unit: 'percent', label: 'ryger dagligt' };
    await fact.updateComplete;
    expect(words(fact)).to.contain('19 %');
    fact.data = undefined;
    await fact.updateComplete;
    expect(fact.value).to.equal('13');
    expect(words(fact)).to.contain('13 %');
    expect(words(fact)).to.contain('er ensomme');
  });
});
