/**
 * The consultation line of a policy card (`consultation-ends`, `respond-href`): its sentences,
 * shapes, checks and styles. A lazy chunk: most cards have no consultation, and a card that has
 * one waits for this before it renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { formatDate, parseIsoDate } from '../../core/format.js';
import { msg } from '../../core/localize.js';
import { urlScheme } from '../../core/url.js';
import { aroundDate, isOpen, isSafeRespondUrl, printedUrl } from './consultation.js';

export { consultationStyles } from './consultation-line.styles.js';

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

// The consultation line's own shapes: a speech bubble while citizens can answer, a calendar once it ended.
const CONSULTATION_ICONS = {
  open: html`<svg class="consultation-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /><path d="M5 6.5h6" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" /></svg>`,
  closed: html`<svg class="consultation-icon" aria-hidden="true" viewBox="0 0 16 16" focusable="false"><rect x="2" y="3" width="12" height="11" rx="1.2" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M2 6.5h12M5 1.5v3M11 1.5v3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>`,
};

/**
 * What is wrong with the consultation attributes (as written): a date that is none, a link Klar
 * refuses; and, for the web team only, a link without a date or an open consultation on a
 * policy whose status says otherwise.
 */
export function consultationProblems(
  endsAttribute: string | undefined,
  respondAttribute: string | undefined,
  status: string | undefined,
  warn: (message: string) => void
): KlarErrorDetail[] {
  const found: KlarErrorDetail[] = [];
  const ends = endsAttribute?.trim() || undefined;
  const respond = respondAttribute?.trim() || undefined;
  if (ends && !parseIsoDate(ends)) {
    found.push(
      problem(
        'invalid-date',
        `consultation-ends="${endsAttribute}" is not a date written YYYY-MM-DD, e.g. consultation-ends="2026-01-15". The consultation line is left out.`
      )
    );
  }
  if (respond && !isSafeRespondUrl(respond)) {
    found.push(
      problem(
        'unsafe-url',
        `respond-href="${respondAttribute}" is refused: only http(s), relative and mailto: links are allowed. The consultation line has no link.`
      )
    );
  }
  if (respond && !ends) {
    warn(`respond-href needs consultation-ends="YYYY-MM-DD", the last day to answer: without it the card shows no consultation line.`);
  }
  if (ends && parseIsoDate(ends) && isOpen(ends) && status && status !== 'consultation') {
    warn(
      `consultation-ends="${ends}" has not passed, so the card asks for answers, but status="${status}" says the policy is not in consultation. Set status="consultation" while it is, or leave out consultation-ends.`
    );
  }
  return found;
}

/**
 * Until when, and where, a citizen can answer; or when the consultation ended. Decided on
 * every render from the reader's date: the whole end day counts as open.
 */
export function renderConsultation(ends: string, respondText: string | undefined, easy: boolean, locale: string, lang: string | undefined): TemplateResult | typeof nothing {
  const date = parseIsoDate(ends);
  if (!date) return nothing;
  const open = isOpen(ends);
  const respond = open && respondText && isSafeRespondUrl(respondText) ? respondText : undefined;
  const [before, after] = aroundDate(consultationText(open ? (respond ? 'respond' : 'open') : 'closed', easy));
  // An e-mail address is shown on screen too: a reader without a mail program can copy it.
  const mail = respond !== undefined && urlScheme(respond) === 'mailto';
  const words = html`<span class="consultation-words"
    ><span class="consultation-text">${before}<time datetime=${ends}>${formatDate(date, locale)}</time>${after}</span
    >${respond
      ? // A web address is for paper only: hidden from screen readers too, also where the card is
        // off screen and Chromium builds its accessibility tree without styles (content-visibility).
        html`<span class=${classes('respond-address', !mail && 'print-only')} aria-hidden=${mail ? nothing : 'true'}
            ><bdi>${printedUrl(respond)}</bdi></span
          >`
      : nothing}</span
  >`;
  const icon = CONSULTATION_ICONS[open ? 'open' : 'closed'];
  // role="paragraph": see the card's status line; without it Chromium leaves this <p> out.
  return html`<p part="consultation" role="paragraph" class=${classes('consultation', open ? 'open' : 'closed')} lang=${lang ?? nothing}>
    ${respond
      ? html`<a part="respond-link" class="consultation-box respond" href=${respond}
          >${icon}${words}<span class="arrow" aria-hidden="true"></span
        ></a>`
      : html`<span class="consultation-box">${icon}${words}</span>`}
  </p>`;
}

