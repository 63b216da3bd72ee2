import { css } from 'lit';

export const readingToolsStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  button {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding-block: 0.4em;
    padding-inline: 0.8em;
    border: 2px solid var(--_klar-accent);
    border-radius: var(--_klar-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  button:hover {
    background: var(--_klar-surface);
  }

  button:focus-visible {
    outline: 3px solid var(--klar-color-focus, #1a1a1a);
    outline-offset: 2px;
  }

  button[aria-pressed='true'] {
    background: var(--_klar-accent);
    color: #fff;
  }

  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }

  .tools:dir(rtl) .read-aloud svg {
    scale: -1 1;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    /* System colours stay; a pressed switch shows by its thicker frame and its check mark. */
    button[aria-pressed='true'] {
      border-width: 4px;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
