/**
 * The round trip every rich-text editor configuration in src/cms/ must pass: Klar markup goes in,
 * the editor's output comes out the same (white space and attribute order aside), twice in a row;
 * and hostile markup comes out without handlers, `javascript:` URLs or embedded code.
 *
 * The markup is every story's: each story rendered the way Storybook renders it, in a document
 * without a window (so no element upgrades and adds nothing), and the outermost Klar elements of
 * it taken as a web team would paste them. The page layout around them in a story (columns,
 * grids) is Storybook's, not content.
 */
import { expect } from 'chai';
import { render } from 'lit';
import { KLAR_TAGS } from '../../src/cms/shared/allow-list.js';
import { loadStories } from './stories.js';

/** One editor, opened once per test file. */
export interface EditorUnderTest {
  setContent(html: string): void | Promise<void>;
  getContent(): string | Promise<string>;
}

export interface StoryMarkup {
  id: string;
  html: string;
}

/** Elements that start and end a block of text (Klar's are blocks too). */
const BLOCKS = ['p', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote', 'br', ...KLAR_TAGS].join(', ');

const inertDocument = () => document.implementation.createHTMLDocument('');

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Every story's Klar markup, as an author would write it. */
export async function storyMarkups(): Promise<StoryMarkup[]> {
  const markups: StoryMarkup[] = [];
  for (const story of await loadStories()) {
    const doc = inertDocument();
    const container = doc.createElement('div');
    render(story.template(), container, { creationScope: doc });
    removeComments(container);
    const outermost = [...container.querySelectorAll('*')].filter(
      (element) => element.localName.startsWith('klar-') && !hasKlarAncestor(element, container)
    );
    if (outermost.length === 0) continue;
    markups.push({ id: story.id, html: outermost.map((element) => element.outerHTML).join('\n') });
  }
  return markups;
}

function hasKlarAncestor(element: Element, root: Element): boolean {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (parent.localName.startsWith('klar-')) return true;
  }
  return false;
}

/**
 * A form of the markup in which only meaning counts: comments gone, attributes sorted, runs of
 * white space one space, white space between tags gone.
 */
export function canonical(html: string): string {
  const template = inertDocument().createElement('template');
  template.innerHTML = html;
  removeComments(template.content);
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === Node.TEXT_NODE) {
        // HTML white space only: a no-break space the editor wrote instead of a space must show.
        const text = child.textContent!.replace(/[ \t\n\r\f]+/g, ' ');
        if (text.trim() === '') child.parentNode!.removeChild(child);
        else child.textContent = text;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const attributes = [...element.attributes].map(({ name, value }) => [name, value] as const).sort(([a], [b]) => a.localeCompare(b));
        for (const [name] of attributes) element.removeAttribute(name);
        for (const [name, value] of attributes) element.setAttribute(name, value);
        visit(element);
      }
    }
  };
  visit(template.content);
  return template.innerHTML.replace(/ ?(<\/?(?:p|ul|ol|li|h[1-6]|div|blockquote|klar-[a-z-]+)[ >])/g, '$1').replace(/(<\/(?:p|ul|ol|li|h[1-6]|div|blockquote|klar-[a-z-]+)>) /g, '$1').trim();
}

/** The Klar script, as the README tells a web team to write it into a page. */
export const KLAR_SCRIPT = '<script type="module" src="/assets/klar/klar.js"></script>';

/** A Klar element where a web team may well put one: inside a paragraph of running text. */
export const IN_PARAGRAPH =
  '<p>Sundhedsprofilen viser, at <klar-fact value="19" unit="percent"><span slot="label">ryger dagligt</span></klar-fact> i Ishøj.</p>';

