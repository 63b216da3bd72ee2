import { css } from 'lit';

/**
 * Public tokens (`--klar-*`, documented on each element) are read only here, as fallbacks for
 * private ones (`--_klar-*`). Text colour and font are not set unless a token asks for it, so
 * they inherit from the host page. Logical properties only: right-to-left needs no extra code.
 */
export const baseStyles = css`
  :host {
    --_klar-accent: var(--klar-color-accent, #005c4f);
    --_klar-surface: var(--klar-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_klar-border: var(--klar-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_klar-radius: var(--klar-radius, 0.5rem);
    --_klar-space: var(--klar-space, 1rem);
    --_klar-heading-color: var(--klar-color-heading, inherit);
    --_klar-message-accent: var(--klar-color-message, #8a3b00);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    /* No fallback on purpose: without the token these inherit from the page. */
    color: var(--klar-color-text);
    font-family: var(--klar-font-family);
    /* A word longer than the line (a Danish compound, a pasted URL) breaks instead of pushing the
       page sideways. Not break-word: only anywhere also counts when a box is sized by its
       content (flex and grid items, shrink-to-fit boxes, the page's own grid around us).
       Ordinary words still wrap between them. */
    overflow-wrap: anywhere;
    /* Off screen, an element skips layout and paint until it nears the viewport: on a long
       policy page that halves the first layout. Its content stays in the accessibility tree,
       the tab order and find-in-page. The height stands in until the first render, then the
       browser remembers the real one. Paint is contained: the margin keeps focus rings drawn
       just outside the element (a card's ring is 6 px out) from being cut. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_klar-estimated-height, 10rem);
    overflow-clip-margin: 0.75rem;
  }

  /* Slotted content may shrink in a flex or grid row (a box's heading beside its icon, a card's
     linked title): a flex item is otherwise never narrower than its longest word, and a page's
     CSS reset may set break-word on headings itself. */
  ::slotted(*) {
    min-inline-size: 0;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Read by screen readers, not shown: the spoken form of a figure, say. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The calm frame every element sits in; each element adds its accent edge. */
  .frame {
    padding-block: var(--_klar-space);
    padding-inline: calc(var(--_klar-space) * 1.25);
    border: 1px solid var(--_klar-border);
    border-radius: var(--_klar-radius);
    background: var(--_klar-surface);
  }

  .accent {
    color: var(--_klar-accent);
  }

  .heading {
    margin: 0;
    color: var(--_klar-heading-color);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .source {
    margin-block: calc(var(--_klar-space) * 0.75) 0;
    font-size: 0.875em;
  }

  [hidden] {
    display: none !important;
  }

  .source-label {
    font-weight: 700;
  }

  ::slotted([slot='source']) {
    display: inline;
    margin: 0;
  }

  .message {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin-block: 0 calc(var(--_klar-space) * 0.75);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.25rem solid var(--_klar-message-accent);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }

  .message-icon {
    display: inline-grid;
    flex: none;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_klar-message-accent);
    color: #fff;
    font-weight: 700;
  }

  /* An author's list, one item under another with room between; more room in easy-read. */
  .content ::slotted(:is(ul, ol)) {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .easy-read .content ::slotted(:is(ul, ol)) {
    gap: 1em;
  }

  /* Easy-read: larger type (at least 20 px or 1.25× the page's), more line and item space,
     about 60 characters a line, no justification or hyphenation. */
  .easy-read {
    font-size: max(1.25em, 20px);
    line-height: 1.6;
    text-align: start;
    hyphens: manual;
  }

  .easy-read ::slotted(*) {
    max-inline-size: 60ch;
    text-align: start;
    hyphens: manual;
  }

  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    .accent {
      color: CanvasText;
    }
    .message {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25rem;
    }
    .message-icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }

  @media print {
    .frame {
      background: none;
      border-color: currentColor;
      break-inside: avoid;
    }
    .message {
      background: none;
      border: 1px solid;
    }
  }
`;
