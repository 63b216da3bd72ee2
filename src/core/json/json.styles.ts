import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';

/** Added to an element's shadow root when it first uses JSON, so pages without JSON carry none of it. */
export const jsonStyles = [
  buttonStyles,
  css`
    /* The line is there from the start, so nothing jumps; it shows only if loading takes a moment. */
    .json-busy {
      margin-block: 0 calc(var(--_klar-space) * 0.75);
      font-style: italic;
      visibility: hidden;
      animation: klar-json-busy 0s 0.6s forwards;
    }

    @keyframes klar-json-busy {
      to {
        visibility: visible;
      }
    }

    /* Narrow (320 px, 400 % zoom), the button goes under the words rather than squeezing them. */
    .json-failure {
      flex-wrap: wrap;
    }

    .json-failure-text {
      flex: 1 1 10em;
    }

    .json-retry {
      flex: none;
      overflow-wrap: normal;
      margin-inline-start: auto;
    }

    .json-retry[aria-disabled='true'] {
      cursor: progress;
    }
  `,
];
