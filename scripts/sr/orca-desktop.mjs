// A desktop of its own for one run: Xvfb on a free display, a private D-Bus session bus, the AT-SPI
// bus, openbox, Orca (speech off; every utterance logged) and Debian's Chromium, each in its own
// process group under a temporary HOME, and stopped by its process id at the end.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browsers } from '../browsers.mjs';
import { Processes, sleep, until } from './processes.mjs';

const run = promisify(execFile);

export const NEEDS = [
  { file: '/usr/bin/orca', debianPackage: 'orca' },
  { file: '/usr/bin/Xvfb', debianPackage: 'xvfb' },
  { file: '/usr/libexec/at-spi-bus-launcher', debianPackage: 'at-spi2-core' },
  { file: '/usr/bin/dbus-launch', debianPackage: 'dbus-x11' }, // brings dbus-daemon
  { file: '/usr/bin/xdotool', debianPackage: 'xdotool' },
  { file: '/usr/lib/python3/dist-packages/pyatspi/__init__.py', debianPackage: 'python3-pyatspi' },
  { file: '/usr/bin/openbox', debianPackage: 'openbox' },
  { file: browsers.chromium.executable, debianPackage: browsers.chromium.debianPackage },
];

// Orca reads this at start (its prefs dir is -u): the debug log is how we know Orca is busy,
// the "speech" log (Orca's own regression-test logger) is one line per utterance. Speech stays on,
// to a server that speaks nothing: with "-d speech" Orca drops what it presents as messages (live
// regions, "focus mode"), and speech-dispatcher would block without audio.
const customizations = (dir) => `import logging, sys, orca.debug, orca.settings as s
orca.debug.debugLevel = orca.debug.LEVEL_INFO
orca.debug.debugFile = open(${JSON.stringify(join(dir, 'debug.log'))}, 'w', buffering=1, encoding='utf-8')
speech = logging.FileHandler(${JSON.stringify(join(dir, 'speech.log'))}, encoding='utf-8')
speech.setFormatter(logging.Formatter('%(message)s'))
logging.getLogger('speech').addHandler(speech)
sys.path.insert(0, ${JSON.stringify(dir)})
# Live-region messages come from a timer, before or after what the same key made Orca say:
# marked, so that the transcript can put them in an order of their own.
from orca import liveregions
pump = liveregions.LiveRegionManager.pumpMessages
def pumpMarked(self):
    if not len(self.msg_queue):
        return pump(self)
    logging.getLogger('speech').info('LIVE REGION {')
    try:
        return pump(self)
    finally:
        logging.getLogger('speech').info('LIVE REGION }')
liveregions.LiveRegionManager.pumpMessages = pumpMarked
s.speechServerFactory = 'klar_silent_speech'
s.speechFactoryModules = ['klar_silent_speech']
s.speechServerInfo = None
s.enableSpeech = True
s.enableKeyEcho = False
s.enableBraille = False
s.sayAllOnLoad = False
s.pageSummaryOnLoad = False
`;

const silentSpeech = `from orca import debug, speech, speechserver

class SpeechServer(speechserver.SpeechServer):
    """Speaks nothing; Orca's speech module has logged each utterance before it gets here."""
    _server = None

    @staticmethod
    def getFactoryName():
        return 'silent'

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        SpeechServer._server = SpeechServer._server or SpeechServer()
        return SpeechServer._server

    @staticmethod
    def shutdownActiveServers():
        SpeechServer._server = None

    def getInfo(self):
        return ['silent', 'silent']

    def getVoiceFamilies(self):
        return []

    def sayAll(self, utteranceIterator, progressCallback):
        # As Orca does with no server at all: log every utterance, in one go. Should Orca come to
        # a place it has read already, it would read on forever: stop there, as a listener would.
        # (Orca says some things twice in a row, like a landmark's name: that is not a place.)
        said = {}
        for index, (context, acss) in enumerate(utteranceIterator):
            place = (context.obj, context.startOffset, context.endOffset, context.utterance)
            if said.get(place, index) < index - 1:
                speech.log.info("SAY ALL STARTS OVER: '" + context.utterance + "'")
                progressCallback(context, speechserver.SayAllContext.INTERRUPTED)
                return
            said[place] = index
            line = "SPEECH OUTPUT: '" + context.utterance + "'"
            debug.println(debug.LEVEL_INFO, line, True)
            speech.log.info(line)
`;

