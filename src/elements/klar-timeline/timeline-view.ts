/**
 * The timeline's view: everything `klar-timeline` does beyond declaring itself. Its heading and
 * icon, its checks of the author's list, the marks it puts on the steps (which step is done, now
 * or later) with the style sheet for them in the page and the midnight timer, and its styles. A
 * lazy chunk: a page without a timeline never loads it, and `klar-timeline` waits for it before
 * its first render (the author's list reads as a plain numbered list until the element is defined).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { inLocale, msg, type KlarLocale } from '../../core/localize.js';
import type { Spoken } from '../../core/spoken.js';
import { todayIso as today } from '../../core/format.js';
import { dayOf, parseDay, statesOf, stepNumber, stepsOf, timesOf, untilMidnight, type Day, type StepState } from './steps.js';
import { stepStyles } from './klar-timeline.styles.js';

export { timelineStyles } from './klar-timeline.styles.js';

export const headings = {
  standard: () => msg('Videre proces', { id: 'timeline.heading', desc: 'Default heading of klar-timeline: the dated steps a plan or strategy goes through from now on' }),
  easy: () => msg('Sådan går det videre', { id: 'timeline.heading-easy', desc: 'Easy-read default heading of klar-timeline: what happens next, step by step' }),
};

/** Three steps on a line, the last still to come: the timeline in small. */
export const stepsIcon = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <path d="M6 3v13.4" fill="none" stroke="currentColor" stroke-width="2" />
  <circle cx="6" cy="5" r="2.6" fill="currentColor" />
  <circle cx="6" cy="12" r="2.6" fill="currentColor" />
  <circle cx="6" cy="19" r="2.6" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M12 5h9M12 12h9M12 19h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

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

/** What the view needs of its `klar-timeline`. */
export interface Timeline extends HTMLElement, ReactiveControllerHost {
  /** The step that is happening now, counted from 1, as set. */
  readonly current?: number | string;
  readonly hasUpdated: boolean;
}

/** The first `<ol>` in the children of slot `slot` (null: the default slot), itself or inside a wrapper. */
function listIn(host: Element, slot: string | null): HTMLOListElement | undefined {
  for (const child of host.children) {
    if ((child.getAttribute('slot') || null) !== slot) continue;
    const list = child.localName === 'ol' ? child : child.querySelector('ol');
    if (list) return list as HTMLOListElement;
  }
  return undefined;
}

/** The lists holding steps: the standard one and the easy-read one, as the author wrote them. */
const listsOf = (host: Element): HTMLOListElement[] =>
  [listIn(host, null), listIn(host, 'easy-read')].filter((list): list is HTMLOListElement => Boolean(list));

