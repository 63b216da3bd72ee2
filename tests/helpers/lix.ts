/**
 * LIX (Läsbarhetsindex), the readability measure used for Danish: words per sentence plus the
 * share of long words (over six letters) in per cent. Easy-read Danish aims low; under 25 is
 * very easy.
 */
export function lix(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const long = words.filter((word) => word.length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}

/** The text of an element as a reader meets it: its blocks (items, paragraphs, headings) one after another. */
export function blockText(element: Element): string {
  const blocks = [...element.querySelectorAll('li, p, h1, h2, h3, h4, h5, h6')];
  const parts = blocks.length ? blocks.map((block) => block.textContent ?? '') : [element.textContent ?? ''];
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
}
