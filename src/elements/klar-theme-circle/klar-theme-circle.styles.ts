import { css } from 'lit';

/**
 * A list first: every theme shown, one after another. The ring appears only on screens, in
 * normal colours, when the element itself is at least 480 px wide (a container query, so a
 * narrow CMS column gets the list even on a wide screen), and not in easy-read mode.
 */
export const circleStyles = css`
  :host {
    --_klar-focus: var(--klar-color-focus, #1a1a1a);
    --_klar-estimated-height: 35rem;
    container: klar-circle / inline-size;
    margin-block: var(--_klar-space);
  }

  ::slotted([slot='heading']) {
    margin-block: 0 var(--_klar-space);
  }

  .ring-area {
    display: none;
  }

  .center {
    margin-block-end: var(--_klar-space);
    font-size: 1.15em;
    font-weight: 700;
  }

  .panel ::slotted(klar-theme) {
    display: block;
    margin-block-end: var(--_klar-space);
    padding-block-start: calc(var(--_klar-space) * 0.75);
    border-block-start: 2px solid var(--_klar-border);
  }

  @media screen and (forced-colors: none) {
    @container klar-circle (min-width: 480px) {
      .circle:not(.list) .layout {
        display: grid;
        gap: calc(var(--_klar-space) * 1.5);
        justify-items: center;
      }

      /* The ring's sizes follow the stage, min(100cqi, 30rem) wide: in cqi of the circle, capped
         at 30rem's share, so the stage needs no query container of its own. */
      .circle:not(.list) .stage {
        display: grid;
        inline-size: min(100%, 30rem);
      }

      .circle:not(.list) .ring-area {
        display: block;
        position: relative;
        grid-area: 1 / 1;
        aspect-ratio: 1;
      }

      .circle:not(.list) .center {
        grid-area: 1 / 1;
        place-self: center;
        max-inline-size: 34%;
        margin: 0;
        font-size: clamp(0.85rem, min(4cqi, 1.2rem), 1.25rem);
        line-height: 1.2;
        text-align: center;
        overflow-wrap: anywhere;
        pointer-events: none;
      }

      .circle:not(.list) .panel {
        justify-self: stretch;
        padding-block: var(--_klar-space);
        padding-inline: calc(var(--_klar-space) * 1.25);
        border: 1px solid var(--_klar-border);
        border-inline-start: 0.375rem solid var(--_klar-accent);
        border-radius: var(--_klar-radius);
        background: var(--_klar-surface);
      }

      .circle:not(.list) .panel ::slotted(klar-theme) {
        margin: 0;
        padding: 0;
        border: 0;
      }

      /* Themes not chosen stay in the page for screen readers, out of sight. */
      .circle:not(.list) .panel ::slotted(klar-theme:not(:state(selected))) {
        position: absolute !important;
        inline-size: 1px !important;
        block-size: 1px !important;
        overflow: hidden !important;
        clip-path: inset(50%) !important;
        white-space: nowrap !important;
      }
    }

    @container klar-circle (min-width: 760px) {
      .circle:not(.list) .layout {
        grid-template-columns: minmax(0, 30rem) minmax(0, 1fr);
        align-items: center;
      }
    }
  }

  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }

  .circle:dir(rtl) svg {
    scale: -1 1;
  }

  .segment {
    stroke: #fff;
    stroke-width: 4;
    cursor: pointer;
  }

  /* Pale tones under dark labels (over 12:1); the chosen segment is the accent under white. */
  .tone-0 { fill: #e1f0ea; }
  .tone-1 { fill: #e3ecf7; }
  .tone-2 { fill: #f5eadb; }
  .tone-3 { fill: #ede4f4; }
  .tone-4 { fill: #e6f1d9; }
  .tone-5 { fill: #f6e3e5; }
  .tone-6 { fill: #dff0f3; }
  .tone-7 { fill: #f2eed6; }

  .segment.selected {
    fill: var(--_klar-accent);
  }

  .focus-outer,
  .focus-inner {
    fill: none;
    pointer-events: none;
  }

  .focus-outer {
    stroke: var(--_klar-focus);
    stroke-width: 9;
  }

  .focus-inner {
    stroke: #fff;
    stroke-width: 3;
  }

  /* The labels (tabs) lie over the drawing, placed in per cent of the ring's square. */
  .tab {
    position: absolute;
    translate: -50% -50%;
    display: grid;
    place-items: center;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0.25em 0.3em;
    border: 0;
    border-radius: 0.5em;
    background: none;
    color: #14201c;
    font: inherit;
    /* In cqi of the circle, capped at the 30rem stage's share (3.5cqi of 30rem is 1.05rem). */
    font-size: clamp(0.72rem, min(3.5cqi, 1.05rem), 1rem);
    font-weight: 700;
    line-height: 1.15;
    text-align: center;
    /* Words wrap between them; only a word longer than its segment breaks. */
    overflow-wrap: break-word;
    cursor: pointer;
  }

  /* Eight narrow segments take a smaller type than four wide ones. */
  .many .tab {
    font-size: clamp(0.72rem, min(3.1cqi, 0.93rem), 1rem);
  }

  .circle:dir(rtl) .tab {
    translate: 50% -50%;
  }

  .tab.selected {
    color: #fff;
  }

  .tab:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 1px;
  }

  .easy-read .panel ::slotted(klar-theme) {
    margin-block-end: calc(var(--_klar-space) * 1.5);
  }

  @media (prefers-reduced-motion: no-preference) {
    .segment {
      transition: fill 0.2s ease-out;
    }
  }
`;
