/**
 * Adding an element is adding its folder, its story and its test: everything else that lists
 * elements is derived from the folders (the bundle, JSON mode, schemas, docs tables, editor
 * configurations) or checked here, by name, so nothing is left out silently.
 */
import { expect } from 'chai';
import { definitions } from '../src/core/json/definitions.js';
import { defineElement } from '../src/core/define.js';
import { VERSION } from '../src/generated/version.js';
import { captureConsole } from './helpers/console.js';
import type { KlarContentElement } from '../src/core/klar-content-element.js';
import { KlarElement } from '../src/core/klar-element.js';
import { isContent, KLAR_TAGS, SHOWN_INSIDE, storyFileOf } from './helpers/elements.js';

const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;
const text = async (path: string) => (await fetch(path)).text();
const constructorOf = (tag: string) => customElements.get(tag);

describe('every element folder', () => {
  it('defines a Klar element under the folder\'s name', async () => {
    await Promise.all(KLAR_TAGS.map((tag) => customElements.whenDefined(tag)));
    const notKlar = KLAR_TAGS.filter((tag) => !(constructorOf(tag)?.prototype instanceof KlarElement));
    expect(notKlar, 'folders whose define.ts defines no KlarElement').to.deep.equal([]);
  });

  it('has a story file, a test file and a docs example (example.html in the folder)', async () => {
    const missing: string[] = [];
    for (const tag of KLAR_TAGS) {
      for (const path of [`/stories/${storyFileOf(tag)}`, `/tests/${SHOWN_INSIDE[tag] ?? tag}.test.ts`, `/src/elements/${tag}/example.html`]) {
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
    const pages = (await text('/demo/index.html')) + (await text('/demo/json.html')) + (await text('/demo/politik.html'));
    expect(KLAR_TAGS.filter((tag) => !new RegExp(`<${tag}[\\s>]`).test(pages)).map((tag) => `${tag}: demo/index.html, json.html or politik.html`)).to.deep.equal([]);
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

describe('defining a tag', () => {
  // Each test its own tags: a registry cannot forget a definition.
  class Current extends KlarElement {}
  const older = (version?: string) => class extends HTMLElement { static readonly klarVersion = version; };

  it('keeps the first definition, and warns once when it is another Klar version', () => {
    const console = captureConsole();
    try {
      customElements.define('klar-test-old-a', older('0.0.9'));
      customElements.define('klar-test-old-b', older('0.0.9'));
      defineElement('klar-test-old-a', class extends Current {});
      defineElement('klar-test-old-b', class extends Current {});
      expect(customElements.get('klar-test-old-a')!.name).to.not.equal('Current');
      expect(console.warnings).to.have.length(1);
      expect(console.warnings[0]).to.contain('<klar-test-old-a> is already defined by Klar 0.0.9').and.contain(`Klar ${VERSION}`);
    } finally {
      console.restore();
    }
  });

  it('says so for a tag some other script took, and is silent for the same version loaded twice', () => {
    const console = captureConsole();
    try {
      customElements.define('klar-test-foreign', older());
      defineElement('klar-test-foreign', class extends Current {});
      defineElement('klar-test-same', class extends Current {});
      defineElement('klar-test-same', class extends Current {});
      expect(console.warnings).to.have.length(1);
      expect(console.warnings[0]).to.contain('a script that is not Klar');
    } finally {
      console.restore();
    }
  });
});