/** A file that only grows: what was added since an offset. */
class Growing {
  constructor(path) {
    this.path = path;
  }
  size() {
    return existsSync(this.path) ? statSync(this.path).size : 0;
  }
  since(offset) {
    const length = this.size() - offset;
    if (length <= 0) return '';
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    readSync(fd, buffer, 0, length, offset);
    closeSync(fd);
    return buffer.toString('utf8');
  }
}

export async function startDesktop({ width = 1280, height = 1024, keep = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'klar-orca-'));
  const dirs = Object.fromEntries(['home', 'run', 'config', 'data', 'cache', 'orca', 'chromium'].map((name) => [name, join(root, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { mode: 0o700 });
  writeFileSync(join(dirs.orca, 'orca-customizations.py'), customizations(dirs.orca));
  writeFileSync(join(dirs.orca, 'klar_silent_speech.py'), silentSpeech);
  const env = {
    PATH: process.env.PATH,
    HOME: dirs.home,
    XDG_RUNTIME_DIR: dirs.run,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    LANG: 'C.UTF-8', // Orca's own words (roles, "heading level 2") in English, whatever the machine's locale.
    LANGUAGE: 'en',
    GSETTINGS_BACKEND: 'memory',
    TZ: 'UTC',
  };
  const processes = new Processes(root, env);
  const start = (...args) => processes.start(...args);

  /** The first line of a child's stream (or what matches), or an error after `ms`. */
  const firstLine = (child, stream, pattern = /^(.+)$/m, ms = 20000) =>
    new Promise((done, fail) => {
      let text = '';
      const timer = setTimeout(() => fail(new Error(`${child.name} did not start (see ${root}/${child.name}.out)`)), ms);
      stream.on('data', (chunk) => {
        const found = (text += chunk).match(pattern);
        if (found) clearTimeout(timer), done(found[1]);
      });
      child.once('exit', (code) => fail(new Error(`${child.name} exited with ${code}`)));
    });

  async function stop() {
    await processes.stop();
    if (keep) console.log(`Orca's logs and the processes' output are kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  try {
    const xvfb = start('xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], ['ignore', 'ignore', 'pipe', 'pipe']);
    env.DISPLAY = `:${await firstLine(xvfb, xvfb.stdio[3])}`;
    const dbus = start('dbus', 'dbus-daemon', ['--session', '--nofork', '--print-address=1', `--address=unix:path=${join(root, 'bus')}`]);
    env.DBUS_SESSION_BUS_ADDRESS = await firstLine(dbus, dbus.stdout);
    const atspi = start('at-spi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await until(() => run('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], { env }).then(() => true, () => false), 'the AT-SPI bus starting', { child: atspi });
    start('openbox', 'openbox', ['--sm-disable']);
    const debugLog = new Growing(join(dirs.orca, 'debug.log'));
    const speechLog = new Growing(join(dirs.orca, 'speech.log'));
    const orca = start('orca', 'orca', ['-u', dirs.orca]);
    await until(() => debugLog.since(0).includes('ORCA: Starting registry'), 'Orca starting', { child: orca });
    const chromium = start('chromium', browsers.chromium.executable, [
      '--force-renderer-accessibility',
      '--no-sandbox',
      `--user-data-dir=${dirs.chromium}`,
      `--window-size=${width},${height}`,
      '--window-position=0,0',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,MediaRouter',
      '--password-store=basic',
      '--remote-debugging-port=0',
      'about:blank',
    ]);
    const endpoint = await firstLine(chromium, chromium.stderr, /DevTools listening on (ws:\S+)/);
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null });
    const [page] = await browser.pages();
    const orcaDesk = new OrcaDesk({ env, page, debugLog, speechLog });
    return { page, orca: orcaDesk, stop: async () => (await browser.disconnect().catch(() => {}), stop()) };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Keys to the focused window as a person types them, and what Orca says in answer. */
class OrcaDesk {
  constructor({ env, page, debugLog, speechLog }) {
    Object.assign(this, { env, page, debugLog, speechLog });
  }

  /** Waits until Orca's debug log has been still for `quiet` ms (at most `max` ms). */
  async settle({ quiet = 250, max = 8000 } = {}) {
    const end = Date.now() + max;
    let size = this.debugLog.size();
    let still = Date.now();
    while (Date.now() < end) {
      await sleep(10);
      const now = this.debugLog.size();
      if (now !== size) (size = now), (still = Date.now());
      else if (Date.now() - still >= quiet) return;
    }
  }

  /**
   * Presses `key` (xdotool's names) and returns what Orca said in answer: waits until Orca has
   * handled the key's release and its log has been still for `quiet` ms. Orca answers its own
   * commands at once; keys it passes to the page (Tab, Enter, arrows) are answered when the
   * browser's events come back, so those wait longer, and Tab and arrows (which move the focus)
   * for Orca's first word.
   */
  async press(key, { quiet = /^(Tab|Return|Left|Right)$/.test(key) ? 250 : 150, speaks = /^(Tab|Left|Right)$/.test(key) } = {}) {
    const debugFrom = this.debugLog.size();
    const speechFrom = this.speechLog.size();
    await run('xdotool', ['key', key], { env: this.env });
    const end = Date.now() + 5000;
    while (!this.debugLog.since(debugFrom).includes('PROCESS ATSPI_KEY_RELEASED_EVENT') && Date.now() < end) await sleep(10);
    while (speaks && this.speechLog.size() === speechFrom && Date.now() < end) await sleep(10);
    await this.settle({ quiet });
    return utterances(this.speechLog.since(speechFrom));
  }

  /** Whether Orca is in focus mode (keys go to the page), as its last logged event says. */
  inFocusMode() {
    const tail = this.debugLog.since(Math.max(0, this.debugLog.size() - 200000));
    return [...tail.matchAll(/_inFocusMode: (True|False)/g)].at(-1)?.[1] === 'True';
  }

  /** The object Orca has as the reader's focus, "[role | name]", as its last logged event says. */
  locus() {
    const tail = this.debugLog.since(Math.max(0, this.debugLog.size() - 200000));
    return [...tail.matchAll(/EVENT MANAGER: locusOfFocus: (\[.*?\]) activeScript/g)].at(-1)?.[1];
  }

  /** What Orca said while `work` ran and until it fell still. */
  async during(work, { quiet = 400 } = {}) {
    const speechFrom = this.speechLog.size();
    await work();
    await this.settle({ quiet });
    return utterances(this.speechLog.since(speechFrom));
  }

  /** Clicks at the page's viewport point (x, y), in CSS pixels: puts keyboard focus in the page. */
  async click(x, y) {
    const at = await this.page.evaluate(() => ({ left: window.screenX + (window.outerWidth - window.innerWidth), top: window.screenY + window.outerHeight - window.innerHeight }));
    await run('xdotool', ['mousemove', String(at.left + x), String(at.top + y), 'click', '1'], { env: this.env });
  }
}

/**
 * The speech log's lines, "SPEECH OUTPUT: 'text'", as the texts; live-region messages last, as
 * "(live region) text"; a say-all that starts over as a note in brackets.
 */
function utterances(text) {
  const said = [];
  const live = [];
  let inLive = false;
  for (const [line, kind, words] of text.matchAll(/^(?:(SPEECH OUTPUT|SAY ALL STARTS OVER): '(.*)'|LIVE REGION [{}])$/gm)) {
    if (!kind) inLive = line.endsWith('{');
    else if (kind === 'SAY ALL STARTS OVER') said.push(`[say-all comes back to "${words}" and would read on from there, again and again: stopped]`);
    else if (inLive) live.push(`(live region) ${words}`);
    else said.push(words);
  }
  return [...said, ...live];
}
