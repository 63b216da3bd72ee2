import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '../../core/localize.js';
import { KlarElement } from '../../core/klar-element.js';
import { EASY_READ_ATTRIBUTE, pageEasyRead } from '../../core/page.js';
import { readingToolsStyles } from './klar-reading-tools.styles.js';

/** Where the reader's easy-read choice is remembered, for every page of the site. */
export const EASY_READ_STORAGE_KEY = 'klar-easy-read';

type Reading = 'idle' | 'speaking' | 'paused';
type Controls = ReturnType<typeof import('./read-aloud.js').speak>;

/**
 * The voice "Læs op" reads `locale` ("da") with, if the browser has one. Chosen here rather than
 * left to the engine, which given only a language may pick any of its variants (Firefox with
 * speech-dispatcher took a whisper). Best first: the language's own voice rather than a variant
 * (speech-dispatcher names espeak-ng's variants "Danish+whisper"), the browser's default, a voice
 * on this device; then the browser's order.
 */
function voiceFor(locale: string): SpeechSynthesisVoice | undefined {
  const speaks = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().split(/[-_]/)[0] === locale.toLowerCase().split(/[-_]/)[0];
  const rank = (voice: SpeechSynthesisVoice) => (voice.name.includes('+') ? 0 : 4) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
  return (window.speechSynthesis?.getVoices() ?? [])
    .filter(speaks)
    .reduce<SpeechSynthesisVoice | undefined>((best, voice) => (best && rank(best) >= rank(voice) ? best : voice), undefined);
}

