import { css } from 'lit';
import { buttonStyles } from '../../core/styles/button.styles.js';

export const readingToolsStyles = [
  buttonStyles,
  css`
    /* A few buttons, often kept in sight by the page: nothing worth skipping. */
    :host {
      content-visibility: visible;
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
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
  `,
];
