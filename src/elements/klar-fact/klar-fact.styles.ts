import { css } from 'lit';

export const factStyles = css`
  /* In a grid row, every fact is as tall as the tallest. */
  :host {
    block-size: 100%;
  }

  .fact {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_klar-space) * 0.5);
    block-size: 100%;
    border-block-start: 0.375rem solid var(--_klar-accent);
  }

  p {
    margin: 0;
  }

  .value {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .bar {
    display: block;
    block-size: 0.625rem;
    border: 1px solid var(--_klar-accent);
    border-radius: 0.3125rem;
    overflow: hidden;
  }

  .fill {
    display: block;
    inline-size: calc(var(--_klar-share) * 100%);
    block-size: 100%;
    background: var(--_klar-accent);
  }

  .label {
    font-size: 1.125em;
    line-height: 1.4;
  }

  ::slotted([slot='label']) {
    display: inline;
    margin: 0;
  }

  .source {
    margin-block-start: auto;
  }

  .easy-read .value {
    font-size: 2.25em;
  }

  .easy-read .label {
    line-height: 1.6;
  }

  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }

  @media print {
    .fill {
      print-color-adjust: exact;
    }
  }
`;
