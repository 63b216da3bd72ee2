import { css } from 'lit';

/**
 * A policy page: the header card, the table of contents in a calm frame, then the sections.
 * The section headings, paragraphs and lists are the page's own (light DOM): the host page's
 * typography styles them; these rules only space them and keep lines readable. Logical
 * properties only.
 */
export const policyStyles = css`
  :host {
    /* A whole page: off screen at first it stands in as a long one. */
    --_klar-estimated-height: 150rem;
    /* The page's focus rings around a heading or a box must not be cut. */
    overflow-clip-margin: 1rem;
  }

  .policy {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_klar-space) * 1.5);
  }

  /* The title and the consultation line are the first thing on the page: a step larger. */
  .header ::slotted(klar-policy-card) {
    font-size: 1.2em;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_klar-space);
  }

  .header ::slotted(p) {
    margin: 0;
    max-inline-size: 70ch;
  }

  /* The frame is the base styles' .frame; the accent stripe marks it as the page's own map. */
  .toc {
    border-inline-start: 0.375rem solid var(--_klar-accent);
  }

  .toc-heading {
    margin: 0 0 0.5em;
    color: var(--_klar-heading-color);
    font-size: 1.125em;
    font-weight: 700;
  }

  .toc ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .toc ol ol {
    padding-inline-start: 1.25em;
  }

  /* Two columns where the table of contents has room; a section stays in one. Its own width
     decides (a container), so a narrow column of a wide page gets one, and the columns never
     make the page wider. */
  .toc {
    container-type: inline-size;
  }

  @container (min-width: 34rem) {
    .toc > ol {
      columns: 2;
      column-gap: calc(var(--_klar-space) * 2);
    }
  }

  .toc > ol > li {
    break-inside: avoid;
  }

  /* Each link a 44 px target: the line and its padding. */
  .toc a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: calc((44px - 1.5em) / 2);
    color: inherit;
    line-height: 1.5;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  .toc a:hover {
    text-decoration-thickness: 0.16em;
  }

  .toc a:focus-visible {
    outline: 3px solid var(--klar-color-focus, #1a1a1a);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* The sections: the page's own headings and text, spaced. */
  .content ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    margin-block: calc(var(--_klar-space) * 1.5) calc(var(--_klar-space) * 0.5);
    color: var(--_klar-heading-color);
    line-height: 1.3;
    scroll-margin-block-start: var(--_klar-space);
  }

  /* Sizes where the page sets none: sections, then subsections, then a list's heading. */
  .content ::slotted(.klar-section) {
    font-size: 1.4em;
  }

  .content ::slotted(.klar-subsection) {
    font-size: 1.15em;
  }

  .content ::slotted(.klar-list-heading) {
    margin-block-start: var(--_klar-space);
    font-size: 1em;
  }

  .content ::slotted(:is(p, ul, ol)) {
    margin-block: 0 var(--_klar-space);
    max-inline-size: 70ch;
  }

  .content ::slotted(:is(ul, ol)) {
    padding-inline-start: 1.5em;
  }

  .content ::slotted(*:not(:is(h1, h2, h3, h4, h5, h6, p, ul, ol))) {
    margin-block: var(--_klar-space) calc(var(--_klar-space) * 1.5);
  }

  .content ::slotted(.klar-signature) {
    font-style: italic;
  }

  /* Key figures side by side where there is room, one under another where there is not.
     auto-fit, not auto-fill: empty tracks would count in a page grid column's width. */
  .content ::slotted(ul.klar-facts) {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--_klar-space);
    max-inline-size: none;
    padding: 0;
    list-style: none;
  }

  /* A text with an easy-read version: one of the two shows. */
  ::slotted([data-klar-text='easy-read']),
  .easy ::slotted([data-klar-text='standard']) {
    display: none;
  }

  .easy ::slotted([data-klar-text='easy-read']) {
    display: block;
  }

  .easy .toc {
    font-size: max(1.25em, 20px);
    line-height: 1.6;
  }

  .easy .toc a {
    line-height: 1.6;
  }

  /* Easy-read: the page's own text larger, with more line space and about 60 characters a line.
     The Klar elements in it set their own easy-read type. */
  .easy .content ::slotted(:is(p, ul, ol)),
  .easy .header ::slotted(p) {
    max-inline-size: 60ch;
    font-size: max(1.25em, 20px);
    line-height: 1.6;
    text-align: start;
    hyphens: manual;
  }

  @media (forced-colors: active) {
    .toc {
      border-color: CanvasText;
    }
  }

  @media print {
    .toc {
      display: none;
    }
    .content ::slotted(ul.klar-facts) {
      display: block;
    }
  }
`;
