import { css } from 'lit';

/** Klar's own buttons (the reading tools, "Prøv igen"): 44 px targets, a frame, a clear focus ring. */
export const buttonStyles = css`
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

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
