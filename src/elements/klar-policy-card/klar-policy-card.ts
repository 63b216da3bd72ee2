import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classes } from '../../core/classes.js';
import { msg } from '../../core/localize.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import type { Spoken } from '../../core/spoken.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { formatDate, parseIsoDate } from '../../core/format.js';
import { isSafeUrl, urlScheme } from '../../core/url.js';
import { policyCardStyles } from './klar-policy-card.styles.js';
import { aroundDate, isOpen, isSafeRespondUrl, printedUrl } from './consultation.js';

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

// The consultation line's sentences. {dato} is the date: kept as written, it moves with each
// language's word order. Easy-read says the same in plainer words.
function consultationText(state: 'respond' | 'open' | 'closed', easy: boolean): string {
  switch (state) {
    case 'respond':
      return easy
        ? msg('Sig din mening til og med {dato}', {
            id: 'policy-card.consultation.respond-easy',
            desc: 'Easy-read version of the link to answer a public consultation on a policy, open until the end of that day; plain everyday words. Keep {dato} as written: it becomes the date (15. januar 2026).',
          })
        : msg('Giv dit høringssvar senest {dato}', {
            id: 'policy-card.consultation.respond',
            desc: 'Link to where citizens send their answer to a public consultation on a policy; the consultation is open until the end of that day. Keep {dato} as written: it becomes the date (15. januar 2026).',
          });
    case 'open':
      return easy
        ? msg('Du kan sige din mening til og med {dato}', {
            id: 'policy-card.consultation.open-easy',
            desc: 'Easy-read version of: citizens can answer the public consultation on this policy until the end of that day (no link given). Keep {dato} as written: it becomes the date (15. januar 2026).',
          })
        : msg('Du kan give dit høringssvar til og med {dato}', {
            id: 'policy-card.consultation.open',
            desc: 'Citizens can answer the public consultation on this policy until the end of that day; shown when the card has no link to answer. Keep {dato} as written: it becomes the date (15. januar 2026).',
          });
    case 'closed':
      return easy
        ? msg('Sidste dag for at sige din mening var {dato}', {
            id: 'policy-card.consultation.closed-easy',
            desc: 'Easy-read version of: the public consultation on this policy has ended; that day was the last one to answer. Keep {dato} as written: it becomes the date (15. januar 2026).',
          })
        : msg('Høringen sluttede {dato}', {
            id: 'policy-card.consultation.closed',
            desc: 'The public consultation on this policy has ended, on that day; answers are no longer taken. Keep {dato} as written: it becomes the date (15. januar 2026).',
          });
  }
}

// A shape per status, so the badge never says its meaning with colour alone.
const STATUS_ICONS: Record<PolicyStatus, TemplateResult> = {
  adopted: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></svg>`,
  consultation: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /></svg>`,
  draft: html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M3 13l1-4 7-7 3 3-7 7z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /></svg>`,
};

// The consultation line's own shapes: a speech bubble while citizens can answer, a calendar once it ended.
const CONSULTATION_ICONS = {
  open: html`<svg class="consultation-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /><path d="M5 6.5h6" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" /></svg>`,
  closed: html`<svg class="consultation-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><rect x="2" y="3" width="12" height="11" rx="1.2" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M2 6.5h12M5 1.5v3M11 1.5v3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>`,
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
    const ends = this.#endsText;
    const respond = this.#respondText;
    if (ends && !parseIsoDate(ends)) {
      found.push(
        problem(
          'invalid-date',
          `consultation-ends="${this.consultationEnds}" is not a date written YYYY-MM-DD, e.g. consultation-ends="2026-01-15". The consultation line is left out.`
        )
      );
    }
    if (respond && !isSafeRespondUrl(respond)) {
      found.push(
        problem(
          'unsafe-url',
          `respond-href="${this.respondHref}" is refused: only http(s), relative and mailto: links are allowed. The consultation line has no link.`
        )
      );
    }
    if (respond && !ends) {
      this.warnOnce(`respond-href needs consultation-ends="YYYY-MM-DD", the last day to answer: without it the card shows no consultation line.`);
    }
    const status = this.#knownStatus;
    if (ends && parseIsoDate(ends) && isOpen(ends) && status && status !== 'consultation') {
      this.warnOnce(
        `consultation-ends="${ends}" has not passed, so the card asks for answers, but status="${status}" says the policy is not in consultation. Set status="consultation" while it is, or leave out consultation-ends.`
      );
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
    return html`<p class="meta" lang=${this.interfaceLang ?? nothing}>
      ${status
        ? html`<span part="status" class="status status-${status}"
            ><span class="visually-hidden">${`${label} `}</span>${STATUS_ICONS[status]}${statusText(status)}</span
          >`
        : nothing}
      ${date ? html`<time part="date" datetime=${this.date!.trim()}>${formatDate(date, this.locale)}</time>` : nothing}
    </p>`;
  }

  /**
   * Until when, and where, a citizen can answer; or when the consultation ended. Decided on
   * every render from the reader's date: the whole end day counts as open.
   */
  #renderConsultation(): TemplateResult | typeof nothing {
    const ends = this.#endsText;
    const date = ends ? parseIsoDate(ends) : undefined;
    if (!ends || !date) return nothing;
    const open = isOpen(ends);
    const respond = open && this.#respondText && isSafeRespondUrl(this.#respondText) ? this.#respondText : undefined;
    const [before, after] = aroundDate(consultationText(open ? (respond ? 'respond' : 'open') : 'closed', this.isEasyRead));
    // An e-mail address is shown on screen too: a reader without a mail program can copy it.
    const mail = respond !== undefined && urlScheme(respond) === 'mailto';
    const words = html`<span class="consultation-words"
      ><span class="consultation-text">${before}<time datetime=${ends}>${formatDate(date, this.locale)}</time>${after}</span
      >${respond
        ? // A web address is for paper only: hidden from screen readers too, also where the card is
          // off screen and Chromium builds its accessibility tree without styles (content-visibility).
          html`<span class=${classes('respond-address', !mail && 'print-only')} aria-hidden=${mail ? nothing : 'true'}
              ><bdi>${printedUrl(respond)}</bdi></span
            >`
        : nothing}</span
    >`;
    const icon = CONSULTATION_ICONS[open ? 'open' : 'closed'];
    return html`<p part="consultation" class=${classes('consultation', open ? 'open' : 'closed')} lang=${this.interfaceLang ?? nothing}>
      ${respond
        ? html`<a part="respond-link" class="consultation-box respond" href=${respond}
            >${icon}${words}<span class="arrow" aria-hidden="true"></span
          ></a>`
        : html`<span class="consultation-box">${icon}${words}</span>`}
    </p>`;
  }

  protected override render(): TemplateResult {
    return html`
      <article
        part="card"
        class=${classes('card frame', this.#linked && 'linked', this.isEasyRead && 'easy-read')}
        dir=${this.page.direction ?? nothing}
      >
        ${this.#renderTitle()} ${this.#renderMeta()} ${this.#renderConsultation()} ${this.renderProblem()}
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
