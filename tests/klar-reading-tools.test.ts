import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/klar.js';
import { EASY_READ_STORAGE_KEY } from '../src/elements/klar-reading-tools/klar-reading-tools.js';
import { fixture, settle } from './helpers/fixtures.js';
import { OnAPage } from '../stories/klar-reading-tools.stories.js';

const root = document.documentElement;
const tools = () => document.querySelector('klar-reading-tools')!;
const button = (name: string) =>
  [...tools().shadowRoot!.querySelectorAll('button')].find((each) => each.textContent!.replace(/\s+/g, ' ').trim() === name);
const status = () => tools().shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

/** A fake speech engine: records what is spoken and lets the test start each sentence. */
function fakeSpeech(voices: { lang: string; name?: string }[]) {
  const spoken: FakeUtterance[] = [];
  const calls: string[] = [];
  class FakeUtterance {
    voice: unknown;
    lang = '';
    onstart?: () => void;
    onend?: () => void;
    onerror?: (event: { error: string }) => void;
    constructor(public text: string) {}
  }
  const engine = {
    getVoices: () => voices.map((voice, index) => ({ name: `Stemme ${index}`, ...voice, localService: true, default: false })),
    speak: (utterance: FakeUtterance) => spoken.push(utterance),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    cancel: () => calls.push('cancel'),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const saved = {
    synthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  return {
    spoken,
    calls,
    restore() {
      for (const [name, descriptor] of [['speechSynthesis', saved.synthesis], ['SpeechSynthesisUtterance', saved.utterance]] as const) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else delete (window as unknown as Record<string, unknown>)[name];
      }
    },
  };
}

const page = () => fixture(OnAPage.render!({}, {} as never) as never);

describe('klar-reading-tools', () => {
  afterEach(() => {
    root.removeAttribute('data-klar-easy-read');
    localStorage.removeItem(EASY_READ_STORAGE_KEY);
  });

  describe('the easy-read switch', () => {
    it('is a real button with aria-pressed, operated by keyboard, turning every element easy-read and back', async () => {
      const container = await page();
      const item = container.querySelector('klar-success-criteria li')!;
      const switcher = button('Let læst')!;
      expect(switcher.getAttribute('aria-pressed')).to.equal('false');
      switcher.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(root.hasAttribute('data-klar-easy-read')).to.equal(true);
      expect(switcher.getAttribute('aria-pressed')).to.equal('true');
      expect(status()).to.equal('Let læst er slået til.');
      // The box now shows its easy-read version, in easy-read type.
      const easyItem = container.querySelector('klar-success-criteria [slot="easy-read"] li')!;
      expect(easyItem.checkVisibility()).to.equal(true);
      expect(parseFloat(getComputedStyle(easyItem).fontSize)).to.be.at.least(20);
      await sendKeys({ press: ' ' });
      await settle();
      expect(root.hasAttribute('data-klar-easy-read')).to.equal(false);
      expect(switcher.getAttribute('aria-pressed')).to.equal('false');
      expect(status()).to.equal('Let læst er slået fra.');
      expect(item.checkVisibility()).to.equal(true);
    });

    it('remembers the choice: a reload (a new page with the tools) starts in easy-read', async () => {
      await page();
      button('Let læst')!.click();
      await settle();
      expect(localStorage.getItem(EASY_READ_STORAGE_KEY)).to.equal('on');
      root.removeAttribute('data-klar-easy-read');
      const reloaded = document.createElement('klar-reading-tools');
      document.body.append(reloaded);
      await settle();
      expect(root.hasAttribute('data-klar-easy-read')).to.equal(true);
      reloaded.remove();
    });

    it('works where storage is blocked, without remembering', async () => {
      const saved = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      await page();
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        button('Let læst')!.click();
        await settle();
        expect(root.hasAttribute('data-klar-easy-read')).to.equal(true);
      } finally {
        Object.defineProperty(window, 'localStorage', saved);
      }
    });

    it('follows a page that turns easy-read on by itself', async () => {
      await page();
      root.setAttribute('data-klar-easy-read', '');
      await settle();
      expect(button('Let læst')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('is translated and at least 44 × 44 px', async () => {
      await fixture(html`<klar-reading-tools></klar-reading-tools>`, { locale: 'uk' });
      const switcher = button('Легке читання')!;
      const rect = switcher.getBoundingClientRect();
      expect(rect.width).to.be.at.least(44);
      expect(rect.height).to.be.at.least(44);
    });
  });

  describe('read aloud', () => {
    it('is not there when the browser cannot speak', async () => {
      const speech = fakeSpeech([]);
      try {
        await page();
        expect(button('Læs op')).to.equal(undefined);
      } finally {
        speech.restore();
      }
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      try {
        await page();
        expect(button('Læs op')).to.equal(undefined);
      } finally {
        delete (window as unknown as Record<string, unknown>).speechSynthesis;
      }
    });

    it('is not there without a voice for the page language', async () => {
      const speech = fakeSpeech([{ lang: 'en-GB' }]);
      try {
        await page();
        expect(button('Læs op')).to.equal(undefined);
      } finally {
        speech.restore();
      }
    });

    /** Lets the fake engine speak the current utterance to its end; the next is queued then. */
    const finishCurrent = (speech: ReturnType<typeof fakeSpeech>) => {
      const current = speech.spoken.at(-1)!;
      current.onstart!();
      current.onend!();
      return current.text;
    };

    it('reads the Klar content sentence by sentence in the page language, one at a time, highlighting each', async () => {
      const speech = fakeSpeech([{ lang: 'en-GB' }, { lang: 'da-DK' }]);
      try {
        const container = await page();
        button('Læs op')!.focus();
        await sendKeys({ press: 'Enter' });
        await settle();
        expect(status()).to.equal('Læser op.');
        // One utterance at a time: the next is handed to the engine when one ends.
        expect(speech.spoken).to.have.length(1);
        const texts: string[] = [];
        let highlighted = '';
        while (button('Stop oplæsning')) {
          const before = speech.spoken.length;
          speech.spoken.at(-1)!.onstart!();
          highlighted = CSS.highlights.get('klar-reading')?.values().next().value?.toString().trim() ?? '';
          texts.push(speech.spoken.at(-1)!.text);
          if (texts.at(-1) === 'Borgere tilbydes flere lokale og mindre indgribende tilbud') expect(highlighted).to.equal(texts.at(-1));
          speech.spoken.at(-1)!.onend!();
          await settle();
          if (button('Stop oplæsning')) expect(speech.spoken).to.have.length(before + 1);
        }
        expect(texts).to.include('Borgere tilbydes flere lokale og mindre indgribende tilbud');
        // The element's own words are read too: the box's default heading, the fact's number in words.
        expect(texts.indexOf('Vi kan se, at vi lykkes, når:')).to.be.below(texts.indexOf('Borgere tilbydes flere lokale og mindre indgribende tilbud'));
        expect(texts.indexOf('19 procent')).to.equal(texts.indexOf('ryger dagligt') - 1);
        expect(speech.spoken.every((utterance) => utterance.lang === 'da-DK')).to.equal(true);
        expect(container.querySelectorAll('mark, .klar-highlight')).to.have.length(0);
        // After the last sentence it ends by itself.
        expect(button('Læs op')).not.to.equal(undefined);
        expect(CSS.highlights.has('klar-reading')).to.equal(false);
        expect(status()).to.equal('Oplæsningen er stoppet.');
      } finally {
        speech.restore();
      }
    });

    it('pauses by cancelling and continues from the start of the interrupted sentence, never with pause()', async () => {
      const speech = fakeSpeech([{ lang: 'da-DK' }]);
      try {
        await page();
        button('Læs op')!.focus();
        await sendKeys({ press: 'Enter' });
        await settle();
        finishCurrent(speech);
        const interrupted = speech.spoken.at(-1)!;
        interrupted.onstart!();
        await sendKeys({ press: 'Enter' });
        await settle();
        expect(button('Fortsæt')).not.to.equal(undefined);
        expect(status()).to.equal('Oplæsningen holder pause.');
        expect(speech.calls.at(-1)).to.equal('cancel');
        // The cancelled utterance's late events (Firefox: end; Chromium: error "interrupted") change nothing.
        interrupted.onend!();
        interrupted.onerror!({ error: 'interrupted' });
        await settle();
        const spokenWhilePaused = speech.spoken.length;
        expect(button('Fortsæt')).not.to.equal(undefined);

        await sendKeys({ press: 'Enter' });
        await settle();
        expect(status()).to.equal('Oplæsningen fortsætter.');
        expect(speech.spoken).to.have.length(spokenWhilePaused + 1);
        expect(speech.spoken.at(-1)!.text).to.equal(interrupted.text);
        expect(speech.calls).not.to.include('pause');
        expect(speech.calls).not.to.include('resume');

        button('Stop oplæsning')!.focus();
        await sendKeys({ press: 'Enter' });
        await settle();
        expect(speech.calls.at(-1)).to.equal('cancel');
        expect(CSS.highlights.has('klar-reading')).to.equal(false);
        expect(button('Stop oplæsning')).to.equal(undefined);
        expect(status()).to.equal('Oplæsningen er stoppet.');
        // Focus stays on the tools, on the read-aloud button.
        expect(tools().shadowRoot!.activeElement?.textContent?.trim()).to.equal('Læs op');
        // A stopped reading's late events start nothing.
        const spokenAtStop = speech.spoken.length;
        speech.spoken.at(-1)!.onend!();
        await settle();
        expect(speech.spoken).to.have.length(spokenAtStop);
      } finally {
        speech.restore();
      }
    });

    it("reads with the language's own voice, not one of its variants", async () => {
      const speech = fakeSpeech([
        { lang: 'da', name: 'Danish+whisper' },
        { lang: 'da', name: 'Danish+croak' },
        { lang: 'da', name: 'Danish' },
        { lang: 'ar', name: 'Arabic' },
      ]);
      try {
        await page();
        button('Læs op')!.click();
        await settle();
        expect((speech.spoken[0].voice as SpeechSynthesisVoice).name).to.equal('Danish');
      } finally {
        speech.restore();
      }
    });
  });
});
