import type { nothing, PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import type { KlarErrorDetail } from './errors.js';
import { KlarElement } from './klar-element.js';
import type { JsonContent } from './json/json-content.js';

/**
 * A content element: its content is the markup written inside the tag, or the same content as
 * JSON, from a file (`src`) or set from script (`data`). JSON becomes the light-DOM markup an
 * author would write, so both take one rendering path. JSON mode is a lazy chunk: a page that
 * uses none never loads it, and this class only knows when to ask for it.
 *
 * @csspart message - The short message shown when the content is missing or wrong.
 *
 * @fires {CustomEvent<KlarErrorDetail>} klar-error - The content is missing or wrong; it stays visible. `detail`: `{ code, message }`. From markup: `empty-content`, `invalid-content` and the element's own codes. From JSON: `load-failed` (network, 404, any non-2xx), `invalid-json` (not JSON), `invalid-content` (does not fit the element's JSON Schema; `message` names the JSON path), `unsafe-url`.
 */
export abstract class KlarContentElement extends KlarElement {
  static override properties: PropertyDeclarations = { src: {}, data: { attribute: false } };

  /** URL of a JSON file with the content, relative to the page (same origin, or served with CORS). */
  src?: string;

  /** The content as an object of the JSON file's shape. Set after `src`, it wins. */
  data?: unknown;

  #json?: JsonContent;

  /** Whether the content is asked for as JSON. */
  get #wantsJson(): boolean {
    return Boolean(this.src?.trim()) || this.data != null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && (this.#json || this.#wantsJson)) {
      // Busy at once; JSON mode, once loaded, says when it is done.
      this.setAttribute('aria-busy', 'true');
      // A failure is logged: the browser's error names the file that did not load (json.js beside klar.js).
      this.waitFor(import('./json/json-content.js').then(({ JsonContent }) => (this.#json ??= new JsonContent(this)).sync()));
    }
    super.willUpdate(changed);
  }

  /** JSON mode decides what to report: nothing while loading, its own problems when it has them. */
  protected override report(found: KlarErrorDetail[]): void {
    super.report(this.#json ? this.#json.problems(found) : this.#wantsJson ? [] : found);
  }

  protected override renderProblem(): TemplateResult | typeof nothing {
    const problemLine = super.renderProblem();
    return this.#json ? this.#json.renderStatus(problemLine) : problemLine;
  }
}
