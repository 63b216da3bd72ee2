import { css } from 'lit';

export const policyCardStyles = css`
  /* Cards fill their grid cell, so a row of cards is one height. */
  :host {
    --_klar-estimated-height: 20rem;
    block-size: 100%;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    block-size: 100%;
    margin: 0;
    border-block-start: 0.375rem solid var(--_klar-accent);
  }

  .title ::slotted([slot='heading']) {
    margin: 0;
    color: var(--_klar-heading-color);
    font-size: 1.3em;
    line-height: 1.25;
  }

  .link {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    color: inherit;
    text-decoration: none;
  }

  .link ::slotted([slot='heading']) {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  .link:hover ::slotted([slot='heading']) {
    text-decoration-thickness: 0.16em;
  }

  .arrow::before {
    content: '→';
    font-weight: 700;
  }

  .card:dir(rtl) .arrow::before {
    content: '←';
  }

  /* The whole card answers a click; the one link is still the only stop for keyboard and screen readers. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_klar-radius);
  }

  .link:focus-visible {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 3px solid var(--klar-color-focus, #1a1a1a);
    outline-offset: 3px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0;
  }

  .status {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding-block: 0.15em;
    padding-inline: 0.5em 0.7em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.9em;
    font-weight: 700;
  }

  .status-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  /* Each status has its own colour, shape and word; the colours keep 7:1 on their own ground. */
  .status-adopted {
    background: #e3f1ec;
    color: #0b4d3c;
  }

  .status-consultation {
    background: #e3ecf7;
    color: #0b3a75;
  }

  .status-draft {
    background: #f5eadb;
    color: #5a3d00;
  }

  time {
    font-size: 0.95em;
  }

  .caption {
    margin: 0 0 0.25em;
    font-size: 0.85em;
    font-weight: 700;
  }

  .vision {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_klar-accent);
  }

  ::slotted([slot='vision']) {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }

  .description ::slotted(*) {
    margin: 0;
  }

  ::slotted(:is(ul, ol)[slot='themes']),
  ::slotted(ul[slot='vision']) {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  ::slotted(ul[slot='themes']) {
    list-style-type: disc;
  }

  /* Two columns of themes where the card has room for them, by the list's own width: no
     query container per card (each costs layout time on a page of many cards). */
  ::slotted([slot='themes']) {
    columns: 15.5em 2;
    column-gap: 2em;
  }

  /* Easy-read: one item per line. */
  .easy-read ::slotted(ul[slot='themes']) {
    columns: auto;
  }

  /* The consultation line: the one thing a citizen most needs while a policy is in consultation.
     Open, it is a framed box with a thick start edge, bold words and an icon; the link fills the
     box (a large target) and is underlined. Ended, it is a plain line with another icon. */
  .consultation {
    margin: 0;
  }

  .consultation-box {
    display: flex;
    gap: 0.6em;
    align-items: center;
  }

  .open .consultation-box {
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 2px solid var(--_klar-accent);
    border-inline-start-width: 0.5rem;
    border-radius: calc(var(--_klar-radius) / 2);
    background: color-mix(in srgb, var(--_klar-accent) 7%, transparent);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
  }

  .consultation-icon {
    flex: none;
    inline-size: 1.35em;
    block-size: 1.35em;
    color: var(--_klar-accent);
  }

  .closed .consultation-icon {
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .consultation-words {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.15em;
    min-inline-size: 0;
  }

  /* The date is one block of text: it stays whole on one line, moving to the next line if it
     must, and only where no line of the box can hold it (320 px, easy-read, text spacing) does it
     break, at its spaces, filling the first line first (30. december / 2026). Not nowrap: a date
     that cannot break sticks out of the box, over the arrow, and, in a grid column that is as wide
     as its content's min-content width, widens the card and the page. */
  .consultation time {
    display: inline-block;
    font-size: inherit;
  }

  /* Above the card's whole-card link, so a click on it answers the consultation. */
  .respond {
    position: relative;
    z-index: 1;
    color: inherit;
    text-decoration: none;
  }

  /* The date is an inline block, which the sentence's underline does not reach into: it is underlined too. */
  .respond :is(.consultation-text, time) {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  .respond:hover :is(.consultation-text, time) {
    text-decoration-thickness: 0.16em;
  }

  .respond:focus-visible {
    outline: 3px solid var(--klar-color-focus, #1a1a1a);
    outline-offset: 2px;
  }

  .respond-address {
    font-size: 0.9em;
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  .print-only {
    display: none;
  }

  @media print {
    .open .consultation-box {
      border-color: currentColor;
      background: none;
    }
    .consultation-icon {
      color: currentColor;
    }
    .print-only {
      display: inline;
    }
    .respond .arrow {
      display: none;
    }
  }

  /* Forced colours: the box's border takes the system colour by itself; the icon follows the text. */
  @media (forced-colors: active) {
    .consultation-icon {
      color: inherit;
    }
    .status {
      forced-color-adjust: auto;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
