// The example apps (examples/react: React 19, examples/vue: Vue 3; TypeScript and Vite) against
// the package as npm would deliver it, run after `npm run build`:
// 1. `npm pack` the built package (no rebuild) and copy each app to a temp folder, `npm ci` it
//    from its committed lock and install the tarball there (the lock never pins a tarball);
// 2. type-check as the app's own script does (tsc / vue-tsc with strictTemplates), with
//    skipLibCheck off and on, with no declaration of the app's own;
// 3. negative checks: a wrong attribute value, a wrong event detail field and a camelCase event
//    prop (React) must each fail type-checking;
// 4. `vite build` (the React app also imports a single element beside the package: the bundle
//    must hold one Lit), serve dist/ and open it in Chromium: the elements are defined and
//    rendered, the English section speaks English from a translation chunk loaded as its own
//    file, and choosing a theme (click, then arrow key) shows its label in the app's own text.
// One line per failure; exit 1 if any. `--keep` leaves the temp folder for a look.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checker, launchChromium, serve } from './check-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const { expect, conclude } = checker('apps check');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command; returns { ok, output }. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
const tail = (output, lines = 12) => output.trim().split('\n').slice(-lines).map((line) => `        ${line}`).join('\n');

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('check-apps: dist/index.js is missing: run "npm run build" first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'klar-apps-'));
const packed = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], root);
const tarball = join(work, packed.output.trim().split('\n').pop() ?? '');
if (!packed.ok || !existsSync(tarball)) {
  console.error(`check-apps: npm pack failed\n${tail(packed.output)}`);
  process.exit(1);
}

const browser = await launchChromium();

/** What a reader of the built app gets. */
async function openApp(name, dist) {
  const { server, base } = await serve(dist);
  const page = await browser.newPage();
  const errors = [];
  const requested = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  try {
    await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
    const defined = await page
      .waitForFunction(() => ['klar-fact', 'klar-success-criteria', 'klar-theme-circle', 'klar-theme'].every((tag) => customElements.get(tag)), { timeout: 10000 })
      .then(() => true, () => false);
    expect(defined, `${name}: klar-fact, klar-success-criteria, klar-theme-circle and klar-theme are defined`);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('klar-fact, klar-success-criteria, klar-theme-circle')].map((element) => element.updateComplete)));
    const seen = await page.evaluate(() => ({
      fact: document.querySelector('klar-fact')?.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim(),
      heading: document.querySelector('section[lang="en"] klar-success-criteria')?.shadowRoot?.querySelector('.heading')?.textContent?.trim(),
      tabs: document.querySelector('klar-theme-circle')?.shadowRoot?.querySelectorAll('[role="tab"]').length ?? 0,
    }));
    expect(/^19\s?%$/.test(seen.fact ?? ''), `${name}: klar-fact renders its value in its shadow root ("${seen.fact}")`);
    expect(seen.heading === 'We know we are succeeding when:', `${name}: the English section's success criteria heading is English ("${seen.heading}")`);
    const localeChunk = requested.find((path) => /\/en-[\w-]+\.js$/.test(path));
    expect(Boolean(localeChunk), `${name}: the English translation loaded as its own file (${localeChunk ?? `requests: ${requested.join(', ')}`})`);
    expect(seen.tabs === 4, `${name}: the theme circle has 4 tabs (${seen.tabs})`);
    // A click on the third theme, then the right arrow key to the fourth.
    const tab = await page.evaluateHandle(() => document.querySelector('klar-theme-circle').shadowRoot.querySelector('#tab-2'));
    await tab.click();
    const clicked = await page
      .waitForFunction(() => document.querySelector('#chosen-theme')?.textContent.includes('Åbenhed'), { timeout: 5000 })
      .then(() => true, () => false);
    const afterClick = await page.$eval('#chosen-theme', (element) => element.textContent.trim());
    expect(clicked, `${name}: clicking the theme "Åbenhed" shows it in the app ("${afterClick}")`);
    await page.keyboard.press('ArrowRight');
    const pressed = await page
      .waitForFunction(() => document.querySelector('#chosen-theme')?.textContent.includes('Relationer'), { timeout: 5000 })
      .then(() => true, () => false);
    const afterKey = await page.$eval('#chosen-theme', (element) => element.textContent.trim());
    expect(pressed, `${name}: the right arrow key on the ring chooses "Relationer" and the app shows it ("${afterKey}")`);
    expect(errors.length === 0, `${name}: no errors in the page${errors.length ? ` (${errors.join('; ')})` : ''}`);
  } finally {
    await page.close();
    server.close();
  }
}

