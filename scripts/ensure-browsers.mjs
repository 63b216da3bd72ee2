// Tests run in the system's Chromium and Firefox (Debian packages), never in browsers downloaded
// by npm packages. Install them with apt when we can (root on Debian), else say what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { browsers } from './browsers.mjs';

const missing = Object.values(browsers).filter((browser) => !existsSync(browser.executable));
if (missing.length > 0) {
  const packages = missing.map((browser) => browser.debianPackage).join(' ');
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`Klar tests need the browsers ${packages}: run "sudo apt-get install ${packages}" and try again.`);
    process.exit(1);
  }
  console.log(`Installing ${packages} with apt-get (needed once for the browser tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${packages} fonts-noto-core`, { stdio: 'inherit', env });
}
