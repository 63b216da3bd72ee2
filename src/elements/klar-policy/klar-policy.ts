import { html, nothing, type TemplateResult } from 'lit';
import { classes } from '../../core/classes.js';
import { problem, type KlarErrorDetail } from '../../core/errors.js';
import { KlarHeadedElement } from '../../core/klar-headed-element.js';
import { addStyles, LazyPart } from '../../core/lazy.js';
import { isSpeakable, ownerOf, readableBlocks, type Spoken } from '../../core/spoken.js';

/** The view: a lazy chunk, one for every element on the page. */
const view = new LazyPart(() => import('./toc.js'));

/**
 * A whole policy page from one JSON file: its title, status and date (and, in consultation, until
 * when and where to answer) in a `klar-policy-card`, a table of contents, and the sections with
 * their text and the same Klar elements an author would write: vision, theme circle, boxes, key
 * figures, quotes and timeline. The content is JSON only (`src` or `data`); it becomes ordinary
 * headings, paragraphs and Klar elements in the page, so it reads, searches and prints as the
 * page's own text.
 *
 * Headings follow `heading-level`: the title at that level, the sections one below, the
 * elements in a section one below that. Each section heading gets an id from its text, unique
 * on the page, and the table of contents links to it; following a link moves focus there.
 *
 * The JSON (schema/klar-policy.json describes every field): `{ "heading", "status"?, "date"?,
 * "consultationEnds"?, "respondHref"?, "foreword"?: { "heading"?, "text", "signature"? },
 * "sections": [ { "heading", "blocks": [ { "kind": "text" | "list" | "facts" | "vision" |
 * "theme-circle" | "success-criteria" | "citizen-wishes" | "goals" | "quote" | "timeline" |
 * "section", … } ] } ] }`. A block other than text, list, facts and section has the fields of
 * that element's own JSON; a vision, circle or timeline can also stand as a section of its own.
 *
 * @tag klar-policy
 * @summary A whole policy page from one JSON file, with a table of contents.
 *
 * @csspart policy - The frame of the whole page.
 * @csspart toc - The table of contents (a `nav`).
 * @csspart toc-heading - The name above the table of contents ("Indhold").
 * @csspart content - The area holding the sections.
 */
export class KlarPolicy extends KlarHeadedElement {
  /**
   * The first render waits for the view (table of contents and styles, a lazy chunk), so the
   * page never shows unstyled; JSON mode loads at the same time.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return view.after(() => super.scheduleUpdate());
  }

  /** The policy's styles arrive with the view: added before the first frame is painted. */
  protected override firstUpdated(changed: Parameters<KlarHeadedElement['firstUpdated']>[0]): void {
    super.firstUpdated(changed);
    addStyles(this.renderRoot as ShadowRoot, view.value!.policyStyles);
  }

  /** JSON only: markup written inside the tag stays visible, and the web team is told. */
  protected override validate(): KlarErrorDetail[] {
    if (this.src?.trim() || this.data != null) return [];
    const written = [...this.childNodes].some((node) => node instanceof Element || node.textContent?.trim());
    return [
      written
        ? problem(
            'invalid-content',
            'takes its content from JSON only: set src="…/policy.json" (or the data property) to a file of schema/klar-policy.json. The markup inside the tag is shown as it is. (Markup inside the tag together with src is the fallback: shown while the file loads, and if it fails.)'
          )
        : problem('empty-content', 'has no content. Set src to a JSON file of the policy (see schema/klar-policy.json in klar-elements), or the data property.'),
    ];
  }

  /**
   * In reading order: the header (a Klar element), then each section's own text, with the Klar
   * elements in it where they stand (read aloud asks each of them for its words).
   */
  override spoken(): Spoken {
    const own: Spoken = readableBlocks(this);
    const nested = [...this.querySelectorAll('*')].filter((element) => isSpeakable(element) && ownerOf(element) === this);
    return [...own, ...nested].sort((a, b) =>
      (a as Element).compareDocumentPosition(b as Element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
    );
  }

  protected override render(): TemplateResult {
    return html`
      <div part="policy" class=${classes('policy', this.isEasyRead && 'easy')} dir=${this.page.direction ?? nothing}>
        ${this.renderProblem()}
        <div class="header"><slot name="header"></slot></div>
        ${view.value!.renderToc({ element: this, level: this.level, lang: this.interfaceLang })}
        <div part="content" class="content"><slot></slot></div>
      </div>
    `;
  }
}
