/**
 * The CKEditor 5 configuration with the real editor, as Drupal 10/11 runs it: a Drupal-like plugin
 * set plus Klar's, every story's markup through setData/getData, and what an author sees and does
 * in the editing view (Klar is loaded on the page, so previews render).
 */
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { Bold, ClassicEditor, Essentials, Heading, Italic, Link, List, Paragraph } from 'ckeditor5';
import type { EditorConfig } from 'ckeditor5';
import '../src/klar.js';
import klar from '../src/cms/ckeditor5.js';
import { IN_PARAGRAPH, KLAR_SCRIPT, canonical, describeRoundTrips, storyMarkups } from './helpers/editor-round-trip.js';

const markups = await storyMarkups();
const DRUPAL_LIKE = [Essentials, Paragraph, Heading, Bold, Italic, Link, List];
const FACT = '<klar-fact value="19" unit="percent"><span slot="label">ryger dagligt</span></klar-fact>';

async function openEditor(config: EditorConfig): Promise<ClassicEditor> {
  const host = document.createElement('div');
  document.body.append(host);
  return ClassicEditor.create(host, { ...config, licenseKey: 'GPL' });
}

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** The element rendered in the editing view, once Klar has rendered it. */
async function preview(editor: ClassicEditor, tag: string): Promise<Upgraded> {
  const element = editor.ui.getEditableElement()!.querySelector(`.klar-ck ${tag}`) as Upgraded;
  await customElements.whenDefined(tag);
  await element.updateComplete;
  return element;
}

describe('CKEditor 5 with the Klar configuration', () => {
  let editor: ClassicEditor;
  before(async () => {
    // Klar speaks the content language CKEditor sets on the editable (Drupal: the node's language).
    editor = await openEditor({ ...klar, plugins: [...DRUPAL_LIKE, ...klar.plugins], language: { content: 'da' } });
  });
  after(() => editor.destroy());

  describeRoundTrips(markups, () => ({
    setContent: (html) => editor.setData(html),
    getContent: () => editor.getData(),
  }));

  it('keeps a Klar element among paragraphs and headings, and one inside its paragraph', () => {
    const html = `<h2>Sundhed</h2>${IN_PARAGRAPH}${FACT}<p>Mere <strong>tekst</strong>.</p>`;
    editor.setData(html);
    expect(canonical(editor.getData())).to.equal(canonical(html));
  });

  it('keeps the spaces around a Klar element in running text plain spaces (not &nbsp;)', () => {
    editor.setData(IN_PARAGRAPH);
    expect(editor.getData()).to.equal(IN_PARAGRAPH);
  });

  it('writes the stored markup, not the preview: a JSON-mode element loading and loaded', async () => {
    const html = '<klar-goals src="/__klar/slow/300/demo/json/maalsaetninger-et-vaerdigt-liv.json"></klar-goals>';
    editor.setData(html);
    const element = editor.ui.getEditableElement()!.querySelector('.klar-ck klar-goals') as Upgraded;
    await new Promise(requestAnimationFrame);
    expect(element.getAttribute('aria-busy'), 'the preview is loading').to.equal('true');
    expect(editor.getData()).to.equal(html);
    await element.updateComplete;
    expect(element.children.length, 'the preview built its content').to.be.greaterThan(0);
    expect(editor.getData()).to.equal(html);
  });

  it('shows authors the rendered element in a widget with an accessible name', async () => {
    editor.setData(FACT);
    const fact = await preview(editor, 'klar-fact');
    const value = fact.shadowRoot!.querySelector('[part="value"]')!.textContent!.replace(/[\u200e\u200f]/g, '').replace(/\s/g, ' ');
    expect(value).to.equal('19 %');
    const widget = fact.closest('.klar-ck')!;
    expect(widget.classList.contains('ck-widget'), 'a CKEditor widget').to.be.true;
    expect(widget.getAttribute('role')).to.equal('group');
    expect(widget.getAttribute('aria-label')).to.equal('Klar-element: klar-fact');
  });

  it('shows the Klar script as a labelled box, and never runs it in the editor', () => {
    editor.setData(KLAR_SCRIPT);
    const editable = editor.ui.getEditableElement()!;
    const box = editable.querySelector('.klar-ck-script')!;
    expect(box.getAttribute('aria-label')).to.equal('Klar-script');
    expect(box.textContent).to.equal('Klar-script: /assets/klar/klar.js');
    expect(editable.querySelector('script')).to.equal(null);
  });

  it('lets an author select a Klar box with the arrow keys and delete it', async () => {
    editor.setData(`<p>Før</p>${FACT}<p>Efter</p>`);
    editor.editing.view.focus();
    editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot()!.getChild(0)!, 'end'));
    await sendKeys({ press: 'ArrowRight' });
    expect(editor.model.document.selection.getSelectedElement()?.name, 'the box is selected').to.equal('klarElement');
    await sendKeys({ press: 'Delete' });
    // CKEditor leaves an empty paragraph where the box was, for the caret.
    expect(canonical(editor.getData())).to.match(/^<p>Før<\/p>(<p><\/p>)?<p>Efter<\/p>$/);
  });
});

describe('CKEditor 5 without the Klar configuration', () => {
  it('loses the first story (so the tests above can fail)', async () => {
    const editor = await openEditor({ plugins: DRUPAL_LIKE });
    try {
      editor.setData(markups[0].html);
      expect(canonical(editor.getData())).not.to.equal(canonical(markups[0].html));
    } finally {
      await editor.destroy();
    }
  });
});
