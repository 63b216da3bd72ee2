// Opens demo/index.html (plain HTML, no build step) with the built dist/klar.js in the system's
// Chromium, as a web team's page would load it, and checks what a reader gets:
// Danish by default, English with lang="en", Arabic and right to left with lang="ar", and no
// error when the bundle is loaded a second time from another URL. Then demo/json.html, the same
// page with every element's content from a JSON file: its accessibility tree must be the same.
// Last, demo/politik.html: each seed policy whole, from one JSON file.
import { checker, launchChromium, serve } from './check-browser.mjs';

const { server, base } = await serve(process.cwd());
const browser = await launchChromium();
const { expect, conclude } = checker('demo check');

/** Where two accessibility trees (as JSON) first differ, with a little context: for the failure line. */
function firstDifference(a, b) {
  if (a === b) return '';
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `; first difference at ${at}: index.html …${a.slice(Math.max(0, at - 80), at + 80)}… json.html …${b.slice(Math.max(0, at - 80), at + 80)}…`;
}

async function read(lang) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${base}/demo/index.html${lang ? `?lang=${lang}` : ''}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('klar-success-criteria'));
  const result = await page.evaluate(async (again) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    let secondLoad = 'ok';
    try {
      await import(again);
    } catch (error) {
      secondLoad = String(error);
    }
    const box = document.querySelector('klar-success-criteria');
    const heading = box.shadowRoot.querySelector('.heading');
    const frame = box.shadowRoot.querySelector('[part="box"]');
    const fact = document.querySelector('klar-fact');
    return {
      spokenFact: fact.shadowRoot.querySelector('.visually-hidden').textContent + fact.querySelector('[slot="label"]').textContent,
      factSource: (fact.shadowRoot.querySelector('[part="source"]').textContent + fact.querySelector('[slot="source"]').textContent).replace(/\s+/g, ' '), // "Kilde:" ends with a no-break space
      heading: heading.textContent,
      level: heading.localName,
      direction: getComputedStyle(document.querySelector('klar-success-criteria li')).direction,
      frameDir: frame.getAttribute('dir'),
      items: document.querySelectorAll('klar-success-criteria > ul:not([slot]) li').length,
      secondLoad,
    };
  }, `${base}/dist/klar.js?second-copy`);
  await page.close();
  return { ...result, errors };
}

