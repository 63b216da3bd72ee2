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
 * Speaks `sentences` with `voice`; calls `onDone` after the last one or on `stop()`.
 * Returns controls for pause, resume and stop.
 */
export function speak(sentences: Sentence[], voice: SpeechSynthesisVoice, onDone: () => void) {
  ensureHighlightStyle();
  speechSynthesis.cancel();
  let stopped = false;
  const finish = () => {
    if (stopped) return;
    stopped = true;
    highlight(undefined);
    onDone();
  };
  sentences.forEach((sentence, index) => {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => highlight(sentence.range);
    if (index === sentences.length - 1) utterance.onend = finish;
    utterance.onerror = (event) => {
      if (event.error !== 'interrupted' && event.error !== 'canceled') finish();
    };
    speechSynthesis.speak(utterance);
  });
  if (sentences.length === 0) finish();
  return {
    pause: () => speechSynthesis.pause(),
    resume: () => speechSynthesis.resume(),
    stop: () => {
      speechSynthesis.cancel();
      finish();
    },
  };
}
