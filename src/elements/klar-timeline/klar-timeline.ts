import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KlarBox } from '../../core/klar-box.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { inLocale, msg } from '../../core/localize.js';
import type { Spoken } from '../../core/spoken.js';
import { dayOf, parseDay, statesOf, stepNumber, stepsOf, timesOf, today, untilMidnight, type Day, type StepState } from './steps.js';
import { stepStyles, timelineStyles } from './klar-timeline.styles.js';

const headings = {
  standard: () => msg('Videre proces', { id: 'timeline.heading', desc: 'Default heading of klar-timeline: the dated steps a plan or strategy goes through from now on' }),
  easy: () => msg('Sådan går det videre', { id: 'timeline.heading-easy', desc: 'Easy-read default heading of klar-timeline: what happens next, step by step' }),
};

/** The word shown and read before each step. Short: it stands beside every step. */
function stateWord(state: StepState): string {
  switch (state) {
    case 'past':
      return msg('Færdig', { id: 'timeline.past', desc: 'State of a step in a dated process that has happened (before the current step). One short word, shown and read before the step' });
    case 'current':
      return msg('Nu', { id: 'timeline.current', desc: 'State of the step in a dated process that is happening now. One short word, shown and read before the step' });
    case 'future':
      return msg('Senere', { id: 'timeline.future', desc: 'State of a step in a dated process that has not happened yet (after the current step). One short word, shown and read before the step' });
  }
}

// Klar's attributes on the author's list and steps: the only things written into their markup.
const LIST = 'data-klar-steps';
const STATE = 'data-klar-step';
const WORD = 'data-klar-step-word';
const CURRENT = 'aria-current';

/** The first `<ol>` in the children of slot `slot` (null: the default slot), itself or inside a wrapper. */
function listIn(host: Element, slot: string | null): HTMLOListElement | undefined {
  for (const child of host.children) {
    if ((child.getAttribute('slot') || null) !== slot) continue;
    const list = child.localName === 'ol' ? child : child.querySelector('ol');
    if (list) return list as HTMLOListElement;
  }
  return undefined;
}

