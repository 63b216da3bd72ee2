import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classes } from '../../core/classes.js';
import { msg } from '../../core/localize.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { styleProperties } from '../../core/directives/style-properties.js';
import type { KlarTheme } from '../klar-theme/klar-theme.js';
import { MAX_THEMES, MIN_THEMES, RING, segments } from './ring.js';
import { circleStyles } from './klar-theme-circle.styles.js';


/** `detail` of `klar-theme-select`: the theme a reader chose. */
export interface KlarThemeSelectDetail {
  /** Its position in the circle, from 0. */
  index: number;
  /** Its `label` (the word on the ring); empty when it has none. */
  label: string;
  /** The `klar-theme` element. */
  theme: KlarTheme;
}

/**
 * A circle of 2–8 themes around a centre text, such as "Medborgerskabets indholdscirkel".
 *
 * The themes are an ordinary list in the page: every theme's title and points are there for a
 * screen reader in document order, and without JavaScript. Where there is room (480 px of the
 * element's own width), they are also drawn as a ring: choosing a segment shows that theme
 * beside or below it. The ring follows the WAI-ARIA tabs pattern with automatic activation: one
 * tab stop; arrow keys move and choose (mirrored right to left); Home and End jump. Narrow, in
 * forced colours, in print and in easy-read mode it is a clean list of every theme.
 *
 * @tag klar-theme-circle
 * @summary A circle diagram of themes, operable by everyone, readable as a list.
 *
 * @slot heading - The circle's heading, e.g. `<h2 slot="heading">Medborgerskabets indholdscirkel</h2>`.
 * @slot center - The text in the middle of the ring ("Medborgerskab").
 * @slot - The themes: 2 to 8 `klar-theme` elements.
 *
 * @csspart circle - The frame of the whole element.
 * @csspart ring - The ring with its segments.
 * @csspart segment - A theme's label on the ring (a tab).
 * @csspart center - The centre text.
 * @csspart panel - The area that shows the chosen theme (every theme, as a list).
 *
 * @fires {CustomEvent<KlarThemeSelectDetail>} klar-theme-select - A reader chose a theme. `detail`: `{ index, label, theme }`.
 */
