// What the Node checks that open a page share: a static server for a folder, and the system
// Chromium started as the checks start it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browsers } from './browsers.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves `dir` on a free port of 127.0.0.1 (a folder's index.html for a path ending in /). */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** The system Chromium, headless, off the network's background services. */
export const launchChromium = () =>
  puppeteer.launch({
    executablePath: browsers.chromium.executable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

/** One line per check; `conclude` ends the run with one line, and exit code 1 if any failed. */
export function checker(name) {
  const failures = [];
  const expect = (ok, what) => (ok ? console.log(`  ok    ${what}`) : (failures.push(what), console.log(`  FAIL  ${what}`)));
  const conclude = () => {
    if (failures.length) {
      console.error(`${name}: ${failures.length} failed`);
      process.exit(1);
    }
    console.log(`${name}: all ok`);
  };
  return { failures, expect, conclude };
}
