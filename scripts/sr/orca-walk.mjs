// How a screen-reader user goes through one page with Orca, and what the page itself says it
// holds (Chromium's accessibility tree and DOM), to check what Orca said against.

/** Settles after a page load: every Klar element defined and rendered, its lazy parts included. */
export async function load(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const klar = () => {
      const found = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('klar-')) found.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    await Promise.all([...new Set(klar().map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)));
    for (let count = -1, elements; (elements = klar()).length !== count; ) {
      count = elements.length;
      await Promise.all(elements.map((element) => element.updateComplete));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** The focused element, followed into shadow roots. */
export const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    const path = [];
    while (element) {
      path.push(`${element.localName}${element.id ? `#${element.id}` : ''}${element.part?.length ? `[part=${element.part}]` : ''}`);
      if (!element.shadowRoot?.activeElement) break;
      element = element.shadowRoot.activeElement;
    }
    return { path: path.join(' > '), id: element?.id, role: element?.getAttribute('role'), pressed: element?.getAttribute('aria-pressed'), label: element?.textContent.trim().slice(0, 60) };
  });

/** Focus on the page itself: the next Tab goes to the page's first tab stop. */
export const unfocus = (page) =>
  page.evaluate(() => {
    // Focusing an element moves the sequential navigation starting point; blur() alone does not.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });

const normal = (text) => text.replace(/\s+/g, ' ').trim();

/** What the page holds, to check Orca's words against; from the accessibility tree where it can. */
export async function pageFacts(page) {
  const headings = [];
  const lists = [];
  const visit = async (node) => {
    if (node.role === 'heading') {
      const element = await node.elementHandle();
      const own = element ? await element.evaluate((heading) => heading.getRootNode() instanceof ShadowRoot) : false;
      headings.push({ name: normal(node.name ?? ''), level: node.level, own });
    }
    if (node.role === 'list') lists.push((node.children ?? []).filter((child) => child.role === 'listitem').length);
    for (const child of node.children ?? []) await visit(child);
  };
  await visit(await page.accessibility.snapshot({ interestingOnly: false }));
  const dom = await page.evaluate(() => {
    const normal = (text) => text.replace(/\s+/g, ' ').trim();
    const deep = (selector, root = document, found = []) => {
      found.push(...root.querySelectorAll(selector));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) deep(selector, element.shadowRoot, found);
      return found;
    };
    // An easy-read part's text blocks: its list items, paragraphs and headings, or itself.
    const BLOCK = 'li, p, h1, h2, h3, h4, h5, h6';
    const blocks = (element) => {
      const inner = [...element.querySelectorAll(BLOCK)].filter((block) => !block.querySelector(BLOCK));
      return inner.length ? inner : [element];
    };
    return {
      easyRead: deep('[slot="easy-read"]').flatMap(blocks).map((block) => normal(block.textContent)),
      standard: deep(BLOCK).filter((block) => !block.closest('[slot="easy-read"]')).map((block) => normal(block.textContent)).join(' '),
      themes: deep('klar-theme').map((theme) => ({
        label: theme.getAttribute('label'),
        bullets: [...theme.querySelectorAll('li')].filter((li) => !li.closest('[slot="easy-read"]')).map((li) => normal(li.textContent)),
      })),
      cards: deep('klar-policy-card').map((card) => ({
        name: normal(card.querySelector('[slot="heading"]')?.textContent ?? ''),
        linked: Boolean(card.shadowRoot.querySelector('a[part~="link"]')),
        dates: deep('time', card.shadowRoot).map((time) => normal(time.textContent)),
      })),
      current: deep('li[aria-current="step"]')
        .filter((li) => !li.closest('[slot="easy-read"]'))
        .map((li) => ({ word: li.dataset.klarStepWord, text: normal(li.textContent) })),
      // A ring is drawn (not the list layout) when its circle is at least 480 px wide on screen.
      tablists: deep('[role="tablist"]').map((list) => ({
        tabs: [...list.querySelectorAll('[role="tab"]')].map((tab) => normal(tab.textContent)),
        ring: list.checkVisibility() && list.getRootNode().host.getBoundingClientRect().width >= 480,
      })),
      rtl: getComputedStyle(document.body).direction === 'rtl',
    };
  });
  // Easy-read text that the standard version does not also have: never to be heard with easy-read off.
  const easyReadOnly = dom.easyRead.filter((text) => !dom.standard.includes(text));
  return { headings, lists, ...dom, easyReadOnly, hasEasyRead: dom.easyRead.length > 0 };
}

/**
 * Walks the page as a screen-reader user: reads it down (say-all), by headings (h), by Tab, the
 * reading tools' "Let læst" (and reads down again in easy-read), and each tab list with its arrow
 * keys and Enter. Returns the sections of the transcript and the focus checks made on the way.
 */
export async function walk({ page, orca, facts, loadSaid, tools }) {
  const sections = [];
  const focusChecks = [];
  const notes = [];
  // Orca can take a tab list's selection, as the page draws it, for the reader's focus: it goes
  // to the tab, in focus mode (a race with the page load). A reader then presses Insert+A.
  if (orca.inFocusMode()) {
    notes.push(`on load, Orca went into focus mode: "${loadSaid.join(' ')}"; Insert+A back to browse mode`);
    await orca.press('Insert+a');
  }
  // Where the focus is, in the page and for Orca (which can differ: Orca follows some events).
  const where = async () => ({ ...(await focused(page)), locus: orca.locus() });
  const section = (title) => {
    const steps = [];
    sections.push({ title, steps });
    return async (key, options) => {
      const said = await orca.press(key, options);
      steps.push({ key, said });
      return said;
    };
  };

  // Orca does not speak again the object it is on: each start from the top goes to the end
  // first, so the first line is said as a reader arriving there hears it.
  const top = async () => {
    await orca.press('ctrl+End');
    await orca.press('ctrl+Home');
  };
  const beforeFirstTabStop = async () => {
    await orca.press('ctrl+End');
    await unfocus(page);
    await orca.settle();
  };

  // Into the page, as a person clicks into it (a margin, where nothing is).
  await orca.click(40, 200);
  await orca.settle();
  await top();
  await section('Reading down (say-all: KP_Add)')('KP_Add');

  await top();
  const heading = section(`Headings (h, ${facts.headings.length} headings and one more h, which wraps to the first)`);
  for (let index = 0; index <= facts.headings.length; index++) await heading('h');

  // Tab from the top until the page's last link, which the page adds after the content.
  await beforeFirstTabStop();
  const tab = section('Tab through everything focusable');
  for (let count = 0; count < 80 && (await focused(page)).id !== 'sr-end'; count++) await tab('Tab');

  if (tools) {
    await beforeFirstTabStop();
    const easy = section('Let læst: Tab to it, Enter');
    await easy('Tab');
    const before = await where();
    await easy('Return', { quiet: 700 });
    const after = await where();
    focusChecks.push({ what: 'Let læst', before, after, pressed: after.pressed === 'true' });
    await top();
    const read = section('Reading down in easy-read (say-all)');
    sections.at(-1).easyRead = true;
    await read('KP_Add');
    await beforeFirstTabStop();
    const off = section('Let læst off again: Tab, Enter');
    await off('Tab');
    await off('Return', { quiet: 700 });
    const end = await where();
    focusChecks.push({ what: 'Let læst, off again', before, after: end, pressed: end.pressed === 'false' });
  }

  // Each tab list (a theme circle's ring): Tab to its tab (focus mode), the arrow that goes on
  // round the ring (Left in right-to-left), then Enter.
  for (const [index, { tabs }] of facts.tablists.entries()) {
    await beforeFirstTabStop();
    let reached = -1; // Each tab list is one tab stop.
    for (let count = 0; count < 80 && reached < index; count++) {
      await orca.press('Tab');
      const at = await focused(page);
      if (at.id === 'sr-end') break;
      if (at.role === 'tab') reached++;
    }
    if (reached < index) {
      focusChecks.push({ what: `tab list ${index + 1}: Tab never reached it`, before: {}, after: {}, pressed: false });
      continue;
    }
    const next = facts.rtl ? 'Left' : 'Right';
    const ring = section(`Tab list ${index + 1}: ${next} arrow ${tabs.length} times (round to the first), then Enter`);
    for (let step = 0; step < tabs.length; step++) await ring(next);
    const before = await where();
    await ring('Return', { quiet: 500 });
    focusChecks.push({ what: `a tab of tab list ${index + 1}`, before, after: await where(), pressed: true });
  }
  return { sections, focusChecks, notes };
}
