import { css } from 'lit';

/** The frame, in the shadow root. */
export const timelineStyles = css`
  /* The picture's line and dots stand on the start side, above the steps' line. */
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }

  .easy-read .head {
    margin-block-end: calc(var(--_klar-space) * 1.25);
  }
`;

/**
 * The steps, in the page: the author's `<li>` elements are slotted inside an `<ol>`, out of reach
 * of the shadow root's CSS (`::slotted` matches the `<ol>` only). This sheet is adopted into the
 * document, or the shadow root the element sits in, and matches nothing but the attributes Klar
 * puts on the list and its steps. It wins over the page's general list rules by being more
 * specific; the page's own rules for these attributes win over it.
 *
 * Each step is a row: a mark on a line at the start side, the state word on the first line
 * ("Færdig", "Nu", "Senere"), then the author's text. The mark's shape says the state without
 * colour: a filled disc (done), a disc with a ring around it (now), an empty ring (later). The
 * line is solid up to the current step and dashed after it. Marks and line are borders and
 * outlines, so they print without background colours and take the system colours in forced
 * colours. The state word is generated content, part of the step's text for screen readers.
 */
export const stepStyles = css`
  klar-timeline ol[data-klar-steps] {
    --_klar-mark: 1em;
    --_klar-line: 0.1875rem;
    display: block;
    margin: 0;
    /* The line right under the line of the heading's picture (a quarter of its 1.5em). */
    padding-block: 0;
    padding-inline: calc(0.375em - var(--_klar-line) / 2) 0;
    list-style: none;
  }

  klar-timeline ol[data-klar-steps] > li[data-klar-step] {
    position: relative;
    margin-block: 0;
    margin-inline: 0;
    padding-block: 0 1.25em;
    padding-inline: calc(var(--_klar-mark) / 2 + 0.75em) 0;
    border-inline-start: var(--_klar-line) dashed var(--_klar-accent);
    list-style: none;
  }

  /* The way already gone is drawn whole. */
  klar-timeline ol[data-klar-steps] > li[data-klar-step='past'] {
    border-inline-start-style: solid;
  }

  /* The line ends at the last mark. */
  klar-timeline ol[data-klar-steps] > li[data-klar-step]:last-child {
    padding-block-end: 0;
    border-inline-start-color: transparent;
  }

  /* The state word, on the step's own first line: a block, so screen readers read it as a line of its
     own and accessible names get a space after it ("Nu Medio januar"). No alternative text after "/":
     Chromium then leaves the word out of what it gives Linux screen readers, and Orca says nothing. */
  klar-timeline ol[data-klar-steps] > li[data-klar-step]::before {
    content: attr(data-klar-step-word);
    display: block;
    inline-size: fit-content;
    margin-block-end: 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    /* One mark high (1em of the step's text), so the mark at the top of the step stands level with it. */
    line-height: calc(1em / 0.875);
  }

  klar-timeline ol[data-klar-steps] > li[data-klar-step='current']::before {
    padding-inline: 0.5em;
    border: 0.125rem solid var(--_klar-accent);
    border-radius: 1em;
    color: var(--_klar-accent);
  }

  /* The mark: centred on the line, level with the state word. Its inside is the frame's colour, so the line does not show through an empty ring. */
  klar-timeline ol[data-klar-steps] > li[data-klar-step]::after {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: calc((var(--_klar-mark) + var(--_klar-line)) / -2);
    box-sizing: border-box;
    inline-size: var(--_klar-mark);
    block-size: var(--_klar-mark);
    border: 0.1875rem solid var(--_klar-accent);
    border-radius: 50%;
    background: linear-gradient(var(--_klar-surface) 0 0) Canvas;
  }

  klar-timeline ol[data-klar-steps] > li[data-klar-step]:is([data-klar-step='past'], [data-klar-step='current'])::after {
    /* A border as wide as half the mark fills it: a disc that prints and takes forced colours. */
    border-width: calc(var(--_klar-mark) / 2);
  }

  klar-timeline ol[data-klar-steps] > li[data-klar-step='current']::after {
    /* Level with the word's frame. */
    inset-block-start: 0.125rem;
    outline: 0.1875rem solid var(--_klar-accent);
    outline-offset: 0.125rem;
  }

  @media (forced-colors: active) {
    klar-timeline ol[data-klar-steps] > li[data-klar-step] {
      border-inline-start-color: CanvasText;
    }
    klar-timeline ol[data-klar-steps] > li[data-klar-step]:last-child {
      border-inline-start-color: Canvas;
    }
    klar-timeline ol[data-klar-steps] > li[data-klar-step]::after {
      border-color: CanvasText;
      outline-color: CanvasText;
      background: Canvas;
    }
    klar-timeline ol[data-klar-steps] > li[data-klar-step='current']::before {
      border-color: CanvasText;
      color: CanvasText;
    }
  }

  @media print {
    klar-timeline ol[data-klar-steps] > li[data-klar-step] {
      break-inside: avoid;
    }
    /* Paper is white: the inside of an empty ring is painted, so the line stops at its edge. */
    klar-timeline ol[data-klar-steps] > li[data-klar-step]::after {
      background: #fff;
      print-color-adjust: exact;
    }
  }
`;
