/**
 * Read aloud with the Web Speech API (a lazy chunk, fetched when a reader first presses "Læs op"): the Klar content of the page, in document order, one
 * sentence at a time, each highlighted while it is read (CSS Custom Highlight API, so the page's
 * DOM is never changed).
 */
import { isSpeakable, type Speakable } from '../../core/spoken.js';

const HIGHLIGHT = 'klar-reading';

interface Sentence {
  text: string;
  /** What to highlight; text the element writes itself (a default heading) has none. */
  range?: Range;
}

/** Sentences of one text block; a block of several text nodes is one "sentence". */
function sentencesOf(block: Element): Sentence[] {
  const texts = [...block.childNodes].filter((node): node is Text => node instanceof Text && Boolean(node.data.trim()));
  if (texts.length === 1 && block.children.length === 0) {
    const [node] = texts;
    return [...node.data.matchAll(/[^.!?]+(?:[.!?]+|$)/g)]
      .filter((match) => match[0].trim())
      .map((match) => {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        return { text: match[0].trim(), range };
      });
  }
  const range = document.createRange();
  range.selectNodeContents(block);
  const text = block.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text ? [{ text, range }] : [];
}

/**
 * What a reader sees of the page's Klar content, as sentences in reading order: each Klar
 * element says what it reads (`spoken()`), its own words and the author's blocks. An element may
 * hand over a Klar element inside it (a whole policy, its boxes): that one is read in place,
 * once, by its own `spoken()`.
 */
export function readableSentences(root: ParentNode = document): Sentence[] {
  const read = new Set<Element>();
  const sentencesOfElement = (element: Speakable): Sentence[] => {
    read.add(element);
    return element.spoken().flatMap((part) =>
      typeof part === 'string'
        ? [{ text: part.replace(/\s+/g, ' ').trim() }]
        : isSpeakable(part)
          ? read.has(part) ? [] : sentencesOfElement(part)
          : sentencesOf(part)
    );
  };
  return [...root.querySelectorAll('*')]
    .filter(isSpeakable)
    .flatMap((element) => (read.has(element) ? [] : sentencesOfElement(element)))
    .filter((sentence) => sentence.text);
}

let styled = false;
/** The highlight's look lives in the page, where the highlighted text is. */
function ensureHighlightStyle(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: #ffe45c; color: #000; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function highlight(range: Range | undefined): void {
  if (!('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}

/**
 * Speaks `sentences` with `voice`, one utterance at a time; calls `onDone` after the last one or
 * on `stop()`. Returns controls for pause, resume and stop.
 *
 * Pause is cancel-and-remember, continue speaks again from the start of the sentence that was
 * interrupted: `speechSynthesis.pause()` does nothing in Firefox, and in Chromium on Linux it
 * stops the audio and leaves speech-dispatcher stuck for every program until it is restarted.
 * One utterance at a time (the next is queued when one ends) is what makes that possible, and
 * a cancelled utterance's late events (`end` in Firefox, `error` in Chromium) are ignored by
 * their turn number.
 */
export function speak(sentences: Sentence[], voice: SpeechSynthesisVoice, onDone: () => void) {
  ensureHighlightStyle();
  speechSynthesis.cancel();
  /** The sentence being read, or to read on continue. */
  let next = 0;
  /** Whose events still count: each (re)start and each cancel begins a new turn. */
  let turn = 0;
  let stopped = false;
  const finish = () => {
    if (stopped) return;
    stopped = true;
    turn++;
    highlight(undefined);
    onDone();
  };
  const speakNext = (mine: number) => {
    if (mine !== turn) return;
    if (next >= sentences.length) return finish();
    const sentence = sentences[next];
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => {
      if (mine === turn) highlight(sentence.range);
    };
    utterance.onend = () => {
      if (mine !== turn) return;
      next++;
      speakNext(mine);
    };
    utterance.onerror = (event) => {
      if (mine === turn && event.error !== 'interrupted' && event.error !== 'canceled') finish();
    };
    speechSynthesis.speak(utterance);
  };
  speakNext(turn);
  return {
    pause: () => {
      turn++;
      speechSynthesis.cancel();
    },
    resume: () => {
      if (stopped) return;
      turn++;
      speakNext(turn);
    },
    stop: () => {
      speechSynthesis.cancel();
      finish();
    },
  };
}