const setAttribute = (element: Element, name: string, value: string | null) => {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

/** A step's place, for the web team: "step 3 (“15. januar – Råd, …”)". */
const stepName = (step: Element, index: number, list: string) => {
  const text = step.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `step ${index + 1}${list} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
};

/** What is wrong with the author's steps and `current` now (the element's `validate()`). */
export function validate(host: Timeline): KlarErrorDetail[] {
  const content = [...host.childNodes].filter(
    (node) => (node instanceof Element && !node.getAttribute('slot')) || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
  );
  if (content.length === 0) {
    return [problem('empty-content', 'has no steps. Put them inside the tag as an <ol>, one <li> per step: <li><time datetime="2023-12-14">14. december</time> – …</li>.')];
  }
  const main = listIn(host, null);
  if (!main) {
    return [problem('invalid-content', 'needs its steps as an ordered list: put them in an <ol>, one <li> per step. The content is shown as it is.')];
  }
  const found: KlarErrorDetail[] = [];
  const steps = stepsOf(main);
  if (steps.length === 0) {
    found.push(problem('empty-content', 'has an <ol> without steps: write one <li> per step.'));
  }
  const easy = listIn(host, 'easy-read');
  const easySteps = easy ? stepsOf(easy) : [];
  const { current } = host;
  if (current != null) {
    // One problem for one attribute: the easy-read list is named only when it alone is too short.
    const notAStep = (list?: Element) => Boolean(list && stepsOf(list).length && stepNumber(current, stepsOf(list).length) === undefined);
    const wrong = notAStep(main) ? main : notAStep(easy) ? easy : undefined;
    if (wrong) {
      found.push(
        problem(
          'invalid-value',
          `current="${current}" is not a step number${wrong === easy ? ' of the easy-read list' : ''}: write a whole number from 1 to ${stepsOf(wrong).length}, or leave current out to follow the dates. The steps are shown by their dates.`
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

/** The problem the reader's line is for: a `current` that is no step number gets the general line (see the element's `problem`). */
export const readerProblem = (first?: KlarErrorDetail): KlarErrorDetail | undefined =>
  first?.code === 'invalid-value' ? { ...first, code: 'invalid-content' } : first;

/**
 * The steps' look lives where the steps are: in the page (or the shadow root around the
 * element), since a shadow root's CSS cannot reach into a slotted list. Once per root.
 */
function adoptStepStyles(host: Element): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  const sheet = stepStyles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A root in another document (an editor's iframe) cannot share it: the steps are a plain list there.
  }
}

/**
 * Klar's marks on one timeline's steps, and what keeps them up to date: a controller of the
 * element, so they follow it into and out of the page and after every render.
 */
export interface Marks extends ReactiveController {
  /** Read aloud: each marked step's state word before the step. */
  spoken(parts: Spoken): Spoken;
}

/**
 * The marks of `host`'s steps, added to it as a controller. `locale` is the element's interface
 * language, for the state words. Made before the element's first render: while the element is
 * in the page it is connected at once.
 */
export function marks(host: Timeline, locale: () => KlarLocale): Marks {
  /** The lists and steps that carry Klar's attributes now. */
  let marked = new Set<Element>();
  /** An author's own `aria-current` on a step, given back when Klar lets go of it. */
  const authored = new WeakMap<Element, string | null>();
  /** Steps added or removed, or a date changed: check and mark again. */
  const observer = new MutationObserver(() => host.requestUpdate());
  let midnight: ReturnType<typeof setTimeout> | undefined;
  /** The day the steps were last marked for. */
  let day: Day | undefined;

  /** After a night asleep (a laptop closed), timers are late: look again when the page is seen. */
  const onVisible = () => {
    if (document.visibilityState === 'visible' && day !== undefined && day !== today()) mark();
  };

  const unmark = (element: Element): void => {
    element.removeAttribute(LIST);
    element.removeAttribute(STATE);
    element.removeAttribute(WORD);
    if (element.localName === 'li') setAttribute(element, CURRENT, authored.get(element) ?? null);
  };

  /**
   * Gives each step its state, as attributes: `data-klar-step` (past, current, future) for the
   * look, `data-klar-step-word` for the word shown and read before it, and `aria-current="step"`
   * on the current one. Runs after every render and when the element is put back in the page,
   * so it follows new steps, new dates, `current` and the language; and at midnight, when a
   * step's date may have come.
   */
  function mark(): void {
    clearTimeout(midnight);
    const now = (day = today());
    const words = inLocale(locale(), () => ({ past: stateWord('past'), current: stateWord('current'), future: stateWord('future') }));
    const marking = new Set<Element>();
    let datesMatter = false;
    for (const list of listsOf(host)) {
      const steps = stepsOf(list);
      const days = steps.map(dayOf);
      const number = stepNumber(host.current, steps.length);
      // A date still to come will change the states when it arrives.
      datesMatter ||= number === undefined && days.some((each) => each !== undefined && each > now);
      const states = statesOf(days, now, number);
      setAttribute(list, LIST, '');
      marking.add(list);
      steps.forEach((step, index) => {
        if (!marked.has(step) && !marking.has(step)) authored.set(step, step.getAttribute(CURRENT));
        setAttribute(step, STATE, states[index]);
        setAttribute(step, WORD, words[states[index]]);
        setAttribute(step, CURRENT, states[index] === 'current' ? 'step' : null);
        marking.add(step);
      });
    }
    // Steps that left the list, and a list the author replaced, are theirs again.
    for (const element of marked) if (!marking.has(element)) unmark(element);
    marked = marking;
    if (datesMatter && host.isConnected) midnight = setTimeout(mark, untilMidnight() + 100);
  }

  const controller: Marks = {
    /** In the page: the style sheet, watching the steps, and their marks again once it has rendered. */
    hostConnected() {
      adoptStepStyles(host);
      observer.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['datetime'] });
      document.addEventListener('visibilitychange', onVisible);
      // Put back in the page: the steps get their state again at once, without a new render.
      if (host.hasUpdated) mark();
    },
    /** Out of the page: stop watching, and give the steps back as the author wrote them. */
    hostDisconnected() {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(midnight);
      day = undefined;
      for (const element of marked) unmark(element);
      marked = new Set();
    },
    /** After every render. */
    hostUpdated: mark,
    spoken: (parts) =>
      parts.flatMap((part) => {
        const word = typeof part !== 'string' && marked.has(part) ? part.getAttribute(WORD) : null;
        return word ? [word, part] : [part];
      }),
  };
  host.addController(controller);
  return controller;
}
