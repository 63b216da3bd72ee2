/**
 * "Læs op" with real voices: Chromium and Firefox speak through speech-dispatcher and espeak-ng
 * (started by `npm run test:sr`), the sink is recorded. Nothing here is faked: the page's own
 * read-aloud code runs against the browser's speech engine; `speechSynthesis.speak` is only
 * wrapped to log what the engine was asked to say and which events came back.
 */
import { expect } from 'chai';
import { html } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/klar.js';
import { fixture } from '../helpers/fixtures.js';
import { composeStory } from '../helpers/stories.js';
import * as readingToolsStories from '../../stories/klar-reading-tools.stories.js';
import * as goalsStories from '../../stories/klar-goals.stories.js';

interface Heard {
  text: string;
  voice: string;
  voiceLang: string;
  started?: number;
  ended?: number;
  error?: string;
  /** What was highlighted when the engine said it started this sentence. */
  highlighted?: string;
}

const heard: Heard[] = [];
const engineSpeak = speechSynthesis.speak.bind(speechSynthesis);
speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
  const entry: Heard = { text: utterance.text, voice: utterance.voice?.name ?? '', voiceLang: utterance.voice?.lang ?? '' };
  heard.push(entry);
  // Listeners added after the page's own onstart, so they see the highlight it set.
  utterance.addEventListener('start', () => {
    entry.started = performance.now();
    const range = CSS.highlights.get('klar-reading')?.values().next().value as Range | undefined;
    entry.highlighted = range?.toString().replace(/\s+/g, ' ').trim() ?? '';
  });
  utterance.addEventListener('end', () => (entry.ended = performance.now()));
  utterance.addEventListener('error', (event) => (entry.error = event.error));
  engineSpeak(utterance);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until<T>(check: () => T | null | undefined | false, ms: number, what: string): Promise<T> {
  for (const started = performance.now(); performance.now() - started < ms; await sleep(50)) {
    const value = check();
    if (value) return value;
  }
  throw new Error(`${what}: not within ${ms / 1000} s (heard: ${JSON.stringify(heard.map((entry) => [entry.text.slice(0, 40), entry.started ? 'started' : '', entry.ended ? 'ended' : '', entry.error ?? '']))})`);
}

const tools = () => document.querySelector('klar-reading-tools')!;
const button = (selector: string) => tools().shadowRoot!.querySelector<HTMLButtonElement>(selector);
const started = () => heard.filter((entry) => entry.started);

/** The browser lists its voices late, Firefox first a part of them: wait until the count holds. */
async function voicesSettled(): Promise<number> {
  let count = -1;
  for (let stableFor = 0; stableFor < 1000; await sleep(250)) {
    const now = speechSynthesis.getVoices().length;
    stableFor = now === count && now > 0 ? stableFor + 250 : 0;
    count = now;
  }
  return count;
}

/** Presses a reading-tools button by keyboard: `.read-aloud` (read, pause, continue) or `.stop`. */
async function press(selector: string): Promise<void> {
  const target = await until(() => button(selector), 15_000, `the ${selector} button`);
  target.focus();
  await sendKeys({ press: 'Enter' });
}

async function readAloud(locale: string): Promise<void> {
  heard.length = 0;
  await executeServerCommand('klar-speech-record');
  await press('.read-aloud');

  // Two sentences, then pause in the middle of the second.
  const second = await until(() => started()[1], 30_000, 'the second sentence started');
  await sleep(300);
  await press('.read-aloud');
  const askedBeforePause = heard.length;
  await until(() => !speechSynthesis.speaking, 3000, 'silent after pause');
  await sleep(1500);
  expect(heard.length, 'nothing new is said while paused').to.equal(askedBeforePause);

  // Continue: the interrupted sentence again, from its start, then on.
  await press('.read-aloud');
  const again = await until(() => heard.slice(askedBeforePause).find((entry) => entry.started), 10_000, 'speech after continue');
  expect(again.text, 'continue starts at the sentence where it paused').to.equal(second.text);
  await until(() => heard.slice(askedBeforePause + 1).find((entry) => entry.started), 30_000, 'the sentence after that');

  await press('.stop');
  await until(() => !speechSynthesis.speaking, 3000, 'silent after stop');
  const askedBeforeStop = heard.length;
  await sleep(1500);
  expect(heard.length, 'nothing is said after stop').to.equal(askedBeforeStop);
  expect(CSS.highlights.has('klar-reading'), 'no highlight after stop').to.equal(false);
  const recorded = (await executeServerCommand('klar-speech-recorded')) as { seconds: number; audibleSeconds: number; peak: number };

  // Every sentence in the page's language, with the language's own voice (not a variant).
  for (const entry of heard) {
    expect(entry.voiceLang.split('-')[0], `the voice for "${entry.text}"`).to.equal(locale);
    expect(entry.voice, `the voice for "${entry.text}"`).not.to.include('+');
  }
  // The highlight follows the voice: at each sentence's start, that sentence is highlighted
  // (words the element writes itself, like a default heading, have no highlight).
  const withHighlight = started().filter((entry) => entry.highlighted);
  expect(withHighlight.length, 'sentences highlighted as they were read').to.be.at.least(2);
  for (const entry of withHighlight) expect(entry.highlighted).to.equal(entry.text);
  // Real sound: the sink heard speech for a good part of the recording.
  expect(recorded.audibleSeconds, `seconds of sound in ${recorded.seconds.toFixed(1)} s recorded`).to.be.at.least(2);
  expect(recorded.peak).to.be.above(0.05);

  const engine = navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium';
  console.log(
    `${engine} ${locale}: ${started().length} sentences started with "${heard[0].voice}", paused and continued at "${second.text.slice(0, 40)}…", ` +
      `${recorded.audibleSeconds} s of sound in ${recorded.seconds.toFixed(1)} s recorded (peak ${recorded.peak.toFixed(2)})`
  );

  // speech-dispatcher still speaks, for other programs and for the page.
  const said = (await executeServerCommand('klar-speech-say')) as { ok: boolean; audibleSeconds: number };
  expect(said.ok, 'spd-say after the browser paused and stopped').to.equal(true);
  expect(said.audibleSeconds).to.be.at.least(1);
  heard.length = 0;
  await press('.read-aloud');
  await until(() => started()[0], 15_000, 'reading again');
  await press('.stop');
  await until(() => !speechSynthesis.speaking, 3000, 'silent after the last stop');
}

describe('read aloud with real voices', function () {
  this.timeout(120_000);

  before(async () => {
    expect(await voicesSettled(), 'voices from speech-dispatcher').to.be.above(0);
  });

  it('reads a Danish story, pauses, continues at the sentence, stops, with sound', async () => {
    await fixture(composeStory(readingToolsStories, 'OnAPage').template(), { locale: 'da' });
    await readAloud('da');
  });

  it('reads an Arabic story with an Arabic voice', async () => {
    const goals = composeStory(goalsStories, 'RightToLeft');
    await fixture(html`<klar-reading-tools></klar-reading-tools>${goals.template()}`, { locale: 'ar' });
    await readAloud('ar');
  });

  it('offers no "Læs op" for a language without a voice (Somali)', async () => {
    expect(speechSynthesis.getVoices().some((voice) => voice.lang.startsWith('so'))).to.equal(false);
    await fixture(html`<klar-reading-tools></klar-reading-tools>`, { locale: 'so' });
    await sleep(500);
    expect(tools().shadowRoot!.querySelector('.read-aloud')).to.equal(null);
    expect(tools().shadowRoot!.querySelectorAll('button')).to.have.length(1);
  });
});
