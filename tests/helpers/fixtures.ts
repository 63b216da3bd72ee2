import { render, type TemplateResult } from 'lit';
import { localeReady } from '../../src/core/localize.js';
import { applyPageSettings, type PageSettings } from '../../stories/support/page-settings.js';

/** The page a story lands in: a `<main>` with an `<h1>`, as on a kommune's site. */
function page(): HTMLElement {
  let main = document.querySelector('main');
  if (!main) {
    document.title = 'Socialstrategi – Ishøj Kommune';
    main = document.createElement('main');
    main.innerHTML = '<h1>Ishøj Kommune</h1>';
    document.body.append(main);
  }
  return main;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The stories' columns and grids (stories/support/layout.css), as Storybook loads them. */
const layoutLoaded = new Promise((resolve, reject) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../stories/support/layout.css', import.meta.url).href;
  link.addEventListener('load', resolve, { once: true });
  link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  document.head.append(link);
});
layoutLoaded.catch(() => {}); // reported by fixture(), which awaits it

/** Waits until page settings have reached every Klar element and all have rendered. */
export async function settle(root: ParentNode = document): Promise<void> {
  await nextTask(); // let the page observer see attribute changes
  await localeReady();
  // Twice: elements that JSON content brings (a circle's themes) exist only after the first round.
  for (let round = 0; round < 2; round++) {
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('klar-'));
    await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await nextTask();
  }
}

/** Renders a template into a fresh container in the page and waits for it to settle. */
export async function fixture(template: TemplateResult, settings?: Partial<PageSettings>): Promise<HTMLElement> {
  await layoutLoaded;
  // klar-reading-tools restores a remembered easy-read choice; tests start from none.
  localStorage.removeItem('klar-easy-read');
  applyPageSettings({ locale: 'da', easyRead: false, ...settings });
  const container = document.createElement('div');
  container.className = 'fixture';
  page().querySelectorAll('.fixture').forEach((old) => old.remove());
  page().append(container);
  // Each test starts at the top: an element scrolled out of sight by an earlier test skips
  // rendering (content-visibility: auto) and measures as its estimated height.
  scrollTo(0, 0);
  render(template, container);
  await settle(container);
  return container;
}

/** The next animation frame (its callbacks run before the frame's layout). */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Until a frame has been drawn since an element was added, the browser has not decided whether
 * it is on screen (content-visibility: auto): it measures as its estimated height and takes no
 * clicks. A reader only meets drawn elements; a test that measures or clicks waits for this.
 */
export async function drawn(): Promise<void> {
  await nextFrame();
  await nextFrame(); // the second comes after a whole frame
}

export const isFirefox = navigator.userAgent.includes('Firefox');
