/**
 * Adding an element is adding its folder, its story and its test: everything else that lists
 * elements is derived from the folders (the bundle, JSON mode, schemas, docs tables, editor
 * configurations) or checked here, by name, so nothing is left out silently.
 */
import { expect } from 'chai';
import '../src/klar.js';
import { KLAR_TAGS } from '../src/generated/tags.js';
import { definitions } from '../src/core/json/definitions.js';
import { KlarContentElement } from '../src/core/klar-content-element.js';
import { KlarElement } from '../src/core/klar-element.js';

/** Elements shown inside another element's stories, with the element whose stories show them. */
const SHOWN_INSIDE: Record<string, string> = { 'klar-theme': 'klar-theme-circle' };

const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;
const text = async (path: string) => (await fetch(path)).text();
const constructorOf = (tag: string) => customElements.get(tag);
const isContent = (tag: string) => constructorOf(tag)?.prototype instanceof KlarContentElement;

describe('every element folder', () => {
  it('defines a Klar element under the folder\'s name', async () => {
    await Promise.all(KLAR_TAGS.map((tag) => customElements.whenDefined(tag)));
    const notKlar = KLAR_TAGS.filter((tag) => !(constructorOf(tag)?.prototype instanceof KlarElement));
    expect(notKlar, 'folders whose define.ts defines no KlarElement').to.deep.equal([]);
  });

  it('has a story file, a test file and a docs example', async () => {
    const missing: string[] = [];
    for (const tag of KLAR_TAGS) {
      const storyOf = SHOWN_INSIDE[tag] ?? tag;
      for (const path of [`/stories/${storyOf}.stories.ts`, `/tests/${tag}.test.ts`, `/docs/examples/${tag}.html`]) {
        if (!(await exists(path))) missing.push(`${tag}: ${path.slice(1)}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('as a content element, takes JSON (its folder has <tag>.json.ts)', () => {
    const without = KLAR_TAGS.filter((tag) => isContent(tag) && !definitions[tag]).map((tag) => `src/elements/${tag}/${tag}.json.ts`);
    expect(without).to.deep.equal([]);
  });

  it('as a content element, tells read aloud what to read', async () => {
    const silent: string[] = [];
    for (const tag of KLAR_TAGS.filter(isContent)) {
      const element = document.body.appendChild(document.createElement(tag) as KlarContentElement);
      await element.updateComplete;
      if (typeof element.spoken !== 'function' || !Array.isArray(element.spoken())) silent.push(tag);
      element.remove();
    }
    expect(silent).to.deep.equal([]);
  });

  it('is shown on a demo page', async () => {
    const pages = (await text('/demo/index.html')) + (await text('/demo/json.html'));
    expect(KLAR_TAGS.filter((tag) => !pages.includes(`<${tag}`)).map((tag) => `${tag}: demo/index.html or demo/json.html`)).to.deep.equal([]);
  });

  // The CSS that frames content before the script has run names the tags: a new one must be in it.
  it('as a content element, is framed before the script has run (README and demo CSS)', async () => {
    const lists = { 'README.md': await text('/README.md'), 'demo/demo.css': await text('/demo/demo.css') };
    const missing: string[] = [];
    for (const [file, source] of Object.entries(lists)) {
      const list = /:is\(([^)]*)\):not\(:defined\)/.exec(source)?.[1].split(',').map((tag) => tag.trim()) ?? [];
      for (const tag of KLAR_TAGS) if (isContent(tag) && !SHOWN_INSIDE[tag] && !list.includes(tag)) missing.push(`${file}: ${tag}`);
    }
    expect(missing).to.deep.equal([]);
  });
});