/** The scripts of a built app: eager bytes (raw, gzip) and how many copies of Lit they hold. */
function bundleFacts(dist) {
  const assets = join(dist, 'assets');
  let raw = 0;
  let gzip = 0;
  let lits = 0;
  for (const name of readdirSync(assets).filter((each) => each.endsWith('.js'))) {
    const code = readFileSync(join(assets, name));
    lits += code.toString().split('litHtmlVersions').length - 1;
    if (/^index-/.test(name)) {
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
    }
  }
  return { raw, gzip, lits };
}

const apps = [
  {
    name: 'react',
    typecheck: ['npx', ['tsc', '--noEmit', '-p', '.']],
    negatives: {
      'src/NegativeUnit.tsx': "export const wrong = <klar-fact value=\"19\" unit=\"kilo\"><span slot=\"label\">x</span></klar-fact>;\n",
      'src/NegativeDetail.tsx': 'export const wrong = <klar-theme-circle onklar-theme-select={(event) => event.detail.nope} />;\n',
      'src/NegativeCamel.tsx': 'export const wrong = <klar-theme-circle onKlarThemeSelect={() => undefined} />;\n',
    },
    // The bundle beside a single element: one Lit.
    extra: () => ({ file: 'src/main.tsx', append: "import 'klar-elements/elements/klar-fact.js';\n" }),
  },
  {
    name: 'vue',
    typecheck: ['npx', ['vue-tsc', '--noEmit', '-p', '.']],
    negatives: {
      'src/NegativeUnit.vue': '<template><klar-fact value="19" unit="kilo"><span slot="label">x</span></klar-fact></template>\n',
      'src/NegativeDetail.vue': '<template><klar-theme-circle @klar-theme-select="(event) => event.detail.nope" /></template>\n',
    },
  },
];

try {
  for (const app of apps) {
    const since = Date.now();
    console.log(`\n${app.name}:`);
    const dir = join(work, app.name);
    cpSync(join(root, 'examples', app.name), dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
    let step = run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    expect(step.ok, `${app.name}: npm ci${step.ok ? '' : `\n${tail(step.output)}`}`);
    if (!step.ok) continue;
    step = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
    expect(step.ok, `${app.name}: the packed klar-elements installs${step.ok ? '' : `\n${tail(step.output)}`}`);
    if (!step.ok) continue;
    console.log(`  info  installed in ${seconds(since)}`);

    const typeSince = Date.now();
    const [command, args] = app.typecheck;
    for (const skipLibCheck of ['false', 'true']) {
      step = run(command, [...args, '--skipLibCheck', skipLibCheck], dir);
      expect(step.ok, `${app.name}: the app type-checks with skipLibCheck ${skipLibCheck}${step.ok ? '' : `\n${tail(step.output, 20)}`}`);
    }
    for (const [file, code] of Object.entries(app.negatives)) writeFileSync(join(dir, file), code);
    step = run(command, args, dir);
    for (const file of Object.keys(app.negatives)) {
      const flagged = step.output.split('\n').some((line) => line.includes(file.replace('src/', '')) && /error/i.test(line));
      expect(!step.ok && flagged, `${app.name}: ${file} (${app.negatives[file].trim().slice(20, 110)}…) fails type-checking`);
    }
    for (const file of Object.keys(app.negatives)) rmSync(join(dir, file));
    console.log(`  info  type checks in ${seconds(typeSince)}`);

    if (app.extra) {
      const { file, append } = app.extra();
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + append);
    }
    const buildSince = Date.now();
    step = run('npx', ['vite', 'build'], dir);
    expect(step.ok, `${app.name}: vite build${step.ok ? '' : `\n${tail(step.output, 20)}`}`);
    if (!step.ok) continue;
    const facts = bundleFacts(join(dir, 'dist'));
    console.log(`  info  vite build in ${seconds(buildSince)}; entry script ${facts.raw} B (${facts.gzip} B gzip)`);
    expect(facts.lits === 1, `${app.name}: the built app holds one copy of Lit (${facts.lits})`);
    await openApp(app.name, join(dir, 'dist'));
    console.log(`  info  ${app.name} in ${seconds(since)}`);
  }
} finally {
  await browser.close();
  if (keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\napps check: ${seconds(started)}`);
conclude();