const setAttribute = (element: Element, name: string, value: string | null) => {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

/** A step's place, for the web team: "step 3 (“15. januar – Råd, …”)". */
const stepName = (step: Element, index: number, list: string) => {
  const text = step.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `step ${index + 1}${list} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
};

/** Three steps on a line, the last still to come: the timeline in small. */
const stepsIcon = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <path d="M6 3v13.4" fill="none" stroke="currentColor" stroke-width="2" />
  <circle cx="6" cy="5" r="2.6" fill="currentColor" />
  <circle cx="6" cy="12" r="2.6" fill="currentColor" />
  <circle cx="6" cy="19" r="2.6" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M12 5h9M12 12h9M12 19h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

/**
 * A dated process, such as the "Videre proces" of a strategy: the author's ordered list of
 * steps, each with its date or period as written ("14. december", "Medio januar", "April og
 * frem"), and `<time datetime>` where the date is exact. Each step is shown as done, now or
 * later, by the shape of its mark on the line and by a word ("Færdig", "Nu", "Senere") that is
 * also read before the step; the current step has `aria-current="step"`.
 *
 * Which step is current:
 * - With `current`, that step (counted from 1).
 * - Without it, the last step, in the list's order, whose date is on or before today in the
 *   reader's time zone. A step's date is its first `<time datetime>`, written YYYY-MM-DD,
 *   YYYY-MM or YYYY; a month or a year counts from its first day (`datetime="2024-04"` for
 *   "April og frem" is current from 1 April 2024). Steps without a date ("Medio januar") keep
 *   their place in the order. The last dated step stays current after its date: the list says
 *   nothing of when a step ends. At midnight the element looks again.
 * - With no step dated on or before today, there is no current step: all are "Senere".
 * Steps before the current one are done, steps after it are later. The easy-read list, when
 * there is one, is read the same way: its own dates, or the same `current`.
 *
 * The steps stay the author's `<li>` elements in the page: Klar gives them `data-klar-step`,
 * `data-klar-step-word` and `aria-current`, styles them with a style sheet of its own in the
 * page (it matches only those attributes) and takes the attributes away again when the element
 * is removed. Without JavaScript the list is an ordinary numbered list.
 *
 * @tag klar-timeline
 * @summary A dated process, step by step, showing which step is now.
 *
 * @slot - The steps as an ordered list (`<ol>`), one `<li>` per step, each starting with its date or period as written: `<li><time datetime="2023-12-14">14. december</time> – SSU præsenteres for udkast til idéoplæg</li>`.
 * @slot heading - Optional own heading (any `h2`–`h6`), replacing the translated default heading "Videre proces".
 * @slot source - Optional source, shown after "Kilde:".
 * @slot easy-read - Optional easy-read version of the steps, an `<ol>` shown instead of them in easy-read mode.
 *
 * @csspart box - The frame around heading and steps.
 * @csspart icon - The decorative picture beside the heading.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart content - The area holding the steps.
 * @csspart source - The "Kilde:" line around slot `source`.
 *
 * @fires {CustomEvent<KlarErrorDetail>} klar-error - The steps are missing or wrong; they stay visible. `detail`: `{ code, message }`. `empty-content` (no steps), `invalid-content` (no `<ol>`), `invalid-value` (`current` is not a step number), `invalid-date` (a `<time datetime>` is no real date written YYYY-MM-DD, YYYY-MM or YYYY), and the JSON codes.
 */
export class KlarTimeline extends KlarBox {
  static override styles = [...KlarBox.styles, timelineStyles];
  static override properties: PropertyDeclarations = { current: {} };

  /** The step that is happening now, counted from 1. Leave it out to follow the steps' dates. */
  current?: number | string;

  protected override readonly icon = stepsIcon;
  protected override readonly headings = headings;

  /** The lists and steps that carry Klar's attributes now. */
  #marked = new Set<Element>();
  /** An author's own `aria-current` on a step, given back when Klar lets go of it. */
  readonly #authored = new WeakMap<Element, string | null>();
  /** Steps added or removed, or a date changed: check and mark again. */
  readonly #observer = new MutationObserver(() => this.requestUpdate());
  #midnight?: ReturnType<typeof setTimeout>;
  /** The day the steps were last marked for. */
  #day?: Day;

  /** After a night asleep (a laptop closed), timers are late: look again when the page is seen. */
  readonly #onVisible = () => {
    if (document.visibilityState === 'visible' && this.#day !== undefined && this.#day !== today()) this.#mark();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adoptStepStyles();
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['datetime'] });
    document.addEventListener('visibilitychange', this.#onVisible);
    // Put back in the page: the steps get their state again at once, without a new render.
    if (this.hasUpdated) this.#mark();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#midnight);
    this.#day = undefined;
    for (const element of this.#marked) this.#unmark(element);
    this.#marked = new Set();
  }

  /**
   * The steps' look lives where the steps are: in the page (or the shadow root around the
   * element), since a shadow root's CSS cannot reach into a slotted list. Once per root.
   */
  #adoptStepStyles(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = stepStyles.styleSheet;
    if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // A root in another document (an editor's iframe) cannot share it: the steps are a plain list there.
    }
  }

  /** The lists holding steps: the standard one and the easy-read one, as the author wrote them. */
  get #lists(): HTMLOListElement[] {
    return [listIn(this, null), listIn(this, 'easy-read')].filter((list): list is HTMLOListElement => Boolean(list));
  }

  protected override validate(): KlarErrorDetail[] {
    const content = [...this.childNodes].filter(
      (node) => (node instanceof Element && !node.getAttribute('slot')) || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    );
    if (content.length === 0) {
      return [problem('empty-content', 'has no steps. Put them inside the tag as an <ol>, one <li> per step: <li><time datetime="2023-12-14">14. december</time> – …</li>.')];
    }
    const main = listIn(this, null);
    if (!main) {
      return [problem('invalid-content', 'needs its steps as an ordered list: put them in an <ol>, one <li> per step. The content is shown as it is.')];
    }
    const found: KlarErrorDetail[] = [];
    const steps = stepsOf(main);
    if (steps.length === 0) {
      found.push(problem('empty-content', 'has an <ol> without steps: write one <li> per step.'));
    }
    const easy = listIn(this, 'easy-read');
    const easySteps = easy ? stepsOf(easy) : [];
    if (this.current != null) {
      // One problem for one attribute: the easy-read list is named only when it alone is too short.
      const notAStep = (list?: Element) => Boolean(list && stepsOf(list).length && stepNumber(this.current, stepsOf(list).length) === undefined);
      const wrong = notAStep(main) ? main : notAStep(easy) ? easy : undefined;
      if (wrong) {
        found.push(
          problem(
            'invalid-value',
            `current="${this.current}" is not a step number${wrong === easy ? ' of the easy-read list' : ''}: write a whole number from 1 to ${stepsOf(wrong).length}, or leave current out to follow the dates. The steps are shown by their dates.`
          )
        );
      }
    }
    const numbered = (list: Element[], where: string) => list.map((step, index) => ({ step, index, where }));
    const bad = [...numbered(steps, ''), ...numbered(easySteps, ' of the easy-read list')].flatMap(({ step, index, where }) =>
      timesOf(step)
        .filter((time) => parseDay(time.getAttribute('datetime')!) === undefined)
        .map((time) => `<time datetime="${time.getAttribute('datetime')}"> in ${stepName(step, index, where)}`)
    );
    if (bad.length) {
      found.push(
        problem(
          'invalid-date',
          `${bad[0]} is not a real date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. datetime="2023-12-14" or "2024-04")${bad.length > 1 ? `; and ${bad.length - 1} more` : ''}. Such a step counts as undated.`
        )
      );
    }
    return found;
  }

  /**
   * The reader's line for the first problem. A `current` that is no step number is not a missing
   * figure ("Tallet mangler …", the line of `invalid-value`): the reader is told that something is
   * not shown quite as meant. The event and the console keep the code.
   */
  protected override get problem(): KlarErrorDetail | undefined {
    const first = super.problem;
    return first?.code === 'invalid-value' ? { ...first, code: 'invalid-content' } : first;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#mark();
  }

  /**
   * Gives each step its state, as attributes: `data-klar-step` (past, current, future) for the
   * look, `data-klar-step-word` for the word shown and read before it, and `aria-current="step"`
   * on the current one. Runs after every render and when the element is put back in the page,
   * so it follows new steps, new dates, `current` and the language; and at midnight, when a
   * step's date may have come.
   */
  #mark(): void {
    clearTimeout(this.#midnight);
    const day = (this.#day = today());
    const words = inLocale(this.page.locale, () => ({ past: stateWord('past'), current: stateWord('current'), future: stateWord('future') }));
    const marked = new Set<Element>();
    let datesMatter = false;
    for (const list of this.#lists) {
      const steps = stepsOf(list);
      const days = steps.map(dayOf);
      const number = stepNumber(this.current, steps.length);
      // A date still to come will change the states when it arrives.
      datesMatter ||= number === undefined && days.some((each) => each !== undefined && each > day);
      const states = statesOf(days, day, number);
      setAttribute(list, LIST, '');
      marked.add(list);
      steps.forEach((step, index) => {
        if (!this.#marked.has(step) && !marked.has(step)) this.#authored.set(step, step.getAttribute(CURRENT));
        setAttribute(step, STATE, states[index]);
        setAttribute(step, WORD, words[states[index]]);
        setAttribute(step, CURRENT, states[index] === 'current' ? 'step' : null);
        marked.add(step);
      });
    }
    // Steps that left the list, and a list the author replaced, are theirs again.
    for (const element of this.#marked) if (!marked.has(element)) this.#unmark(element);
    this.#marked = marked;
    if (datesMatter && this.isConnected) this.#midnight = setTimeout(() => this.#mark(), untilMidnight() + 100);
  }

  #unmark(element: Element): void {
    element.removeAttribute(LIST);
    element.removeAttribute(STATE);
    element.removeAttribute(WORD);
    if (element.localName === 'li') setAttribute(element, CURRENT, this.#authored.get(element) ?? null);
  }

  /** Read aloud says each step's state before the step, as a screen reader does. */
  override spoken(): Spoken {
    return super.spoken().flatMap((part) => {
      const word = typeof part !== 'string' && this.#marked.has(part) ? part.getAttribute(WORD) : null;
      return word ? [word, part] : [part];
    });
  }
}