function remembered(): string | null {
  try {
    return localStorage.getItem(EASY_READ_STORAGE_KEY);
  } catch {
    return null; // Storage blocked: the switch works, it just does not remember.
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(EASY_READ_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked: nothing to do.
  }
}

/**
 * The page's reading controls: an easy-read switch for every Klar element on the page (it
 * remembers the choice), and "Læs op", which reads the page's Klar content aloud, sentence by
 * sentence, highlighting each. Read aloud is left out where the browser cannot speak the page's
 * language.
 *
 * @tag klar-reading-tools
 * @summary Easy-read on and off, and read aloud, for the whole page.
 *
 * @csspart tools - The group of buttons.
 * @csspart button - Each button.
 * @csspart easy-read - The easy-read switch.
 * @csspart read-aloud - The read-aloud button (Læs op, pause, continue).
 * @csspart stop - The button that stops reading.
 */
export class KlarReadingTools extends KlarElement {
  static override styles = [...KlarElement.styles, ...readingToolsStyles];
  static override properties: PropertyDeclarations = { reading: { state: true }, announcement: { state: true } };

  private reading: Reading = 'idle';

  /** The last state change, for screen readers (a polite live region); words asked for in render, in the element's language. */
  private announcement?: () => string;

  #controls?: Controls;
  /** The voice the last render offered "Læs op" with. */
  #voice?: SpeechSynthesisVoice;
  // The browser lists its voices late, and again when they change: render only when the voice
  // for the page's language is another one (most pages: none before, none after).
  readonly #onVoicesChanged = () => {
    if (voiceFor(this.locale)?.voiceURI !== this.#voice?.voiceURI) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const choice = remembered();
    if (choice === 'on' || choice === 'off') document.documentElement.toggleAttribute(EASY_READ_ATTRIBUTE, choice === 'on');
    window.speechSynthesis?.addEventListener('voiceschanged', this.#onVoicesChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.speechSynthesis?.removeEventListener('voiceschanged', this.#onVoicesChanged);
    this.#controls?.stop();
  }

  #toggleEasyRead(): void {
    const on = !pageEasyRead();
    document.documentElement.toggleAttribute(EASY_READ_ATTRIBUTE, on);
    remember(on);
    this.announcement = () =>
      on
        ? msg('Let læst er slået til.', { id: 'reading-tools.easy-read-on', desc: 'Announced when the reader turns easy-read on' })
        : msg('Let læst er slået fra.', { id: 'reading-tools.easy-read-off', desc: 'Announced when the reader turns easy-read off' });
  }

  #toggleReading(voice: SpeechSynthesisVoice): void {
    if (this.reading === 'speaking') {
      this.#controls?.pause();
      this.reading = 'paused';
      this.announcement = () => msg('Oplæsningen holder pause.', { id: 'reading-tools.paused', desc: 'Announced when reading aloud is paused' });
    } else if (this.reading === 'paused') {
      this.#controls?.resume();
      this.reading = 'speaking';
      this.announcement = () => msg('Oplæsningen fortsætter.', { id: 'reading-tools.resumed', desc: 'Announced when reading aloud continues after a pause' });
    } else {
      this.reading = 'speaking';
      this.announcement = () => msg('Læser op.', { id: 'reading-tools.started', desc: 'Announced when reading aloud starts' });
      this.waitFor(this.#startReading(voice));
    }
  }

  /** The speech code is a chunk of its own: most readers never press "Læs op". */
  async #startReading(voice: SpeechSynthesisVoice): Promise<void> {
    const { readableSentences, speak } = await import('./read-aloud.js');
    if (this.reading === 'idle') return; // Stopped while the chunk loaded.
    this.#controls = speak(readableSentences(), voice, () => this.#finished());
    if (this.reading === 'paused') this.#controls.pause();
  }

  #stop(): void {
    if (this.#controls) this.#controls.stop();
    else if (this.reading !== 'idle') this.#finished();
  }

  #finished(): void {
    const stopHadFocus = this.renderRoot.querySelector('.stop') === (this.renderRoot as ShadowRoot).activeElement;
    this.#controls = undefined;
    this.reading = 'idle';
    this.announcement = () => msg('Oplæsningen er stoppet.', { id: 'reading-tools.stopped', desc: 'Announced when reading aloud ends or is stopped' });
    // The stop button goes away: keep focus on the read-aloud button, not on nothing.
    if (stopHadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.read-aloud')?.focus());
  }

  #renderReadAloud(): TemplateResult | typeof nothing {
    // No speech synthesis, or no voice for the page's language: no button rather than a broken one.
    const voice = (this.#voice = voiceFor(this.locale));
    if (!voice) return nothing;
    const label = {
      idle: msg('Læs op', { id: 'reading-tools.read-aloud', desc: 'Button that reads the page aloud' }),
      speaking: msg('Hold pause', { id: 'reading-tools.pause', desc: 'Button that pauses reading aloud' }),
      paused: msg('Fortsæt', { id: 'reading-tools.resume', desc: 'Button that continues reading aloud after a pause' }),
    }[this.reading];
    return html`
      <button type="button" part="button read-aloud" class="read-aloud" @click=${() => this.#toggleReading(voice)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
          <path d="M16 8.5a5 5 0 010 7M18.5 6a8.5 8.5 0 010 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        ${label}
      </button>
      ${this.reading === 'idle'
        ? nothing
        : html`<button type="button" part="button stop" class="stop" @click=${this.#stop}>
            ${msg('Stop oplæsning', { id: 'reading-tools.stop', desc: 'Button that stops reading aloud' })}
          </button>`}
    `;
  }

  protected override render(): TemplateResult {
    const on = pageEasyRead();
    // The announcements are a polite live region, not role="status": Orca reads an empty status as
    // "statusbar" each time it reads the page down.
    return html`
      <div
        part="tools"
        class="tools"
        role="group"
        aria-label=${msg('Læseværktøjer', { id: 'reading-tools.label', desc: 'Name of the group of reading controls' })}
        dir=${this.page.direction ?? nothing}
      >
        <button type="button" part="button easy-read" class="easy-read-switch" aria-pressed=${on ? 'true' : 'false'} @click=${this.#toggleEasyRead}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${on
              ? svg`<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />`
              : svg`<path d="M4 5h7a2 2 0 012 2v12a2 2 0 00-2-2H4zM20 5h-5a2 2 0 00-2 2v12a2 2 0 012-2h5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />`}
          </svg>
          ${msg('Let læst', { id: 'reading-tools.easy-read', desc: 'Switch that shows all content in easy-read form (larger text, simpler words)' })}
        </button>
        ${this.#renderReadAloud()}
        <p class="visually-hidden announcement" aria-live="polite" aria-atomic="true">${this.announcement?.()}</p>
      </div>
    `;
  }
}
