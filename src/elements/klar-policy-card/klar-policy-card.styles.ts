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

  @media (forced-colors: active) {
    .status {
      forced-color-adjust: auto;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
