import { css } from 'lit';

/** The consultation line's styles: they come with its lazy chunk (consultation-line.ts). */
export const consultationStyles = css`
  /* The consultation line: the one thing a citizen most needs while a policy is in consultation.
     Open, it is a framed box with a thick start edge, bold words and an icon; the link fills the
     box (a large target) and is underlined. Ended, it is a plain line with another icon. */
  .consultation {
    margin: 0;
  }

  .consultation-box {
    display: flex;
    gap: 0.6em;
    align-items: center;
  }

  .open .consultation-box {
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 2px solid var(--_klar-accent);
    border-inline-start-width: 0.5rem;
    border-radius: calc(var(--_klar-radius) / 2);
    background: color-mix(in srgb, var(--_klar-accent) 7%, transparent);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
  }

  .consultation-icon {
    flex: none;
    inline-size: 1.35em;
    block-size: 1.35em;
    color: var(--_klar-accent);
  }

  .closed .consultation-icon {
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .consultation-words {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.15em;
    min-inline-size: 0;
  }

  /* The date is one block of text: it stays whole on one line, moving to the next line if it
     must, and only where no line of the box can hold it (320 px, easy-read, text spacing) does it
     break, at its spaces, filling the first line first (30. december / 2026). Not nowrap: a date
     that cannot break sticks out of the box, over the arrow, and, in a grid column that is as wide
     as its content's min-content width, widens the card and the page. */
  .consultation time {
    display: inline-block;
    font-size: inherit;
  }

  /* Above the card's whole-card link, so a click on it answers the consultation. */
  .respond {
    position: relative;
    z-index: 1;
    color: inherit;
    text-decoration: none;
  }

  /* The date is an inline block, which the sentence's underline does not reach into: it is underlined too. */
  .respond :is(.consultation-text, time) {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  .respond:hover :is(.consultation-text, time) {
    text-decoration-thickness: 0.16em;
  }

  .respond:focus-visible {
    outline: 3px solid var(--klar-color-focus, #1a1a1a);
    outline-offset: 2px;
  }

  .respond-address {
    font-size: 0.9em;
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  .print-only {
    display: none;
  }

  @media print {
    .open .consultation-box {
      border-color: currentColor;
      background: none;
    }
    .consultation-icon {
      color: currentColor;
    }
    .print-only {
      display: inline;
    }
    .respond .arrow {
      display: none;
    }
  }

  /* Forced colours: the box's border takes the system colour by itself; the icon follows the text. */
  @media (forced-colors: active) {
    .consultation-icon {
      color: inherit;
    }
  }
`;
