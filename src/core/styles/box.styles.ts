import { css } from 'lit';

export const boxStyles = css`
  /* Boxes stand apart from what comes before and after; a page's own CSS can change it. */
  :host {
    margin-block: var(--_klar-space);
  }

  .box {
    border-inline-start: 0.375rem solid var(--_klar-accent);
  }

  .head {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin-block-end: calc(var(--_klar-space) * 0.75);
  }

  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    /* Centre the 1.5em icon on the first line of a 1.25em heading. */
    margin-block-start: 0.1em;
  }

  ::slotted([slot='heading']) {
    margin: 0;
    color: var(--_klar-heading-color);
    line-height: 1.3;
  }

  /* The box's padding is the space at its end: a last paragraph's margin would double it. */
  ::slotted(:last-child) {
    margin-block-end: 0;
  }

  .easy-read .head {
    margin-block-end: var(--_klar-space);
  }
`;
