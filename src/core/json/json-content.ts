/**
 * JSON mode of a content element (a lazy chunk): loads `src` or takes `data`, checks it against
 * the element's schema, and writes it into the element as the light-DOM markup an author would
 * write, so everything else (slots, styles, tests, the accessibility tree) is the markup path.
 *
 * Which content shows: the latest of `src` and `data` to be set; while a file loads, what was
 * there stays (the author's markup, or earlier JSON). The author's own markup is set aside, not
 * lost, while JSON content shows, and comes back when the JSON fails or is taken away.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '../localize.js';
import { problem, readerMessage, type KlarErrorCode, type KlarErrorDetail } from '../errors.js';
import type { KlarContentElement } from '../klar-content-element.js';
import { fieldsOf, textOf, type Built } from './build.js';
import { definitions } from './definitions.js';
import { checkContent } from './issues.js';
import { jsonStyles } from './json.styles.js';

/** A file that has not answered by then is reported as `load-failed`. */
const LOAD_TIMEOUT_MS = 15_000;
/** Issues listed in one message; the rest are counted. */
const LISTED_ISSUES = 3;

const loading = () => msg('Henter …', { id: 'json.loading', desc: 'Shown while the content of an element is being fetched' });

function failureMessage(code: KlarErrorCode): string {
  switch (code) {
    case 'load-failed':
      return msg('Indholdet kunne ikke hentes.', {
        id: 'error.load-failed',
        desc: 'Shown to readers where content should be but its file could not be fetched; a "try again" button follows',
      });
    case 'invalid-json':
      return msg('Indholdet kunne ikke læses.', { id: 'error.invalid-json', desc: 'Shown to readers where content should be but its file is broken' });
    default:
      return readerMessage(code);
  }
}

type Host = KlarContentElement;
type State = 'markup' | 'loading' | 'failed' | 'shown';

export class JsonContent implements ReactiveController {
  private state: State = 'markup';
  private seenSrc?: string;
  private seenData?: unknown;
  /** Counts requests: an answer to an older one is dropped. */
  private request = 0;
  private abort?: AbortController;
  private failure?: KlarErrorDetail;
  /** Problems of the JSON shown: schema issues and refused links. */
  private found: KlarErrorDetail[] = [];
  private shown?: { data: unknown; level: number };
  private generated: Node[] = [];
  private authored?: Node[];
  private properties?: Record<string, unknown>;
  private retrying = false;
  /** How the web team's messages name the content: `data`, or the file. */
  private from = 'data';

  constructor(private readonly host: Host) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    const sheets = jsonStyles.map((styles) => styles.styleSheet).filter((sheet): sheet is CSSStyleSheet => Boolean(sheet));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  /** The element's heading-level; 2 for an element that writes no heading (its JSON has none). */
  private get level(): number {
    return 'level' in this.host && typeof this.host.level === 'number' ? this.host.level : 2;
  }

  /** Follows a change of `src` or `data`. Resolves when the content that won is shown. */
  async sync(): Promise<void> {
    const src = this.host.src?.trim() || undefined;
    const { data } = this.host;
    const dataChanged = data !== this.seenData;
    const srcChanged = src !== this.seenSrc;
    this.seenSrc = src;
    this.seenData = data;
    if (data != null && (dataChanged || !srcChanged || !src)) {
      this.abort?.abort();
      this.from = 'data';
      this.show(data, ++this.request);
    } else if (src) await this.load(src);
    else this.restore();
  }

  hostUpdate(): void {
    // JSON headings are written at heading-level: follow a change of it.
    if (this.state === 'shown' && this.shown && this.shown.level !== this.level) this.show(this.shown.data, this.request);
  }

  /** The problems to report now, given what the element found in its markup. */
  problems(found: KlarErrorDetail[]): KlarErrorDetail[] {
    switch (this.state) {
      case 'markup':
        return found;
      case 'loading':
        return [];
      case 'failed':
        return [this.failure!];
      case 'shown':
        // Content that does not fit its schema is reported once, as such; the element's own
        // checks of that markup would only repeat it.
        return this.found.some((each) => each.code === 'invalid-content') ? this.found : [...this.found, ...found];
    }
  }

  /** The busy line while a file loads; a failed load's message with "Prøv igen". */
  renderStatus(problemLine: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const retrying = this.retrying && this.state === 'loading';
    if (this.state === 'loading' && !retrying) return html`<p class="json-busy" role="status">${loading()}</p>`;
    if (this.state !== 'failed' && !retrying) return problemLine;
    // A polite live region: the failure arrives late, after the page has been read.
    return html`<p part="message" class="message json-failure" role="status">
      <span class="message-icon" aria-hidden="true">!</span
      ><span class="json-failure-text">${retrying || !this.failure ? loading() : failureMessage(this.failure.code)}</span>
      ${retrying || this.failure?.code === 'load-failed'
        ? html`<button part="retry" class="json-retry" type="button" aria-disabled=${retrying ? 'true' : 'false'} @click=${this.retry}>
            ${msg('Prøv igen', { id: 'json.retry', desc: 'Button that tries again to fetch content that could not be fetched' })}
          </button>`
        : nothing}
    </p>`;
  }

