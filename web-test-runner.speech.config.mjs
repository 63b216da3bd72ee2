// The read-aloud tests with real voices (tests/speech/): Debian Chromium and Firefox ESR speak
// through speech-dispatcher and espeak-ng into a null sink, which the tests record. Run by
// `npm run test:sr` (scripts/sr/run.mjs), which starts speech-dispatcher and PulseAudio first
// and passes their runtime dir in the environment both browsers inherit.
import base from './web-test-runner.config.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { browsers } from './scripts/browsers.mjs';
import { speechPlugin } from './scripts/sr/wtr-speech-plugin.mjs';

export default {
  ...base,
  files: ['tests/speech/*.speech.ts'],
  // One speech-dispatcher for both browsers: one browser at a time, or their sentences interleave.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 90 * 1000 } },
  plugins: [...base.plugins, speechPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: browsers.chromium.executable,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'],
      },
    }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: browsers.firefox.executable, headless: true } }),
  ],
  groups: [],
};
