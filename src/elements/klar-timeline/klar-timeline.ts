import { css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KlarBox } from '../../core/klar-box.js';
import { addStyles, LazyPart } from '../../core/lazy.js';
import type { KlarErrorDetail } from '../../core/errors.js';
import type { Spoken } from '../../core/spoken.js';

/** The view: a lazy chunk, one for every element on the page. */
const view = new LazyPart(() => import('./timeline-view.js'));

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
  // Always laid out, never skipped off screen (content-visibility): each step's state word is
  // generated content, which a skipped element does not give the accessibility tree, so a screen
  // reader would hear the steps without "Færdig", "Nu", "Senere". Here, not in the view: it must
  // hold before the first render, which waits for the view.
  static override styles = [...KlarBox.styles, css`:host{content-visibility:visible}`];
  static override properties: PropertyDeclarations = { current: {} };

  /** The step that is happening now, counted from 1. Leave it out to follow the steps' dates. */
  current?: number | string;

  protected override get icon() {
    return view.value!.stepsIcon;
  }

  protected override get headings() {
    return view.value!.headings;
  }

  /** Klar's marks on the steps (the view's), made before the first render. */
  #marks?: ReturnType<typeof import('./timeline-view.js').marks>;

  /**
   * The first render waits for the view (marks, checks and styles, a lazy chunk), so the steps
   * never show unmarked or unstyled; until the element is defined they are a plain numbered list.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return view.after(() => super.scheduleUpdate());
  }

  /** The marks follow the element in and out of the page and after every render (a controller of the view's). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#marks ??= view.value!.marks(this, () => this.page.locale);
    super.willUpdate(changed);
  }

  /** The timeline's styles arrive with the view: added before the first frame is painted. */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    addStyles(this.renderRoot as ShadowRoot, view.value!.timelineStyles);
  }

  protected override validate(): KlarErrorDetail[] {
    return view.value!.validate(this);
  }

  /**
   * The reader's line for the first problem. A `current` that is no step number is not a missing
   * figure ("Tallet mangler …", the line of `invalid-value`): the reader is told that something is
   * not shown quite as meant. The event and the console keep the code.
   */
  protected override get problem(): KlarErrorDetail | undefined {
    return view.value!.readerProblem(super.problem);
  }

  /** Read aloud says each step's state before the step, as a screen reader does. */
  override spoken(): Spoken {
    const parts = super.spoken();
    return this.#marks ? this.#marks.spoken(parts) : parts;
  }
}