/** Markup that must come out without what makes it dangerous, and with every word of its text. */
export const HOSTILE: readonly { name: string; html: string; keeps: readonly string[] }[] = [
  {
    name: 'handlers on a Klar element and inside it',
    html: '<klar-quote onmouseover="alert(1)"><p onclick="alert(2)">Vi skal ses som en ressource.</p><span slot="source" onfocus="alert(3)">Borger</span></klar-quote>',
    keeps: ['Vi skal ses som en ressource.', 'Borger'],
  },
  {
    name: 'javascript: URLs, also with a tab and in capitals',
    html: '<klar-policy-card href="javascript:alert(1)" status="adopted" date="2023-06-20"><h2 slot="heading">Socialstrategi</h2><p>Læs <a href=" jav\tascript:alert(2)">mere</a> og <a href="JAVASCRIPT:alert(3)">her</a>.</p></klar-policy-card>',
    keeps: ['Socialstrategi', 'Læs', 'mere', 'her'],
  },
  {
    name: 'script, image, frame and SVG inside a Klar element',
    html: '<klar-goals><ul><li>Flere borgere i job<img src="x" onerror="alert(1)"></li><li>Færre ensomme<script>alert(2)</script></li></ul><iframe src="https://example.org"></iframe><svg onload="alert(3)"><circle r="1"></circle></svg></klar-goals>',
    keeps: ['Flere borgere i job', 'Færre ensomme'],
  },
  {
    name: 'inline script and a script with another type beside Klar',
    html: '<script>alert(1)</script><script type="text/javascript" src="/evil.js"></script><klar-success-criteria><ul><li>Borgere tilbydes flere lokale tilbud</li></ul></klar-success-criteria>',
    keeps: ['Borgere tilbydes flere lokale tilbud'],
  },
  {
    name: 'a data: URL as JSON source and style',
    html: '<klar-fact src="data:application/json,{}" style="background:url(javascript:alert(1))" value="13" unit="percent"><span slot="label">er ensomme</span></klar-fact>',
    keeps: ['er ensomme'],
  },
];

const HARMFUL: readonly [string, RegExp][] = [
  ['event-handler attribute', /<[^>]*\son[a-z]+\s*=/i],
  ['javascript: URL', /java\s*script\s*:/i],
  ['data: URL', /=\s*["']?\s*data:/i],
  ['embedded code or media', /<(img|iframe|svg|object|embed|style)\b/i],
  ['inline script', /<script(?![^>]*\ssrc=)[^>]*>/i],
  ['a script that is not a module', /<script(?![^>]*type="module")[^>]*>/i],
  ['style attribute', /\sstyle\s*=/i],
];

/** Markup with something no editor may let through (some stories show what Klar does with it). */
export const isHostile = (html: string): boolean => HARMFUL.some(([, pattern]) => pattern.test(html));

/** What no editor may let through. */
export function expectHarmless(html: string): void {
  for (const [what, pattern] of HARMFUL) expect(html, what).not.to.match(pattern);
}

/** The words of markup, as a reader gets them: code and embedded media are not words. */
export function wordsOf(html: string): string {
  const template = inertDocument().createElement('template');
  template.innerHTML = html;
  for (const code of template.content.querySelectorAll('script, style, template, svg, iframe, object, embed')) code.remove();
  // A block ends a word wherever the editor puts its line breaks: "ressource.</p><span>Borger" reads as two words.
  for (const block of template.content.querySelectorAll(BLOCKS)) {
    block.before(' ');
    block.after(' ');
  }
  return template.content.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Danish letters stay letters: a CMS that stores `&aelig;` shows web teams unreadable source. */
export function expectNoLetterEntities(html: string): void {
  expect(html).not.to.match(/&(aelig|oslash|aring|AElig|Oslash|Aring|#2[0-9]{2});/);
}

/**
 * The suite: every story's markup, the script line, a Klar element in a paragraph and the hostile
 * fixtures, through `editor`. Call inside a `describe`.
 */
export function describeRoundTrips(markups: readonly StoryMarkup[], editor: () => EditorUnderTest): void {
  const roundTrip = async (html: string) => {
    await editor().setContent(html);
    return editor().getContent();
  };
  const expectTwoExactRoundTrips = async (html: string) => {
    const first = await roundTrip(html);
    expect(canonical(first), 'first round trip').to.equal(canonical(html));
    const second = await roundTrip(first);
    expect(canonical(second), 'second round trip').to.equal(canonical(html));
    expectNoLetterEntities(second);
  };

  it('has story markup to test', () => {
    expect(markups.length).to.be.greaterThan(20);
  });
  for (const { id, html } of markups) {
    if (isHostile(html)) it(`story ${id}: keeps every word, strips what is unsafe`, () => expectCleaned(html));
    else it(`keeps story ${id} exactly, twice`, () => expectTwoExactRoundTrips(html));
  }
  it('keeps the Klar script line', () => expectTwoExactRoundTrips(KLAR_SCRIPT));
  it('keeps a Klar element inside a paragraph', () => expectTwoExactRoundTrips(IN_PARAGRAPH));
  const expectCleaned = async (html: string, keeps: readonly string[] = []) => {
    const first = await roundTrip(html);
    const second = await roundTrip(first);
    for (const output of [first, second]) {
      expectHarmless(output);
      expect(wordsOf(output), 'every word kept').to.equal(wordsOf(html));
      for (const text of keeps) expect(output).to.include(text);
    }
    expect(canonical(second), 'stable after cleaning').to.equal(canonical(first));
  };
  for (const { name, html, keeps } of HOSTILE) {
    it(`strips hostile markup: ${name}`, () => expectCleaned(html, keeps));
  }
}
