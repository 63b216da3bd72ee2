// Opens the built Storybook (storybook-static/) in the system's Chromium: every story of every
// element renders the element (defined, with its shadow root), and the element's docs page has
// its attributes, slots, events, parts and CSS properties each in their own section. A bundler
// that drops the stories' `import '…/define.js'` (package.json `sideEffects` names the shipped
// files only; .storybook/main.ts keeps the sources' define modules) fails here, not in front of
// a designer.
import { readFileSync } from 'node:fs';
import { checker, launchChromium, serve } from './check-browser.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const { server, base } = await serve(dir);
const browser = await launchChromium();
const { expect, conclude } = checker('storybook check');

try {
  const page = await browser.newPage();
  const undefinedIn = [];
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Rendered, and every Klar element in it drawn (or given up on: then it is reported below).
    await page
      .waitForFunction(
        () => {
          const klar = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('klar-'));
          return klar.length > 0 && klar.every((element) => element.shadowRoot);
        },
        { timeout: 5_000 }
      )
      .catch(() => {});
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((element) => element.localName.startsWith('klar-'))
        .filter((element) => !customElements.get(element.localName) || !element.shadowRoot)
        .map((element) => element.localName)
    );
    const klar = await page.evaluate(() => [...document.querySelectorAll('#storybook-root *')].some((element) => element.localName.startsWith('klar-')));
    if (!klar || missing.length) undefinedIn.push(`${story.id}${missing.length ? ` (${[...new Set(missing)].join(', ')})` : ' (no Klar element)'}`);
  }
  expect(undefinedIn.length === 0, `all ${stories.length} stories render their Klar elements${undefinedIn.length ? `; not: ${undefinedIn.join('; ')}` : ''}`);

  const docs = entries.find((entry) => entry.id === 'elementer-klar-fact--docs');
  expect(Boolean(docs), 'klar-fact has a docs page');
  if (docs) {
    await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.docblock-argstable', { timeout: 20_000 });
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll('.docblock-argstable tbody tr')].filter((row) => row.querySelectorAll('td').length === 1 || row.getAttribute('title')).map((row) => row.textContent.replace(/Hide .*? items/g, '').trim())
    );
    const text = await page.evaluate(() => document.querySelector('.docblock-argstable').textContent);
    // Storybook wraps docs stories in lang="en"; the toolbar's language (Danish by default) must win.
    const source = await page.evaluate(() => document.querySelector('klar-fact')?.shadowRoot?.querySelector('[part="source"]')?.textContent?.trim());
    expect(source === 'Kilde:', `klar-fact on its docs page speaks the toolbar's Danish ("${source}")`);
    expect(/Slots/i.test(text) && /Events/i.test(text) && /::part|CSS-dele/i.test(text), `klar-fact's docs table has slots, events and parts in their own sections (${sections.slice(0, 8).join(' | ')})`);
  }
  await page.close();
} finally {
  await browser.close();
  server.close();
}
conclude();
