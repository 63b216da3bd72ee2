import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { boxStyles } from '../../core/styles/box.styles.js';
import { msg } from '../../core/localize.js';
import type { Spoken } from '../../core/spoken.js';
import { visionStyles } from './klar-vision.styles.js';

const LIST = 'ul, ol';

const headings = {
  standard: () => msg('Vision', { id: 'vision.heading', desc: "Default heading of klar-vision: a policy's vision, the future it aims for" }),
  easy: () =>
    msg('Det drømmer vi om:', {
      id: 'vision.heading-easy',
      desc: "Easy-read default heading of klar-vision: what we dream of (the policy's vision follows)",
    }),
};

const marksLabels = {
  standard: () =>
    msg('Pejlemærker', {
      id: 'vision.marks',
      desc: 'Heading above the guiding marks of a vision: the few aims a policy steers by (e.g. "better public health")',
    }),
  easy: () =>
    msg('Det arbejder vi for:', {
      id: 'vision.marks-easy',
      desc: 'Easy-read heading above the guiding marks of a vision: what we work for (a list follows)',
    }),
};

// A four-pointed guiding star ("ledestjerne", as the Medborgerpolitik calls its vision). Symmetric:
// the same in right-to-left pages.
const star = html`<svg part="icon" class="icon accent" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
  <path d="M12 2.5l2.3 7.2 7.2 2.3-7.2 2.3-2.3 7.2-2.3-7.2-7.2-2.3 7.2-2.3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
  <circle cx="12" cy="12" r="1.6" fill="currentColor" />
</svg>`;

/** `h3` → 3; an element with `role="heading"` → its `aria-level`; anything else → undefined. */
function levelOf(heading: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(heading.localName);
  if (tag) return Number(tag[1]);
  const level = Number(heading.getAttribute('aria-level'));
  return heading.getAttribute('role') === 'heading' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

/**
 * A policy's vision: its headline statement, and the guiding marks ("pejlemærker") it steers by.
 * The statement is set larger, in a calm frame with a quiet accent; the marks follow under a
 * heading of their own.
 *
 * @tag klar-vision
 * @summary A policy's vision, with its guiding marks.
 *
 * @slot - The vision, as one or more paragraphs (or a list of statements). Stays in the page, readable without JavaScript.
 * @slot marks - Optional guiding marks, as a list (`<ul slot="marks">`), shown under the heading "Pejlemærker".
 * @slot heading - Optional own heading (any `h2`–`h6`), replacing the translated default heading "Vision".
 * @slot easy-read - Optional easy-read version of the vision, shown instead of it in easy-read mode: paragraphs and a list, each with `slot="easy-read"` (or all in one `<div slot="easy-read">`). A list there is the easy-read version of the marks and replaces them too.
 *
 * @csspart vision - The frame around heading, vision and marks.
 * @csspart icon - The decorative star beside the heading.
 * @csspart heading - The default heading (not an authored one: style that in your own CSS).
 * @csspart text - The area holding the vision.
 * @csspart marks - The area holding the marks and their heading.
 * @csspart marks-heading - The heading "Pejlemærker" above the marks.
 */
export class KlarVision extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, boxStyles, visionStyles];

  /** The marks heading the last render wrote and showed, for read aloud. */
  #marksLabel?: string;

  /** The author's elements in slot `name`. */
  #slotted(name: string): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === name);
  }


  /** The easy-read version brings its own list: it replaces the marks as well as the vision. */
  get #easyReplacesMarks(): boolean {
    return this.showsEasyReadSlot && this.#slotted('easy-read').some((element) => element.matches(LIST) || element.querySelector(LIST));
  }

  /**
   * The level of the marks heading: one below the heading shown, so the marks sit under the
   * vision in a screen reader's list of headings. An authored heading counts by its own level.
   */
  get #marksLevel(): number {
    const authored = this.#slotted('heading')[0];
    const level = (authored && levelOf(authored)) ?? this.level;
    return Math.min(level + 1, 6);
  }

  protected override validate(): KlarErrorDetail[] {
    const found: KlarErrorDetail[] = [];
    if (!this.ownText) {
      found.push(problem('empty-content', 'has no vision text. Put the vision inside the tag as <p>…</p>.'));
    }
    const marks = this.#slotted('marks');
    if (marks.some((element) => !(element.matches(LIST) || element.querySelector(LIST)))) {
      found.push(
        problem('invalid-content', 'needs a list in slot "marks": write the guiding marks as <ul slot="marks"><li>…</li></ul>. They are shown as they are.')
      );
    }
    return found;
  }

  /**
   * What read aloud reads: the heading, the vision, then the marks heading before the marks (the
   * default would read the marks without it, since it is written in the shadow root).
   */
  override spoken(): Spoken {
    const all = super.spoken();
    const inMarks = (item: string | Element) => item instanceof Element && Boolean(item.closest('[slot="marks"]'));
    const marks = all.filter(inMarks);
    if (!this.#marksLabel || !marks.length) return all;
    return [...all.filter((item) => !inMarks(item)), this.#marksLabel, ...marks];
  }

  /*
   * The marks get a heading of their own, one level below the vision's, not a label that names
   * the list. A screen-reader user who moves by headings lands on "Pejlemærker" and finds the
   * marks in the page's list of headings; one who moves by lists then meets the list right after
   * it. A list's name is announced unevenly (NVDA ignores `aria-label` on a list in browse mode),
   * and naming the author's list from here would need `aria-labelledby` across the shadow
   * boundary (it does not reach) or writing `aria-label` into the author's markup.
   * Its level follows the vision's heading: an author's `h3` puts it at 4.
   */
  #renderMarks(): TemplateResult {
    const shown = this.slots.has('marks') && !this.#easyReplacesMarks;
    const label = this.isEasyRead ? marksLabels.easy() : marksLabels.standard();
    this.#marksLabel = shown ? label : undefined;
    return html`<div part="marks" class="marks content" ?hidden=${!shown}>
      ${this.renderHeading(label, { level: this.#marksLevel, name: 'marks-heading' })}
      <slot name="marks"></slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`
      <div part="vision" class=${classes('vision frame', this.isEasyRead && 'easy-read')} dir=${this.page.direction ?? nothing}>
        <div class="head">
          ${star}
          <slot name="heading">${this.renderHeading(this.isEasyRead ? headings.easy() : headings.standard())}</slot>
        </div>
        ${this.renderProblem()}
        <div part="text" class="text content"><slot name=${this.mainSlot()}></slot></div>
        ${this.#renderMarks()}
      </div>
    `;
  }
}
