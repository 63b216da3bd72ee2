import { css } from 'lit';

export const quoteStyles = css`
  .figure {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    margin: 0;
    padding-block: var(--_klar-space);
    padding-inline: var(--_klar-space) calc(var(--_klar-space) * 1.25);
    border-inline-start: 0.375rem solid var(--_klar-accent);
    border-radius: var(--_klar-radius);
    background: var(--_klar-surface);
  }

  .figure > * {
    grid-column: 2;
  }

  /* The opening mark hangs beside the first line; the closing one ends the quote. */
  .mark {
    color: var(--_klar-accent);
    font-family: Georgia, 'Noto Serif', 'Times New Roman', serif;
    font-size: 3em;
    font-weight: 700;
    line-height: 0.8;
    user-select: none;
  }

  .mark.open {
    grid-column: 1;
    grid-row: 1 / span 2;
  }

  .mark.close {
    justify-self: end;
    block-size: 0.5em;
    line-height: 0.6;
  }

  .quote {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.5;
  }

  .quote ::slotted(p) {
    margin-block: 0 0.75em;
  }

  .quote ::slotted(p:last-child) {
    margin-block-end: 0;
  }

  figcaption:empty {
    display: none;
  }

  .easy-read .quote {
    font-size: 1em;
    line-height: 1.6;
  }

  @media (forced-colors: active) {
    .figure {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.375rem;
    }
    .mark {
      color: CanvasText;
    }
  }

  @media print {
    .figure {
      background: none;
      border: 1px solid currentColor;
      border-inline-start-width: 0.375rem;
      break-inside: avoid;
    }
  }
`;