export class KlarThemeCircle extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, circleStyles];
  static override properties: PropertyDeclarations = { selected: { reflect: true }, focusedIndex: { state: true } };

  /** The theme shown in the panel: its index from 0, or its label. Reflects the reader's choice as an index. */
  selected?: string;

  private focusedIndex = -1;

  #themes: KlarTheme[] = [];
  /** How the reader last acted on the ring: only keyboard focus draws the focus ring on a segment. */
  #lastInput: 'keyboard' | 'pointer' | undefined;

  constructor() {
    super();
    // Keyboard focus must never land in a theme that is not shown: show the theme it lands in.
    this.addEventListener('focusin', (event) => {
      const theme = this.#themes.findIndex((each) => each.contains(event.target as Node));
      if (theme >= 0 && theme !== this.selectedIndex) this.#choose(theme, false);
    });
  }

  /** The index of the theme shown, from `selected` (index or label); the first by default. */
  get selectedIndex(): number {
    const value = this.selected?.trim() ?? '';
    if (/^\d+$/.test(value) && Number(value) < this.#themes.length) return Number(value);
    const byLabel = this.#themes.findIndex((theme) => theme.label?.trim().toLowerCase() === value.toLowerCase());
    return byLabel >= 0 ? byLabel : 0;
  }

  protected override validate(): KlarErrorDetail[] {
    this.#themes = [...this.children].filter((child): child is KlarTheme => child.localName === 'klar-theme');
    const count = this.#themes.length;
    const unlabelled = this.#themes.findIndex((theme) => !theme.label?.trim());
    const asList = 'The themes are shown as a list.';
    if (count < MIN_THEMES) {
      return [problem('too-few-themes', `has ${count} <klar-theme> element(s); a circle needs ${MIN_THEMES} to ${MAX_THEMES}. ${asList}`)];
    }
    if (count > MAX_THEMES) {
      return [problem('too-many-themes', `has ${count} <klar-theme> elements; a circle holds at most ${MAX_THEMES}. ${asList}`)];
    }
    if (unlabelled >= 0) {
      return [problem('missing-label', `theme ${unlabelled + 1} has no label="…" for the ring. ${asList}`)];
    }
    return [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    const selected = this.selectedIndex;
    this.#themes.forEach((theme, index) => {
      theme.selected = index === selected;
      // A theme follows a change of its circle's own easy-read attribute; selection is a state,
      // styled by the circle, so it costs the theme no render.
      if (changed.get('easyRead') !== undefined) theme.requestUpdate();
    });
  }

  /** Shows theme `index`; `byReader` also moves focus to its segment and tells the page. */
  #choose(index: number, byReader: boolean): void {
    const theme = this.#themes[index];
    if (!theme) return;
    this.selected = String(index);
    this.emit('klar-theme-select', { index, label: theme.label ?? '', theme });
    if (byReader) {
      const focusVisible = this.#lastInput === 'keyboard';
      void this.updateComplete.then(() => this.#tab(index)?.focus({ focusVisible } as FocusOptions));
    }
  }

  #tab(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`#tab-${index}`);
  }

  #onKeydown(event: KeyboardEvent): void {
    const count = this.#themes.length;
    const current = this.focusedIndex >= 0 ? this.focusedIndex : this.selectedIndex;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let target: number | undefined;
    if (next !== undefined) target = (current + next + count) % count;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = count - 1;
    else return;
    event.preventDefault();
    this.#lastInput = 'keyboard';
    this.#choose(target, true);
  }

  get #ringName(): string {
    const heading = [...this.children].find((child) => child.slot === 'heading');
    return (
      heading?.textContent?.trim().replace(/\s+/g, ' ') ||
      msg('Temaer', { id: 'theme-circle.ring-name', desc: 'Accessible name of the ring of themes when the circle has no heading' })
    );
  }

  #renderRing(): TemplateResult {
    const selected = this.selectedIndex;
    const shapes = segments(this.#themes.length);
    return html`
      <div
        role="tablist"
        aria-label=${this.#ringName}
        class=${classes('ring-area', this.#themes.length > 6 && 'many')}
        part="ring"
        @pointerdown=${() => (this.#lastInput = 'pointer')}
        @keydown=${this.#onKeydown}
      >
        <svg viewBox="0 0 ${RING.size} ${RING.size}" aria-hidden="true" focusable="false">
          ${shapes.map(
            (shape, index) => svg`<path
              class=${classes('segment', `tone-${index}`, index === selected && 'selected')}
              d=${shape.path}
              @click=${() => this.#choose(index, true)}
            />`
          )}
          ${this.focusedIndex >= 0
            ? svg`<path class="focus-outer" d=${shapes[this.focusedIndex].path} /><path class="focus-inner" d=${shapes[this.focusedIndex].path} />`
            : nothing}
        </svg>
        ${this.#themes.map(
            (theme, index) => html`<button
              type="button"
              role="tab"
              id="tab-${index}"
              part="segment"
              class=${classes('tab', index === selected && 'selected')}
              aria-selected=${index === selected ? 'true' : 'false'}
              tabindex=${index === selected ? 0 : -1}
              ${styleProperties({
                'inset-inline-start': `${shapes[index].labelX}%`,
                'inset-block-start': `${shapes[index].labelY}%`,
                // Per cent of the ring's square, the labels' containing block.
                'max-inline-size': `${shapes[index].labelWidth}%`,
              })}
              @click=${() => this.#choose(index, true)}
              @focus=${(event: FocusEvent) => {
                const keyboard = this.#lastInput === 'keyboard' || (event.target as Element).matches(':focus-visible');
                this.focusedIndex = keyboard ? index : -1;
              }}
              @blur=${() => (this.focusedIndex = -1)}
            >
              ${theme.label}
            </button>`
        )}
      </div>
    `;
  }

  protected override render(): TemplateResult {
    // Also a list while there are too few themes to draw (JSON content still loading).
    const asList = this.isEasyRead || Boolean(this.problem) || this.#themes.length < MIN_THEMES;
    return html`
      <div
        part="circle"
        class=${classes('circle', asList && 'list', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        <slot name="heading"></slot>
        ${this.renderProblem()}
        <div class="layout">
          <div class="stage">
            ${asList ? nothing : this.#renderRing()}
            <div class="center" part="center"><slot name="center"></slot></div>
          </div>
          <div class="panel" part="panel"><slot></slot></div>
        </div>
      </div>
    `;
  }
}
