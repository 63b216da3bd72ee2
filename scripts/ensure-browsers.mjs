// Tests run in the system's Chromium and Firefox (Debian packages), never in browsers downloaded
// by npm packages. Install them with apt when we can (root on Debian), else say what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { browsers } from './browsers.mjs';

// The fonts for every script Klar's languages use (Arabic, Ethiopic for Tigrinya): without them a
// screenshot or a visual check shows empty boxes, which axe does not notice.
const FONTS = { executable: '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf', debianPackage: 'fonts-noto-core' };
const missing = [...Object.values(browsers), FONTS].filter((needed) => !existsSync(needed.executable));
if (missing.length > 0) {
  const packages = missing.map((needed) => needed.debianPackage).join(' ');
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`Klar tests need ${packages}: run "sudo apt-get install ${packages}" and try again.`);
    process.exit(1);
  }
  console.log(`Installing ${packages} with apt-get (needed once for the browser tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${packages}`, { stdio: 'inherit', env });
}
