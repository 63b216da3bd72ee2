import { ALLOWED, DROPPED_ELEMENTS, SCRIPT_ATTRIBUTES, URL_ATTRIBUTES, isAllowedUrl } from './allow-list.js';

/**
 * Klar markup with only what the allow-list keeps: for editors that hold a Klar element as one
 * piece of HTML (CKEditor 5, Tiptap) instead of modelling every tag inside it.
 *
 * Parsed in an inert `<template>` of a document without a window: nothing in it loads, runs or
 * upgrades while it is cleaned. Unknown elements are unwrapped (their text stays, so no author's
 * words are lost); code and embedded media (`script`, `iframe`, `svg`, `img`, …) go with their
 * content; attributes not on the list go, and so do URLs with other schemes than http(s),
 * mailto and tel. Text is never touched: æ, ø and å stay as they are.
 */
export function cleanKlarMarkup(html: string): string {
  const template = inertTemplate(html);
  cleanChildren(template.content);
  return template.innerHTML;
}

let inertDocument: Document | undefined;

/**
 * A `<template>` holding `html`, in a document without a window: nothing in it loads, runs or
 * upgrades (a Klar element there stays the markup it is). Created on first use, so importing an
 * editor configuration in Node is safe.
 */
export function inertTemplate(html = ''): HTMLTemplateElement {
  inertDocument ??= document.implementation.createHTMLDocument('');
  const template = inertDocument.createElement('template');
  template.innerHTML = html;
  return template;
}

function cleanChildren(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove();
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'script') {
      if (!isKlarScript(element)) element.remove();
      else keepAttributes(element, SCRIPT_ATTRIBUTES);
      continue;
    }
    if (DROPPED_ELEMENTS.includes(tag)) {
      element.remove();
      continue;
    }
    cleanChildren(element);
    const allowed = ALLOWED.get(tag);
    if (allowed) keepAttributes(element, allowed);
    else element.replaceWith(...element.childNodes);
  }
}

/** `<script type="module" src="…">` with an allowed URL and no inline code: the way a page loads Klar. */
function isKlarScript(script: Element): boolean {
  const src = script.getAttribute('src');
  return script.getAttribute('type') === 'module' && src !== null && isAllowedUrl(src) && script.textContent?.trim() === '';
}

function keepAttributes(element: Element, allowed: Iterable<string>): void {
  const keep = new Set(allowed);
  for (const { name, value } of [...element.attributes]) {
    if (!keep.has(name) || (URL_ATTRIBUTES.includes(name) && !isAllowedUrl(value))) element.removeAttribute(name);
  }
}
