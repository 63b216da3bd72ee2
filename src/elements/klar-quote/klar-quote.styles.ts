import { css } from 'lit';

export const quoteStyles = css`
  :host {
    margin-block: var(--_klar-space);
  }

  .figure {
    margin: 0;
    padding-inline-start: var(--_klar-space);
    border-inline-start: 0.375rem solid var(--_klar-accent);
  }

  /* The opening mark hangs beside the first line, the closing one after the last. */
  .words {
    display: flex;
    gap: 0.75rem;
  }

  .quote {
    flex: 1;
    min-inline-size: 0;
  }

  .mark {
    flex: none;
    font-family: Georgia, 'Noto Serif', 'Times New Roman', serif;
    font-size: 3em;
    font-weight: 700;
    line-height: 0.8;
    user-select: none;
  }

  .mark.close {
    align-self: flex-end;
    line-height: 0.4;
  }

  figcaption {
    padding-inline-start: calc(1.6em + 0.75rem);
  }

  .figure:not(.marked) figcaption {
    padding-inline-start: 0;
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

  .easy-read .quote {
    font-size: 1em;
    line-height: 1.6;
  }
`;
