import { ALLOWED, CONTENT_ELEMENTS, KLAR_TAGS } from './shared/allow-list.js';

/**
 * The TinyMCE options (6 and 8) that keep Klar markup, as plain strings and booleans: the part of
 * the TinyMCE configuration that needs no code, so it also fits where a CMS takes options as text
 * (Umbraco 13's `appsettings.json`, written by scripts/build-cms-tinymce-json.mjs). Pure and
 * import-safe in Node: no DOM, no `import.meta`. `klar-elements/cms/tinymce` adds the code on top.
 */
export interface TinymceTextOptions {
  custom_elements: string;
  extended_valid_elements: string;
  valid_children: string;
  entity_encoding: 'raw';
  convert_urls: false;
  allow_script_urls: false;
  xss_sanitization: true;
}

/**
 * @param cmsValidElements The CMS's own `valid_elements`, where it replaces TinyMCE's schema and
 *   no setup code can run (Umbraco 13). Each content element's rule is then written again with the
 *   allow-list's attributes added (`slot` above all), its other attributes and flags kept, event
 *   handlers dropped. Without it (the module), the rules are extended in the live schema instead.
 */
export function tinymceTextOptions(cmsValidElements?: string): TinymceTextOptions {
  const klarRules = KLAR_TAGS.map((tag) => `${tag}[${[...ALLOWED.get(tag)!].join('|')}]`);
  const contentRules = cmsValidElements === undefined ? [] : withContentAttributes(cmsValidElements);
  return {
    // Block elements (the parser keeps block content inside them, and does not wrap them in a <p>).
    custom_elements: KLAR_TAGS.join(','),
    // Our own rule for each Klar tag replaces the one cloned from <div>: exactly its attributes,
    // and no padding of an empty element (<klar-reading-tools></klar-reading-tools> stays empty).
    extended_valid_elements: [...klarRules, ...contentRules].join(','),
    // Block custom elements are valid wherever <div> is (lists and headings inside them too);
    // a <p> of running text may hold one as well (a key figure in a sentence).
    valid_children: `+p[${KLAR_TAGS.join('|')}]`,
    // æ, ø and å as letters: a CMS storing &aelig; shows web teams unreadable source.
    entity_encoding: 'raw',
    // URLs exactly as written: TinyMCE's default turns /politik.pdf into ../politik.pdf.
    convert_urls: false,
    // TinyMCE's own defaults, stated so a CMS default cannot loosen them unnoticed: no
    // javascript: URLs, DOMPurify on everything that comes in.
    allow_script_urls: false,
    xss_sanitization: true,
  };
}

interface ValidElementsRule {
  /** The rule's name part as the CMS wrote it, with its flags (`#p`, `-strong/-b`). */
  head: string;
  names: string[];
  attributes: string[];
}

/** `-strong/-b[class|style]` → names strong and b, attributes class and style. */
function parseRules(validElements: string): ValidElementsRule[] {
  return validElements.split(/,(?![^[]*])/).flatMap((text) => {
    const match = /^\s*([^[]+?)(?:\[([^\]]*)])?\s*$/.exec(text);
    if (!match) return [];
    const names = match[1].split('/').map((name) => name.replace(/^[#+-]/, ''));
    return [{ head: match[1], names, attributes: match[2] ? match[2].split('|') : [] }];
  });
}

/** Each content element's rule from the CMS's, with the allow-list's attributes and without event handlers. */
function withContentAttributes(cmsValidElements: string): string[] {
  const rules = parseRules(cmsValidElements);
  return Object.keys(CONTENT_ELEMENTS).flatMap((tag) => {
    const rule = rules.find(({ names }) => names.includes(tag));
    // b and i stay their CMS rule's aliases of strong and em: only the rule of the name written first is written again.
    if (rule && rule.names[0] !== tag) return [];
    const own = rule?.attributes.filter((attribute) => !/^on/i.test(attribute)) ?? [];
    const names = own.map((attribute) => attribute.replace(/^[!-]|[=~<].*$/g, ''));
    const attributes = [...own, ...[...ALLOWED.get(tag)!].filter((name) => !names.includes(name))];
    return [`${rule?.head ?? tag}[${attributes.join('|')}]`];
  });
}
