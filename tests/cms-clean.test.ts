/**
 * The shared cleaner behind the CKEditor 5 and Tiptap configurations: Klar markup goes through
 * unchanged, hostile markup loses what makes it dangerous and keeps its words.
 */
import { expect } from 'chai';
import { cleanKlarMarkup } from '../src/cms/shared/clean.js';
import { describeRoundTrips, storyMarkups } from './helpers/editor-round-trip.js';

const markups = await storyMarkups();

describe('cleanKlarMarkup (CKEditor 5 and Tiptap keep Klar elements through it)', () => {
  let content = '';
  describeRoundTrips(markups, () => ({
    setContent: (html) => {
      content = cleanKlarMarkup(html);
    },
    getContent: () => content,
  }));

  it('unwraps an unknown element and keeps its text', () => {
    expect(cleanKlarMarkup('<klar-goals><ul><li><font color="red">Flere i job</font></li></ul></klar-goals>')).to.equal(
      '<klar-goals><ul><li>Flere i job</li></ul></klar-goals>'
    );
  });

  it('keeps mailto and relative links, drops other schemes', () => {
    expect(cleanKlarMarkup('<a href="mailto:politik@ishoj.dk">skriv</a><a href="/politik.pdf">pdf</a><a href="vbscript:x">x</a>')).to.equal(
      '<a href="mailto:politik@ishoj.dk">skriv</a><a href="/politik.pdf">pdf</a><a>x</a>'
    );
  });
});
