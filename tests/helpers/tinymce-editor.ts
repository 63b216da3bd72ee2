/**
 * The TinyMCE configuration (src/cms/tinymce.ts) against a real TinyMCE: one version a test file,
 * since each sets the global `tinymce`. TinyMCE is served from node_modules by the test server and
 * loads its theme, model, icons and skin from there (`base_url`, `suffix`).
 */
import { expect } from 'chai';
import klar, { klarTinymce, type TinymceEditor } from '../../src/cms/tinymce.js';
import { UMBRACO_13_VALID_ELEMENTS, umbraco13CustomConfig } from '../../src/cms/tinymce-umbraco.js';
import { canonical, describeRoundTrips, IN_PARAGRAPH, isHostile, storyMarkups } from './editor-round-trip.js';

/** What the tests use of a TinyMCE editor (6 and 8 alike). */
interface Editor extends TinymceEditor {
  setContent(html: string): void;
  getContent(): string;
  getWin(): Window & typeof globalThis;
  getBody(): HTMLElement;
  mode: { isReadOnly(): boolean };
  remove(): void;
}

declare global {
  interface Window {
    tinymce: { init(options: Record<string, unknown>): Promise<Editor[]> };
  }
}

export interface TinymceVersion {
  /** The package folder in node_modules: `tinymce` (8) or `tinymce6`. */
  folder: string;
  major: number;
  /** Also test the options as Umbraco 13 gives them to its TinyMCE 6 (dist/cms/tinymce.json). */
  umbraco?: boolean;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** In the tests, Klar comes from the sources (the build's dist/klar.js may not exist yet). */
const KLAR_SOURCE = '/src/klar.ts';

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

export async function describeTinymce({ folder, major, umbraco }: TinymceVersion): Promise<void> {
  const markups = await storyMarkups();
  await loadScript(`/node_modules/${folder}/tinymce.min.js`);
  const open = async (options: Record<string, unknown>): Promise<Editor> => {
    const target = document.createElement('textarea');
    document.body.append(target);
    // TinyMCE 8 without a license key is read-only; 6 does not know the option.
    const license = major >= 7 ? { license_key: 'gpl' } : {};
    const [editor] = await window.tinymce.init({ target, base_url: `/node_modules/${folder}`, suffix: '.min', ...license, ...options });
    return editor;
  };

  describe(`TinyMCE ${major} with Klar's options`, () => {
    let editor: Editor;
    before(async () => {
      editor = await open({ ...klarTinymce({ klarScript: KLAR_SOURCE }) });
      // Preview on: Klar runs in the editor's document during every round trip.
      await editor.getWin().customElements.whenDefined('klar-goals');
    });
    after(() => editor.remove());

    describeRoundTrips(markups, () => ({ setContent: (html) => editor.setContent(html), getContent: () => editor.getContent() }));

    it('is editable, not read-only', () => {
      expect(editor.mode.isReadOnly()).to.equal(false);
      expect(editor.getBody().isContentEditable).to.equal(true);
    });

    it('shows authors rendered Klar elements', async () => {
      editor.setContent(`${IN_PARAGRAPH}<klar-goals><ul><li>Flere borgere i job</li></ul></klar-goals>`);
      await nextFrame(editor.getWin());
      for (const tag of ['klar-fact', 'klar-goals']) {
        const element = editor.getBody().querySelector(tag)!;
        expect(element.shadowRoot, tag).to.be.an.instanceOf(editor.getWin().ShadowRoot);
        expect(element.getBoundingClientRect().height, tag).to.be.greaterThan(0);
      }
    });

    it('does not load JSON content in the editor, and saves the element as written', async () => {
      const html = '<klar-fact src="/demo/json/rygere.json"><span slot="label">ryger dagligt</span></klar-fact><klar-goals src="/demo/json/maalsaetninger-et-vaerdigt-liv.json"></klar-goals>';
      editor.setContent(html);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const goals = editor.getBody().querySelector('klar-goals')!;
      expect(goals.childElementCount, 'no content built from JSON').to.equal(0);
      expect(goals.hasAttribute('aria-busy')).to.equal(false);
      expect(canonical(editor.getContent())).to.equal(canonical(html));
    });

    it('saves nothing the preview adds: aria-busy and unknown attributes on Klar elements go', () => {
      editor.setContent('<klar-goals><ul><li>Flere borgere i job</li></ul></klar-goals>');
      editor.getBody().querySelector('klar-goals')!.setAttribute('aria-busy', 'true');
      expect(editor.getContent()).not.to.include('aria-busy');
    });

    it('keeps URLs exactly as written', () => {
      const html = '<klar-policy-card href="/politik.pdf" status="adopted" date="2023-06-20"><h2 slot="heading">Socialstrategi</h2><p>Læs <a href="/politik.pdf">politikken</a> eller <a href="mailto:politik@ishoj.dk">skriv</a>.</p></klar-policy-card>';
      editor.setContent(html);
      expect(canonical(editor.getContent())).to.equal(canonical(html));
    });

    it('keeps inside Klar elements only what the allow-list keeps (style, target, a table go; the words stay)', () => {
      editor.setContent('<klar-goals><p style="color: red">Flere <a href="/job" target="_blank">i job</a></p><table><tbody><tr><td>Færre ensomme</td></tr></tbody></table></klar-goals>');
      expect(canonical(editor.getContent())).to.equal(canonical('<klar-goals><p>Flere <a href="/job">i job</a></p>Færre ensomme</klar-goals>'));
    });

    it("leaves markup outside Klar elements to TinyMCE's own rules", () => {
      const html = '<p style="text-align: center;">Ishøj <a href="https://ishoj.dk" target="_blank" rel="noopener">Kommune</a></p><table><tbody><tr><td>Tal</td></tr></tbody></table>';
      editor.setContent(html);
      expect(canonical(editor.getContent())).to.equal(canonical(html));
    });

    it('the default export loads Klar from beside the package (dist/klar.js next to dist/cms/)', () => {
      expect(klar.custom_elements).to.equal(klarTinymce().custom_elements);
      expect(typeof klar.setup).to.equal('function');
    });
  });

  describe(`TinyMCE ${major} with its default options`, () => {
    let editor: Editor;
    before(async () => {
      editor = await open({});
    });
    after(() => editor.remove());

    it("does not keep the first story's markup (so the round trips above can fail)", () => {
      const [{ html }] = markups;
      editor.setContent(html);
      expect(canonical(editor.getContent())).not.to.equal(canonical(html));
    });
  });

  if (!umbraco) return;
  describe(`TinyMCE ${major} as Umbraco 13 sets it up, with Klar's appsettings.json options`, () => {
    let editor: Editor;
    before(async () => {
      // As Umbraco's rte: its valid_elements, then the CustomConfig strings, "true"/"false" as booleans.
      const custom = Object.entries(umbraco13CustomConfig()).map(([name, value]) => [name, value === 'true' ? true : value === 'false' ? false : value]);
      editor = await open({ valid_elements: UMBRACO_13_VALID_ELEMENTS, invalid_elements: 'font', relative_urls: false, ...Object.fromEntries(custom) });
    });
    after(() => editor.remove());

    // Without the module's code the Klar script and the hostile markup are Umbraco's own rules'
    // business, and TinyMCE 6 rewrites a circle's selected="2" as an HTML boolean (pinned below).
    const rewritten = /<klar-theme-circle[^>]*\sselected=/;
    for (const { id, html } of markups.filter(({ html }) => !isHostile(html) && !rewritten.test(html))) {
      it(`keeps story ${id}`, () => {
        editor.setContent(html);
        expect(canonical(editor.getContent())).to.equal(canonical(html));
      });
    }
    it('keeps a Klar element inside a paragraph', () => {
      editor.setContent(IN_PARAGRAPH);
      expect(canonical(editor.getContent())).to.equal(canonical(IN_PARAGRAPH));
    });
    it("known limit: rewrites a circle's selected theme as selected=\"selected\" (the module holds it)", () => {
      editor.setContent('<klar-theme-circle selected="2"><klar-theme label="Ansvar"><h3 slot="heading">Ansvar</h3></klar-theme></klar-theme-circle>');
      expect(editor.getContent()).to.include('selected="selected"');
    });
  });
}
