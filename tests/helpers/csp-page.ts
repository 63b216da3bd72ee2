/**
 * The strict-CSP page's renderer (scripts/wtr-csp-plugin.mjs serves the page, tests/csp.test.ts
 * reads `window.klarCsp`). Runs after csp-listener.ts, so every violation is on record.
 *
 * `?mode=stories` renders every story of stories/, standard and easy-read, each in the locale it
 * is pinned to (Danish otherwise), and measures the geometry stories in a 960 px column.
 * `?mode=probe` breaks the policy on purpose, to prove it is enforced (see `probe()`).
 * No innerHTML anywhere: Trusted Types forbids it.
 */
import { html, render, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { violations, type Violation } from './csp-listener.js';
import { GEOMETRY_STORIES, GEOMETRY_WIDTH, measure, type Geometry, type ProbeReport, type StoriesReport } from './csp-report.js';
import { loadStories } from './stories.js';
import { localeReady } from '../../src/core/localize.js';
import { applyPageSettings } from '../../stories/support/page-settings.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Waits until every Klar element below `root` has rendered (JSON content included), twice over. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await nextTask();
    await localeReady();
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('klar-'));
    await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
}

/** The page a story lands in, as in tests/helpers/fixtures.ts: a `<main>` with an `<h1>`. */
function page(): HTMLElement {
  let main = document.querySelector('main');
  if (!main) {
    document.title = 'Socialstrategi – Ishøj Kommune';
    main = document.createElement('main');
    const h1 = document.createElement('h1');
    h1.textContent = 'Ishøj Kommune';
    main.append(h1);
    document.body.append(main);
  }
  return main;
}

/** Ends once no new violation has come in for a while: reports arrive in tasks of their own. */
async function quiet(): Promise<void> {
  let seen = -1;
  while (seen !== violations.length) {
    seen = violations.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function renderStories(): Promise<StoriesReport> {
  const stories = await loadStories();
  const geometry: Record<string, Geometry> = {};
  const unrendered = new Set<string>();
  let renders = 0;
  for (const easyRead of [false, true]) {
    for (const story of stories) {
      localStorage.removeItem('klar-easy-read');
      applyPageSettings({ locale: story.locales?.[0] ?? 'da', easyRead });
      const container = document.createElement('div');
      const measured = !easyRead && GEOMETRY_STORIES.includes(story.id);
      // Through the CSSOM, which the policy allows (a style attribute it would block).
      if (measured) container.style.inlineSize = `${GEOMETRY_WIDTH}px`;
      page().append(container);
      render(story.template(), container);
      await settle(container);
      for (const element of container.querySelectorAll('*')) {
        if (element.localName.startsWith('klar-') && !element.shadowRoot) unrendered.add(`${story.id}: ${element.localName}`);
      }
      const measurement = measured ? measure(container) : undefined;
      if (measurement) geometry[story.id] = measurement;
      renders += 1;
      render(null, container);
      container.remove();
    }
  }
  await quiet();
  return { stories: stories.length, renders, violations: [...violations], geometry, unrendered: [...unrendered] };
}

/** Runs `act` and returns the violations it caused. */
async function caused(act: () => void | Promise<void>): Promise<Violation[]> {
  await quiet();
  const before = violations.length;
  await act();
  await quiet();
  return violations.slice(before);
}

async function probe(): Promise<ProbeReport> {
  const container = document.createElement('div');
  page().append(container);
  const show = (template: TemplateResult) => {
    render(null, container);
    render(template, container);
  };

  const templateStyleAttribute = await caused(() => show(html`<p style="color: rgb(1, 2, 3)">Inline</p>`));
  const styleMapFirstRender = await caused(() => show(html`<p style=${styleMap({ color: 'rgb(4, 5, 6)' })}>styleMap</p>`));

  const styled = document.createElement('p');
  container.replaceChildren(styled);
  const cssomViolations = await caused(() => styled.style.setProperty('color', 'rgb(7, 8, 9)'));
  const applied = getComputedStyle(styled).color === 'rgb(7, 8, 9)';

  let threw = false;
  const innerHTMLViolations = await caused(() => {
    try {
      styled.innerHTML = '<b>Not trusted</b>';
    } catch {
      threw = true;
    }
  });
  return {
    templateStyleAttribute,
    styleMapFirstRender,
    cssom: { violations: cssomViolations, applied },
    innerHTML: { violations: innerHTMLViolations, threw, trustedTypesApi: 'trustedTypes' in window },
  };
}

declare global {
  interface Window {
    klarCsp?: Promise<StoriesReport | ProbeReport>;
  }
}

const mode = new URLSearchParams(location.search).get('mode');
window.klarCsp = mode === 'probe' ? probe() : renderStories();