try {
  const da = await read();
  expect(da.heading === 'Vi kan se, at vi lykkes, når:' && da.level === 'h3', `Danish page: "${da.heading}" as ${da.level}`);
  expect(da.items === 5, `all ${da.items} list items shown`);
  // Spaces the build's template minifier must not remove.
  expect(da.spokenFact.replace(/\s/g, ' ') === '19 procent: ryger dagligt', `a fact is read as "${da.spokenFact}"`);
  expect(/^Kilde: Sundheds/.test(da.factSource.trim()), `its source reads "${da.factSource.trim()}"`);
  const en = await read('en');
  expect(en.heading === 'We know we are succeeding when:', `lang="en": "${en.heading}"`);
  const ar = await read('ar');
  expect(ar.heading === 'نعرف أننا ننجح عندما:' && ar.direction === 'rtl', `lang="ar": "${ar.heading}", ${ar.direction}`);
  for (const result of [da, en, ar]) {
    expect(result.secondLoad === 'ok' && result.errors.length === 0, `no errors, bundle loaded twice (${[result.secondLoad, ...result.errors].join('; ')})`);
  }
  // The easy-read switch: every element turns easy-read, and a reload keeps the choice.
  const page = await browser.newPage();
  await page.goto(`${base}/demo/index.html`, { waitUntil: 'networkidle0' });
  // The text a reader sees: the standard list before, its easy-read version after.
  const before = await page.evaluate(() => getComputedStyle(document.querySelector('klar-citizen-wishes > ul:not([slot]) li')).fontSize);
  await page.evaluate(() => document.querySelector('klar-reading-tools').shadowRoot.querySelector('button[aria-pressed]').click());
  await new Promise((resolve) => setTimeout(resolve, 200));
  const after = await page.evaluate(() => ({
    on: document.documentElement.hasAttribute('data-klar-easy-read'),
    size: getComputedStyle(document.querySelector('klar-citizen-wishes > [slot="easy-read"] li')).fontSize,
    easyShown: document.querySelector('klar-success-criteria [slot="easy-read"] li').checkVisibility(),
  }));
  expect(after.on && parseFloat(after.size) >= 20 && parseFloat(after.size) > parseFloat(before) && after.easyShown,
    `the easy-read switch turns the page easy-read (${before} → ${after.size}, easy-read version shown: ${after.easyShown})`);
  await page.reload({ waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-klar-easy-read')), 'a reload keeps easy-read on');
  await page.evaluate(() => document.querySelector('klar-reading-tools').shadowRoot.querySelector('button[aria-pressed]').click());
  await page.reload({ waitUntil: 'networkidle0' });
  expect(!(await page.evaluate(() => document.documentElement.hasAttribute('data-klar-easy-read'))), 'switched off, a reload keeps it off');
  // The JSON page: the same tree as the markup page, in three languages and in easy-read.
  // Node and loader ids name DOM nodes of one page load; everything else must match.
  const withoutIds = (key, value) => (key === 'backendNodeId' || key === 'loaderId' ? undefined : value);
  for (const lang of ['da', 'en', 'ar']) {
    for (const easyRead of [false, true]) {
      const trees = [];
      for (const file of ['index.html', 'json.html']) {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(String(error)));
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await tab.evaluateOnNewDocument((on) => localStorage.setItem('klar-easy-read', on ? 'on' : 'off'), easyRead);
        await tab.goto(`${base}/demo/${file}?lang=${lang}`, { waitUntil: 'networkidle0' });
        await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('klar-')).map((e) => e.updateComplete)));
        await new Promise((resolve) => setTimeout(resolve, 200));
        const usedJson = await tab.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/json.js')));
        trees.push({ file, errors, usedJson, tree: JSON.stringify(await tab.accessibility.snapshot({ root: await tab.$('main'), interestingOnly: false }), withoutIds) });
        await tab.close();
      }
      const [written, loaded] = trees;
      const mode = `${lang}${easyRead ? ', easy-read' : ''}`;
      expect(written.tree === loaded.tree && written.tree.length > 1000, `json.html has the accessibility tree of index.html (${mode}, ${loaded.tree.length} characters)${firstDifference(written.tree, loaded.tree)}`);
      expect(!written.usedJson && loaded.usedJson, `json.js loads for the JSON page only (${mode})`);
      expect(loaded.errors.length === 0 && written.errors.length === 0, `no errors on either page (${mode}) ${[...written.errors, ...loaded.errors].join('; ')}`);
    }
  }
  // demo/politik.html: each seed policy, whole, from one JSON file, as a reader gets it.
  for (const policy of ['medborgerpolitik', 'velfaerdspolitik', 'socialstrategi', 'raaudkast-velfaerdspolitik', 'ideoplaeg']) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`${base}/demo/politik.html?politik=${policy}`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('klar-policy')?.getAttribute('aria-busy') !== 'true' && document.querySelector('klar-policy h1'), { timeout: 10000 });
    const shown = await tab.evaluate(() => {
      const element = document.querySelector('klar-policy');
      const links = [...element.shadowRoot.querySelectorAll('nav a')].map((link) => link.getAttribute('href'));
      return { src: element.getAttribute('src'), links, targets: links.filter((href) => document.getElementById(decodeURIComponent(href.slice(1)))).length };
    });
    // The headings as a screen reader lists them (the accessibility tree reaches into shadow roots).
    const headings = [];
    const walk = (node) => {
      if (node.role === 'heading') headings.push(node.level);
      node.children?.forEach(walk);
    };
    walk(await tab.accessibility.snapshot());
    shown.levels = headings;
    const skips = shown.levels.some((level, index) => index > 0 && level > shown.levels[index - 1] + 1);
    expect(shown.src.endsWith(`${policy}.json`) && shown.levels[0] === 1 && !skips, `politik.html?politik=${policy}: an h1, then ${shown.levels.length - 1} headings with no level skipped`);
    expect(shown.links.length >= 2 && shown.targets === shown.links.length, `its table of contents: ${shown.links.length} links, each to a heading on the page`);
    expect(errors.length === 0, `no errors (${errors.join('; ')})`);
    await tab.close();
  }
  const readAloud = await page.evaluate(() => [...document.querySelector('klar-reading-tools').shadowRoot.querySelectorAll('button')].length);
  console.log(`  info  ${readAloud === 1 ? 'no voice for Danish in this browser: "Læs op" is left out' : '"Læs op" is offered'}`);
} finally {
  await browser.close();
  server.close();
}
conclude();
