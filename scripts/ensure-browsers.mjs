// Tests run in the system's Chromium and Firefox (Debian packages), never in browsers downloaded
// by npm packages.
import { browsers } from './browsers.mjs';
import { ensureDebianPackages } from './debian.mjs';

// The fonts for every script Klar's languages use (Arabic, Ethiopic for Tigrinya): without them a
// screenshot or a visual check shows empty boxes, which axe does not notice.
const FONTS = { file: '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf', debianPackage: 'fonts-noto-core' };

ensureDebianPackages(
  [...Object.values(browsers).map(({ executable, debianPackage }) => ({ file: executable, debianPackage })), FONTS],
  'Klar tests'
);
