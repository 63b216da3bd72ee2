/**
 * Klar's Tiptap 3 extensions in a real editor, with Klar loaded on the page as in Umbraco's
 * backoffice when it loads Klar: every story's markup comes out of `getHTML()` as it went in,
 * the author sees the rendered element, and selects and deletes it with the keyboard.
 */
import { expect } from 'chai';
import { Editor, type AnyExtension } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/klar.js';
import klar from '../src/cms/tiptap.js';
import { IN_PARAGRAPH, canonical, describeRoundTrips, storyMarkups } from './helpers/editor-round-trip.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { isFirefox, nextFrame, settle } from './helpers/fixtures.js';

const markups = await storyMarkups();

const GOALS = '<klar-goals><ul><li>Flere borgere i job</li><li>Færre ensomme</li></ul></klar-goals>';

function openEditor(extensions: AnyExtension[], content?: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions, content });
}

const closeEditor = (editor: Editor) => {
  const element = editor.view.dom.parentElement;
  editor.destroy();
  element?.remove();
};

/** Focuses the editor and selects: Tiptap focuses in the next frame, keys sent before it are lost. */
async function focusWith(editor: Editor, select: (commands: Editor['commands']) => boolean): Promise<void> {
  editor.commands.focus();
  select(editor.commands);
  await nextFrame();
  await nextFrame();
}

/** The author's box for the first Klar element of a tag in the editor. */
const box = (editor: Editor, tag: string) => editor.view.dom.querySelector(`[data-klar-tag="${tag}"]`) as HTMLElement;

describe('Tiptap 3 with StarterKit and Klar’s extensions', () => {
  let editor: Editor;
  before(() => {
    editor = openEditor([StarterKit, ...klar]);
  });
  after(() => closeEditor(editor));

  describeRoundTrips(markups, () => ({
    setContent: (html) => {
      editor.commands.setContent(html);
    },
    getContent: () => editor.getHTML(),
  }));

  it('gives back the stored markup, not what a JSON-mode element built in the editor', async () => {
    const html = '<klar-fact src="/demo/json/rygere.json"></klar-fact>';
    editor.commands.setContent(html);
    const live = box(editor, 'klar-fact').querySelector('klar-fact')!;
    await settle(editor.view.dom);
    expect(live.shadowRoot!.querySelector('[part="value"]')?.textContent, 'the JSON has loaded').to.match(/\d/);
    expect(editor.getHTML()).to.equal(html);
  });

  it('adds no empty paragraph after a Klar box at the end, also when the author edits', async () => {
    editor.commands.setContent(`<p>Før</p>${GOALS}`);
    await focusWith(editor, (commands) => commands.setTextSelection(4));
    await sendKeys({ type: 'x' });
    expect(editor.getHTML()).to.equal(`<p>Førx</p>${GOALS}`);
  });

  describe('the author’s view', () => {
    it('shows the rendered key figure, named for assistive technology', async () => {
      editor.commands.setContent(IN_PARAGRAPH);
      await settle(editor.view.dom);
      const figure = box(editor, 'klar-fact');
      expect(figure.closest('p'), 'inside its paragraph').to.exist;
      expect(editor.getHTML(), 'exactly: the spaces beside it stay spaces, not &nbsp;').to.equal(IN_PARAGRAPH);
      const value = figure.querySelector('klar-fact')!.shadowRoot!.querySelector('[part="value"]')!;
      expect(value.textContent!.replace(/\s/g, ' ')).to.equal('19 %');
      expect(figure.getAttribute('role')).to.equal('group');
      expect(figure.getAttribute('aria-label')).to.equal('Klar-element: klar-fact');
      if (!isFirefox) expect(await accessibilityOutline('.ProseMirror p')).to.include('group "Klar-element: klar-fact"');
    });

    it('shows content given to the Editor constructor (drawn before editor.view exists)', () => {
      const opened = openEditor([StarterKit, ...klar], GOALS);
      const shown = box(opened, 'klar-goals')?.getAttribute('aria-label');
      const output = opened.getHTML();
      closeEditor(opened);
      expect(shown).to.equal('Klar-element: klar-goals');
      expect(output).to.equal(GOALS);
    });

    it('shows the Klar script line as a labelled box, without running it', () => {
      editor.commands.setContent('<script type="module" src="/assets/klar/klar.js"></script>');
      const script = box(editor, 'script');
      expect(script.textContent).to.equal('Klar-script: /assets/klar/klar.js');
      expect(script.getAttribute('aria-label')).to.equal('Klar-script: /assets/klar/klar.js');
      expect(editor.view.dom.querySelector('script')).to.equal(null);
    });
  });

  describe('the keyboard', () => {
    it('selects a Klar box with the arrow key and deletes it', async () => {
      editor.commands.setContent(`<p>Før</p>${GOALS}<p>Efter</p>`);
      await focusWith(editor, (commands) => commands.setTextSelection(4));
      await sendKeys({ press: 'ArrowRight' });
      expect(editor.state.selection).to.be.instanceOf(NodeSelection);
      expect(getComputedStyle(box(editor, 'klar-goals')).outlineStyle, 'shown as selected').to.equal('solid');
      await sendKeys({ press: 'Delete' });
      expect(editor.getHTML()).to.equal('<p>Før</p><p>Efter</p>');
    });

    it('selects a key figure in a sentence with the arrow key and deletes it, the words stay', async () => {
      editor.commands.setContent('<p>Vi ved, at <klar-fact value="19" unit="percent"><span slot="label">ryger dagligt</span></klar-fact> i Ishøj.</p>');
      await focusWith(editor, (commands) => commands.setTextSelection(13)); // after the figure: "Vi ved, at " is 11 characters from 1
      await sendKeys({ press: 'ArrowLeft' });
      expect(editor.state.selection).to.be.instanceOf(NodeSelection);
      // On the figure itself: an outline on its inline wrapper would be two slivers beside it.
      expect(getComputedStyle(box(editor, 'klar-fact').querySelector('klar-fact')!).outlineStyle, 'shown as selected').to.equal('solid');
      await sendKeys({ press: 'Backspace' });
      expect(editor.getHTML()).to.equal('<p>Vi ved, at  i Ishøj.</p>');
    });

    const writeAfter = { ArrowRight: 'the arrow key to the gap after it', Enter: 'Enter on the selected box' };
    for (const [key, how] of Object.entries(writeAfter)) {
      it(`lets the author write after a Klar box at the end: ${how}`, async () => {
        editor.commands.setContent(GOALS);
        await focusWith(editor, (commands) => commands.setNodeSelection(0));
        await sendKeys({ press: key });
        await sendKeys({ type: 'Mere' });
        expect(editor.getHTML()).to.equal(`${GOALS}<p>Mere</p>`);
      });
    }
  });
});

describe('Tiptap 3 without Klar’s extensions (so the round trip above can fail)', () => {
  it('StarterKit alone does not keep the first story', () => {
    const editor = openEditor([StarterKit]);
    editor.commands.setContent(markups[0].html);
    const output = editor.getHTML();
    closeEditor(editor);
    expect(canonical(output)).not.to.equal(canonical(markups[0].html));
  });

  it('without KlarEndsWithBlock, StarterKit adds an empty paragraph after a Klar box at the end', () => {
    const editor = openEditor([StarterKit, ...klar.filter(({ name }) => name !== 'klarEndsWithBlock')]);
    editor.commands.setContent(GOALS);
    const output = editor.getHTML();
    closeEditor(editor);
    expect(output).to.equal(`${GOALS}<p></p>`);
  });
});
