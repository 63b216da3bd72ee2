import { css } from 'lit';

/**
 * The vision is the policy's headline: its words are set larger than the text around them, in
 * the calm frame every element has, with the accent as a stripe at the start and a small star.
 * No colour carries meaning; the accent is decoration. Logical properties only. The heading row
 * (star and heading) is the boxes' (`boxStyles`).
 */
export const visionStyles = css`
  :host {
    --_klar-estimated-height: 16rem;
    margin-block: calc(var(--_klar-space) * 1.5);
  }

  .vision {
    padding-block: calc(var(--_klar-space) * 1.25);
    padding-inline: calc(var(--_klar-space) * 1.5);
    border-inline-start: 0.5rem solid var(--_klar-accent);
  }

  /* The statement: larger and a little heavier than body text, kept to a comfortable line. */
  .text {
    font-size: 1.375em;
    font-weight: 500;
    line-height: 1.45;
  }

  .text ::slotted(*) {
    max-inline-size: 34em;
  }

  .text ::slotted(p) {
    margin-block: 0 0.6em;
  }

  .text ::slotted(:last-child) {
    margin-block-end: 0;
  }

  /* The marks follow, set apart by a thin rule: the same size as the page's text. */
  .marks {
    margin-block-start: calc(var(--_klar-space) * 1.25);
    padding-block-start: var(--_klar-space);
    border-block-start: 1px solid var(--_klar-border);
  }

  .marks-heading {
    margin-block: 0 calc(var(--_klar-space) * 0.5);
    color: var(--_klar-heading-color);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }

  .marks ::slotted(*) {
    max-inline-size: 45em;
  }

  /* Easy-read: the base's larger type; the statement a step above it, all at 1.6 line height. */
  .easy-read .text {
    font-size: 1.125em;
    line-height: 1.6;
  }

  .easy-read .text ::slotted(*),
  .easy-read .marks ::slotted(*) {
    max-inline-size: 60ch;
  }

  /* Narrow screens: less padding, so the larger words keep their room. */
  @media (max-width: 30rem) {
    .vision {
      padding-inline: var(--_klar-space);
    }
    .text {
      font-size: 1.25em;
    }
  }

  @media (forced-colors: active) {
    .marks {
      border-block-start-color: CanvasText;
    }
  }

  @media print {
    .vision {
      border-inline-start-color: currentColor;
    }
  }
`;
