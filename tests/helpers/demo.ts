/** The demo pages (demo/), which hold every element as a web team writes it. */
export const DEMO = new URL('/demo/', location.href);

/**
 * The `<main>` of a demo page, as nodes for this page; each `src` made absolute (the JSON files
 * sit in demo/json/, relative to the page).
 */
export async function demoMain(page: string): Promise<Node[]> {
  const text = await (await fetch(new URL(page, DEMO))).text();
  const main = new DOMParser().parseFromString(text, 'text/html').querySelector('main')!;
  for (const element of main.querySelectorAll('[src]')) element.setAttribute('src', new URL(element.getAttribute('src')!, DEMO).href);
  return [...document.importNode(main, true).childNodes];
}