  private readonly retry = () => {
    if (this.state === 'loading' || !this.seenSrc) return;
    const root = this.host.renderRoot as ShadowRoot;
    const hadFocus = Boolean(root.activeElement?.classList.contains('json-retry'));
    this.retrying = true;
    this.host.waitFor(this.load(this.seenSrc, true).finally(() => {
      this.retrying = false;
      this.host.requestUpdate();
      // The button goes with the problem: focus moves on to the content it brought.
      if (hadFocus && this.state === 'shown') {
        const first = this.generated.find((node): node is HTMLElement => node instanceof HTMLElement);
        first?.setAttribute('tabindex', '-1');
        first?.focus();
      }
    }));
  };

  /** Fetches `src`; `again` (Prøv igen) asks past the browser's cache, which may hold the failure. */
  private async load(src: string, again = false): Promise<void> {
    const request = ++this.request;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort(new DOMException('timed out', 'TimeoutError')), LOAD_TIMEOUT_MS);
    this.from = `src="${src}"`;
    this.setState('loading');
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: abort.signal,
        headers: { accept: 'application/json' },
        cache: again ? 'reload' : 'default',
      });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (request !== this.request) return;
      const reason = abort.signal.aborted ? `no answer within ${LOAD_TIMEOUT_MS / 1000} s` : String((error as Error)?.message ?? error);
      return this.fail(
        'load-failed',
        `could not load src="${src}": ${reason}. Check the address; a file on another site must be served with CORS.`
      );
    } finally {
      clearTimeout(timer);
    }
    if (request !== this.request) return;
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return this.fail('invalid-json', `src="${src}" is not JSON (${(error as Error).message}). Check the file with a JSON validator.`);
    }
    this.show(data, request);
  }

  /** Shows `data` as the element's content. */
  private show(data: unknown, request: number): void {
    if (request !== this.request) return;
    const tag = this.host.localName;
    const definition = definitions[tag];
    if (!definition) return this.fail('invalid-content', 'takes no JSON content: leave out src and data.');
    const found: KlarErrorDetail[] = [];
    const issues = checkContent(definition.schema, data);
    if (issues.length) {
      const more = issues.length > LISTED_ISSUES ? `; and ${issues.length - LISTED_ISSUES} more` : '';
      found.push(
        problem(
          'invalid-content',
          `${this.from} does not fit <${tag}>: ${issues.slice(0, LISTED_ISSUES).join('; ')}${more}. ` +
            `See schema/${tag}.json in klar-elements. What fits is shown.`
        )
      );
    }
    const level = this.level;
    const fields = fieldsOf(data);
    const built = definition.build(fields, { level, report: (each) => found.push(each) });
    language(built.nodes, textOf(fields.lang), textOf(fields.dir));
    this.replaceContent(built);
    this.found = found;
    this.shown = { data, level };
    this.setState('shown');
  }

  private fail(code: 'load-failed' | 'invalid-json' | 'invalid-content', message: string): void {
    this.restore('failed');
    this.failure = problem(code, message);
  }

  /** Back to the author's markup: with no JSON (`markup`), or after a failure. */
  private restore(state: 'markup' | 'failed' = 'markup'): void {
    if (state === 'markup') this.request += 1;
    this.abort?.abort();
    this.replaceContent(undefined);
    this.shown = undefined;
    this.found = [];
    this.setState(state);
  }

  /** Puts JSON content in place of what the element holds, or (undefined) the author's markup back. */
  private replaceContent(built: Built | undefined): void {
    const host = this.host as unknown as HTMLElement & Record<string, unknown>;
    for (const node of this.generated) if (node.parentNode === host) host.removeChild(node);
    this.generated = [];
    // The element's own properties (a fact's value) go back to what the author set.
    Object.assign(host, this.properties);
    this.properties = undefined;
    if (!built) {
      if (this.authored) host.append(...this.authored);
      this.authored = undefined;
      return;
    }
    this.authored ??= [...host.childNodes].map((node) => host.removeChild(node));
    const properties = built.properties ?? {};
    this.properties = Object.fromEntries(Object.keys(properties).map((name) => [name, host[name]]));
    Object.assign(host, properties);
    host.append(...built.nodes);
    this.generated = built.nodes;
  }

  private setState(state: State): void {
    this.state = state;
    if (state === 'loading') this.host.setAttribute('aria-busy', 'true');
    else this.host.removeAttribute('aria-busy');
    if (state !== 'failed') this.failure = undefined;
    this.host.requestUpdate();
  }
}

/**
 * `lang` and `dir` of the JSON go on the content it brings. Klar elements inside (a circle's
 * themes) keep the page's language for their own interface text; their content gets it.
 */
function language(nodes: Iterable<Node>, lang: string, dir: string): void {
  if (!lang && !dir) return;
  for (const node of nodes) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.localName.startsWith('klar-')) {
      language(node.children, lang, dir);
      continue;
    }
    if (lang) node.lang = lang;
    if (dir) node.dir = dir;
  }
}
