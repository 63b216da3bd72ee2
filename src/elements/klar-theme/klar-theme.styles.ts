import { css } from 'lit';

export const themeStyles = css`
  /* The circle around it decides when to skip rendering; a theme on its own never does. */
  :host {
    content-visibility: visible;
  }

  .label {
    margin: 0 0 0.25em;
    color: var(--_klar-accent);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }

  ::slotted([slot='heading']) {
    margin: 0;
    color: var(--_klar-heading-color);
    font-size: 1.15em;
    line-height: 1.3;
  }

  .content {
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .label {
      color: CanvasText;
    }
  }
`;
