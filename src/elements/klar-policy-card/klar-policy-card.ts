import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classes } from '../../core/classes.js';
import { msg } from '../../core/localize.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { addStyles, LazyPart } from '../../core/lazy.js';
import { leadIn, type Spoken } from '../../core/spoken.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { formatDate, parseIsoDate } from '../../core/format.js';
import { isSafeUrl } from '../../core/url.js';
import { policyCardStyles } from './klar-policy-card.styles.js';

/** The consultation line: a lazy chunk, one for every element on the page. */
const line = new LazyPart(() => import('./consultation-line.js'));

type PolicyStatus = NonNullable<KlarPolicyCard['status']>;
const STATUSES: readonly PolicyStatus[] = ['adopted', 'consultation', 'draft'];

function statusText(status: PolicyStatus): string {
  switch (status) {
    case 'adopted':
      return msg('Vedtaget', { id: 'policy-card.status.adopted', desc: 'Status of a policy the city council has adopted' });
    case 'consultation':
      return msg('I høring', {
        id: 'policy-card.status.consultation',
        desc: 'Status of a draft policy that citizens and organisations can comment on now (public consultation)',
      });
    case 'draft':
      return msg('Udkast', { id: 'policy-card.status.draft', desc: 'Status of a policy still being written' });
  }
}

