/**
 * The WCAG 1.4.12 text-spacing overrides (the bookmarklet's rules), applied to the page and
 * inside the shadow roots of `selector`'s elements. Returns a function that removes them.
 */
export function applyTextSpacing(selector: string): () => void {
  const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p, li { margin-block-end: 2em !important; }`;
  const style = document.createElement('style');
  style.textContent = spacing;
  document.head.append(style);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacing);
  const roots = [...document.querySelectorAll(selector)].map((element) => element.shadowRoot!);
  // Copies: the browser hands out one live array per root, which the line below changes.
  const before = roots.map((root) => [...root.adoptedStyleSheets]);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    style.remove();
    roots.forEach((root, index) => (root.adoptedStyleSheets = before[index]));
  };
}
