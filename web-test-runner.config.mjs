// Tests run in real browsers: the Debian `chromium` and `firefox-esr` on this machine
// (scripts/ensure-browsers.mjs installs them). Browser downloads by npm packages do not work
// here, so we launch the system executables by path:
// - Chromium through chromeLauncher (puppeteer-core over CDP): keys, viewport, forced colours,
//   accessibility-tree snapshots.
// - Firefox through puppeteerLauncher over WebDriver BiDi: Playwright cannot drive a stock
//   Firefox. BiDi has no accessibility snapshot and no forced-colours emulation, so tests that
//   need them run in Chromium only and say so.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { browsers } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { jsonTestPlugin, jsonTestRoutes } from './scripts/wtr-json-plugin.mjs';
import { cspPagePlugin } from './scripts/wtr-csp-plugin.mjs';
import { benchPagePlugin } from './scripts/wtr-bench-page-plugin.mjs';
import { ckeditor5BrowserBuildPlugin } from './tests/helpers/ckeditor5-wtr-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
// Root runs (CI, containers) need --no-sandbox; the flags keep Chromium off a closed network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // tests/robustness.test.ts measures the JS heap around 10,000 connect/disconnect cycles: gc()
  // before each reading, and exact (not rounded, not cached) performance.memory values.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  // As when a screen reader runs: Chromium then builds the accessibility tree of everything,
  // also of elements off screen whose rendering is skipped (content-visibility: auto).
  '--force-renderer-accessibility',
];

/** Serves the list of story files, so every story is tested the moment its file exists. */
function storiesIndexPlugin() {
  return {
    name: 'klar-stories-index',
    serve(context) {
      if (context.path !== '/__klar/stories.js') return undefined;
      const files = readdirSync('stories')
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
      const entries = files.map((file) => `  { file: ${JSON.stringify(file)}, load: () => import('/stories/${file}') },`);
      return { body: `export const storyFiles = [\n${entries.join('\n')}\n];\n`, type: 'js' };
    },
  };
}

/**
 * Every test file first imports tests/helpers/reportable-failures.ts, so a failed assertion on a
 * DOM node is reported instead of hanging the file (see there).
 */
function reportableFailuresPlugin() {
  return {
    name: 'klar-reportable-failures',
    transform(context) {
      if (!/^\/tests\/[^/]+\.test\.ts$/.test(context.path)) return undefined;
      return { body: `import '/tests/helpers/reportable-failures.ts';\n${context.body}` };
    },
  };
}

/**
 * The full accessibility tree below a selector (Chromium over CDP). The stock a11ySnapshot
 * command keeps only "interesting" nodes and so drops lists and list items, which are exactly
 * what a screen-reader user navigates by here.
 */
function accessibilityTreePlugin() {
  return {
    name: 'klar-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'klar-accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      return page.accessibility.snapshot({ interestingOnly: false, root });
    },
  };
}

/** `forced-colors: active` emulation; answers false where the browser cannot emulate it. */
function forcedColorsPlugin() {
  return {
    name: 'klar-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'klar-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

// KLAR_BROWSERS=chromium (or firefox) narrows a local run; CI and `npm test` run both.
const only = process.env.KLAR_BROWSERS?.split(',');
// Test files named on the command line: the forced-colours Firefox runs only for the matrix.
const cliFiles = process.argv.slice(2).filter((arg) => arg.endsWith('.test.ts'));
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: browsers.chromium.executable, headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: browsers.firefox.executable, headless: true },
    }),
};

// Firefox cannot emulate forced colours over BiDi, but its own "override page colours: always"
// setting puts it in forced-colours mode. A second Firefox with that setting runs the story
// matrix, so forced colours are checked in both engines.
const firefoxForcedColours = () =>
  puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: browsers.firefox.executable,
      headless: true,
      extraPrefsFirefox: { 'browser.display.document_color_use': 2 },
    },
  });

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  testFramework: { config: { timeout: 60 * 1000 } },
  middleware: [jsonTestRoutes],
  plugins: [
    ckeditor5BrowserBuildPlugin(),
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
    a11ySnapshotPlugin(),
    accessibilityTreePlugin(),
    storiesIndexPlugin(),
    reportableFailuresPlugin(),
    forcedColorsPlugin(),
    jsonTestPlugin(),
    cspPagePlugin(),
    benchPagePlugin(),
  ],
  browsers: Object.entries(launchers)
    .filter(([name]) => !only || only.includes(name))
    .map(([, launch]) => launch()),
  groups:
    (!only || only.includes('firefox')) && (!cliFiles.length || cliFiles.some((file) => file.includes('stories.a11y')))
      ? [{ name: 'firefox-forced-colours', files: 'tests/stories.a11y.test.ts', browsers: [firefoxForcedColours()] }]
      : [],
  reporters: [defaultReporter(), countReporter()],
};