// A shape per status, so the badge never says its meaning with colour alone.
const STATUS_ICONS: Record<PolicyStatus, TemplateResult> = {
  adopted: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></svg>`,
  consultation: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /></svg>`,
  draft: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M3 13l1-4 7-7 3 3-7 7z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /></svg>`,
};

/**
 * One policy at a glance: its title (a link to the full policy), status, date, vision, themes
 * and a short description. The whole card can be clicked; keyboard and screen-reader users meet
 * one link, named by the title (and, while a consultation is open, the link to answer it).
 *
 * A policy in public consultation also says until when, and where, a citizen can answer
 * (`consultation-ends`, `respond-href`): until the end of that day, in the reader's own time,
 * a framed line "Giv dit høringssvar senest 15. januar 2026" that links to where the answer goes;
 * from the next day on, "Høringen sluttede 15. januar 2026", as plain text. The line is shown
 * whatever the `status` (the date decides); while the consultation is open, a `status` other
 * than `consultation` gets one console warning, as the badge and the line then disagree. A
 * `respond-href` may be relative, like `href`, or `mailto:` (the address is then shown too, for
 * readers without a mail program); on paper the line shows the address it links to. A deadline
 * not written YYYY-MM-DD leaves the line out, an unsafe link leaves the link out: both with the
 * short message and `klar-error` (`invalid-date`, `unsafe-url`).
 *
 * @tag klar-policy-card
 * @summary A card for one policy, linking to it.
 *
 * @slot heading - The policy's title, as your own `h2`–`h6`; it becomes the card's one link.
 * @slot vision - The policy's vision, e.g. `<p slot="vision">Alle ser mangfoldighed som en styrke.</p>`.
 * @slot themes - The policy's themes, as a list.
 * @slot - A short description.
 * @slot easy-read - Optional easy-read version of the description, shown instead of it in easy-read mode.
 *
 * @csspart card - The card's frame.
 * @csspart link - The link around the title.
 * @csspart status - The status badge.
 * @csspart date - The date.
 * @csspart vision - The vision.
 * @csspart themes - The themes with their label.
 * @csspart consultation - The consultation line: until when citizens can answer, or when the consultation ended.
 * @csspart respond-link - The link to answer the consultation, while it is open.
 */
export class KlarPolicyCard extends KlarHeadedElement {
  static override styles = [...KlarHeadedElement.styles, policyCardStyles];
  static override properties: PropertyDeclarations = {
    status: {},
    date: {},
    href: {},
    consultationEnds: { attribute: 'consultation-ends' },
    respondHref: { attribute: 'respond-href' },
  };

  /** `adopted` (Vedtaget), `consultation` (I høring) or `draft` (Udkast). */
  status?: 'adopted' | 'consultation' | 'draft';

  /** The policy's date, written YYYY-MM-DD; shown in the reader's language. */
  date?: string;

  /** Where the full policy is: an http(s) or relative URL. */
  href?: string;

  /**
   * The last day of the public consultation, written YYYY-MM-DD. Until the end of that day (the
   * reader's local time) the card asks for answers; after it, it says the consultation ended.
   * Left out or empty: no consultation line.
   */
  consultationEnds?: string;

  /**
   * Where citizens answer the consultation: an http(s) address, a relative one on your own site,
   * or `mailto:` an e-mail address (shown with the link, for readers without a mail program).
   * Left out or empty: the line says until when, without a link. Needs `consultation-ends`.
   */
  respondHref?: string;

  /** `consultation-ends` as written, trimmed; undefined when left out or empty. */
  get #endsText(): string | undefined {
    return this.consultationEnds?.trim() || undefined;
  }

  /** `respond-href`, trimmed; undefined when left out or empty. */
  get #respondText(): string | undefined {
    return this.respondHref?.trim() || undefined;
  }

  /**
   * A card with a consultation waits for the line's chunk before it renders, so its first frame
   * already says until when citizens can answer; other cards never load it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return !(this.#endsText || this.#respondText) ? super.scheduleUpdate() : line.after(() => super.scheduleUpdate());
  }

  #lineStyled = false;

  /** The line's styles arrive with its chunk: added in the same task as the render, before paint. */
  protected override updated(changed: Parameters<KlarHeadedElement['updated']>[0]): void {
    super.updated(changed);
    if (!line.value || this.#lineStyled) return;
    this.#lineStyled = true;
    addStyles(this.renderRoot as ShadowRoot, line.value.consultationStyles);
  }

  get #knownStatus(): PolicyStatus | undefined {
    return STATUSES.find((status) => status === this.status?.trim());
  }

  get #knownDate(): Date | undefined {
    return this.date === undefined ? undefined : parseIsoDate(this.date);
  }

  /** The card links only to a safe URL, and only with a heading to name the link. */
  get #linked(): boolean {
    return this.href !== undefined && isSafeUrl(this.href) && this.slots.has('heading');
  }

  protected override validate(): KlarErrorDetail[] {
    const found: KlarErrorDetail[] = [];
    if (!this.slots.has('heading')) {
      found.push(problem('invalid-content', 'has no heading. Add the policy\'s title as <h3 slot="heading">…</h3>; it names the link.'));
    }
    if (this.status !== undefined && !this.#knownStatus) {
      found.push(problem('invalid-status', `status="${this.status}" is unknown: use adopted, consultation or draft. The status is left out.`));
    }
    if (this.date !== undefined && !this.#knownDate) {
      found.push(problem('invalid-date', `date="${this.date}" is not a date written YYYY-MM-DD, e.g. date="2017-11-27". The date is left out.`));
    }
    if (this.href !== undefined && !isSafeUrl(this.href)) {
      found.push(problem('unsafe-url', `href="${this.href}" is refused: only http(s) and relative links are allowed. The card has no link.`));
    }
    // The line's checks come with its chunk, loaded before any update that has the attributes.
    if (line.value && (this.#endsText || this.#respondText)) {
      found.push(...line.value.consultationProblems(this.consultationEnds, this.respondHref, this.#knownStatus, (message) => this.warnOnce(message)));
    }
    return found;
  }

  /** The title, then the card's own status and date line, then the rest. */
  override spoken(): Spoken {
    const blocks = super.spoken();
    const isTitle = (part: string | Element) => typeof part !== 'string' && part.closest('[slot="heading"]') !== null;
    // The card's own lines: status and date, then the consultation sentence (without the address under it).
    const own = ['.meta', '.consultation-text']
      .map((selector) => this.renderRoot.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim())
      .filter((text): text is string => Boolean(text));
    return [...blocks.filter(isTitle), ...own, ...blocks.filter((part) => !isTitle(part))];
  }

  #renderTitle(): TemplateResult {
    const title = html`<slot name="heading"></slot>`;
    if (!this.#linked) return html`<div class="title">${title}</div>`;
    return html`<a part="link" class="title link" href=${this.href!}>${title}<span class="arrow" aria-hidden="true"></span></a>`;
  }

  #renderMeta(): TemplateResult | typeof nothing {
    const status = this.#knownStatus;
    const date = this.#knownDate;
    if (!status && !date) return nothing;
    const label = msg('Politikkens status:', { id: 'policy-card.status-label', desc: 'Read by screen readers before the status badge of a policy card' });
    // role="paragraph" repeats the <p>'s own role: Chromium leaves out a paragraph that is a flex box,
    // or whose words are all inside one, and Orca then ran the lines together ("I høringHøringen sluttede").
    return html`<p class="meta" role="paragraph" lang=${this.interfaceLang ?? nothing}>
      ${status
        ? html`<span part="status" class="status status-${status}"
            ><span class="visually-hidden">${leadIn(label)}</span>${STATUS_ICONS[status]}${statusText(status)}</span
          >`
        : nothing}
      ${date ? html`<time part="date" datetime=${this.date!.trim()}>${formatDate(date, this.locale)}</time>` : nothing}
    </p>`;
  }

  protected override render(): TemplateResult {
    return html`
      <article
        part="card"
        class=${classes('card frame', this.#linked && 'linked', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        ${this.#renderTitle()} ${this.#renderMeta()} ${line.value && this.#endsText ? line.value.renderConsultation(this.#endsText, this.#respondText, this.isEasyRead, this.locale, this.interfaceLang) : nothing} ${this.renderProblem()}
        <div part="vision" class="vision" ?hidden=${!this.slots.has('vision')}>
          <p class="caption" lang=${this.interfaceLang ?? nothing}>
            ${msg('Visionen', { id: 'policy-card.vision', desc: 'Label above the vision of a policy on a policy card' })}
          </p>
          <slot name="vision"></slot>
        </div>
        <div class="description"><slot name=${this.mainSlot()}></slot></div>
        <div part="themes" class="themes" ?hidden=${!this.slots.has('themes')}>
          <p class="caption" lang=${this.interfaceLang ?? nothing}>
            ${msg('Temaer', { id: 'policy-card.themes', desc: 'Label above the list of themes of a policy on a policy card' })}
          </p>
          <slot name="themes"></slot>
        </div>
      </article>
    `;
  }
}
