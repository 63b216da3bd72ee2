import { Plugin, Widget, toWidget } from 'ckeditor5';
import type { EditorConfig, ModelElement, UpcastConversionApi, UpcastConversionData, ViewDowncastWriter, ViewElement } from 'ckeditor5';
import { KLAR_TAGS } from './shared/allow-list.js';
import { cleanKlarMarkup, inertTemplate } from './shared/clean.js';

/**
 * CKEditor 5 (Drupal 10/11) keeps Klar markup: every Klar element and the Klar script line is one
 * object in the model, holding its HTML as the allow-list cleans it. `getData()` writes exactly
 * that HTML back; the editing view shows it as a widget with the element rendered in it (when the
 * page has loaded Klar), so authors see the box they get, select it and delete it with keys.
 *
 * Why not General HTML Support: it keeps custom elements only through `$customElement`, which
 * keeps every unknown element with its inner HTML unfiltered, and shows authors an empty box.
 * Authors change the content of a Klar element in Source editing; the widget is its preview.
 */

/** Model names: a Klar element between blocks, and one inside running text (it stays in its paragraph). */
const BLOCK = 'klarElement';
const INLINE = 'klarInlineElement';
/** The cleaned outer HTML of the element. */
const HTML = 'klarHtml';

const KLAR_NAME = new RegExp(`^(?:${KLAR_TAGS.join('|')})$`);
const isKept = (name: string) => KLAR_NAME.test(name) || name === 'script';

/** Parsed where nothing loads, runs or upgrades. */
const parse = (html: string): Element | null => inertTemplate(html).content.firstElementChild;

/** The element as HTML, from the view the data processor made (its content kept raw), then cleaned. */
function cleanedHtmlOf(viewElement: ViewElement): string {
  const element = inertTemplate().ownerDocument.createElement(viewElement.name);
  for (const [name, value] of viewElement.getAttributes()) {
    try {
      element.setAttribute(name, value);
    } catch {
      // A name the HTML parser accepts but the DOM does not (`"x`): never one on the allow-list.
    }
  }
  element.innerHTML = (viewElement.getCustomProperty('$rawContent') as string | undefined) ?? '';
  return cleanKlarMarkup(element.outerHTML);
}

function upcastKlar(_event: unknown, data: UpcastConversionData<ViewElement>, conversionApi: UpcastConversionApi): void {
  const { viewItem } = data;
  if (!isKept(viewItem.name) || !conversionApi.consumable.consume(viewItem, { name: true })) return;
  const html = cleanedHtmlOf(viewItem);
  // A script that is not the Klar script cleans to nothing: it goes, and nothing takes its place.
  if (html === '') {
    data.modelRange = conversionApi.writer.createRange(data.modelCursor);
    return;
  }
  const name = conversionApi.schema.checkChild(data.modelCursor, BLOCK) ? BLOCK : INLINE;
  const modelElement = conversionApi.writer.createElement(name, { [HTML]: html });
  if (!conversionApi.safeInsert(modelElement, data.modelCursor)) return;
  conversionApi.updateConversionResult(modelElement, data);
}

/** Exactly the stored HTML, never the live preview (JSON mode adds children and `aria-busy` there). */
function dataView(modelElement: ModelElement, writer: ViewDowncastWriter) {
  const element = parse(modelElement.getAttribute(HTML) as string)!;
  const attributes = Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));
  return writer.createRawElement(element.localName, attributes, (domElement) => {
    domElement.innerHTML = element.innerHTML;
  });
}

/** The widget: a labelled box with the element rendered inside, or a small box naming the script. */
function editingView(modelElement: ModelElement, writer: ViewDowncastWriter) {
  const html = modelElement.getAttribute(HTML) as string;
  const element = parse(html)!;
  const inline = modelElement.name === INLINE;
  const tag = inline ? 'span' : 'div';
  const isScript = element.localName === 'script';
  const label = isScript ? 'Klar-script' : `Klar-element: ${element.localName}`;
  const preview = writer.createRawElement(tag, { class: 'klar-ck-preview' }, (domElement) => {
    if (isScript) {
      domElement.textContent = `Klar-script: ${element.getAttribute('src')}`;
      return;
    }
    // A picture of the output, not a control: the reading tools must not switch the admin page to
    // easy-read, and Tab must not walk through every link in every preview.
    domElement.inert = true;
    domElement.innerHTML = html;
  });
  const box = writer.createContainerElement(
    tag,
    { class: `klar-ck${isScript ? ' klar-ck-script' : ''}`, role: 'group', 'aria-label': label },
    preview
  );
  return toWidget(box, writer, { label });
}

const STYLES = `
.klar-ck { display: block; margin-block: 1em; }
span.klar-ck { display: inline-block; margin: 0; max-inline-size: 100%; vertical-align: baseline; }
.klar-ck-script .klar-ck-preview { display: inline-block; padding: .125em .5em; border: 1px dashed currentColor; border-radius: 3px; font: .8125rem/1.5 system-ui, sans-serif; }
`;

/** Adopted, not a <style> element: allowed under a CSP without 'unsafe-inline', added once per document. */
let stylesheet: CSSStyleSheet | undefined;
function adoptStyles(): void {
  if (stylesheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  stylesheet = new CSSStyleSheet();
  stylesheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, stylesheet];
}

export class KlarElements extends Plugin {
  static get pluginName() {
    return 'KlarElements' as const;
  }

  static get requires() {
    return [Widget] as const;
  }

  init(): void {
    const { editor } = this;
    const schema = editor.model.schema;
    schema.register(BLOCK, { inheritAllFrom: '$blockObject', allowAttributes: [HTML] });
    schema.register(INLINE, { inheritAllFrom: '$inlineObject', allowAttributes: [HTML] });

    // Their content reaches the upcast as the HTML it was, not as view elements to convert one by one.
    editor.data.registerRawContentMatcher({ name: KLAR_NAME });
    editor.data.registerRawContentMatcher({ name: 'script' });
    // Inline objects, as an <img> is: the space before one in running text stays a space (else
    // CKEditor writes it as &nbsp;, the text "at 19 %" would not wrap there).
    editor.data.htmlProcessor.domConverter.registerInlineObjectMatcher({ name: KLAR_NAME });
    editor.editing.view.domConverter.registerInlineObjectMatcher({ name: 'span', classes: 'klar-ck' });
    // Before any other converter (General HTML Support's `$customElement`, its script support).
    editor.data.upcastDispatcher.on('element', upcastKlar, { priority: 'highest' });

    for (const model of [BLOCK, INLINE]) {
      editor.conversion.for('dataDowncast').elementToElement({ model, view: (element, { writer }) => dataView(element, writer) });
      editor.conversion.for('editingDowncast').elementToStructure({
        model: { name: model, attributes: [HTML] },
        view: (element, { writer }) => editingView(element, writer),
      });
    }
    adoptStyles();
  }
}

/** Spread into `ClassicEditor.create(el, { ...klar, plugins: [...yours, ...klar.plugins], licenseKey })`. */
const config = { plugins: [KlarElements] } satisfies EditorConfig;

export default config;
