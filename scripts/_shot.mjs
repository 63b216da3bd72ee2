import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try { const body = await readFile(join(process.cwd(), path)); response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }); response.end(body); } catch { response.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const [url, width, out] of JSON.parse(process.argv[2])) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 900 });
  await tab.goto(`${base}/${url}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 400));
  await tab.screenshot({ path: out, fullPage: true });
}
await browser.close(); server.close();
