// Real speech for the read-aloud tests: a PulseAudio server with a null sink (no sound card
// needed) and speech-dispatcher with espeak-ng, both private to this run (their own runtime
// dir), so Debian Chromium and Firefox ESR speak with real voices and the sink's monitor can be
// recorded. Every process is started in its own session and stopped by its PID.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from '../debian.mjs';
import { Processes, signalGroup, sleep, until } from './processes.mjs';

export const SPEECH_PACKAGES = [
  { file: '/usr/bin/pulseaudio', debianPackage: 'pulseaudio' },
  { file: '/usr/bin/parec', debianPackage: 'pulseaudio-utils' },
  { file: '/usr/bin/speech-dispatcher', debianPackage: 'speech-dispatcher' },
  { file: '/usr/bin/spd-say', debianPackage: 'speech-dispatcher' },
  { file: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng', debianPackage: 'speech-dispatcher-espeak-ng' },
  { file: '/usr/bin/espeak-ng', debianPackage: 'espeak-ng' },
];

const SINK = 'klar';
const RATE = 16000;

/** The environment a process needs to reach this run's PulseAudio and speech-dispatcher. */
export function speechEnv(dir) {
  return { XDG_RUNTIME_DIR: dir, PULSE_SERVER: `unix:${join(dir, 'pulse', 'native')}`, PULSE_SINK: SINK };
}

/** Starts PulseAudio (null sink) and speech-dispatcher; `stop()` (async) ends both and removes the dir. */
export async function startSpeechStack() {
  ensureDebianPackages(SPEECH_PACKAGES, 'The read-aloud tests with real voices');
  const dir = mkdtempSync(join(tmpdir(), 'klar-speech-'));
  const env = { ...process.env, HOME: dir, ...speechEnv(dir) };
  const processes = new Processes(dir, env);
  const stop = async () => {
    await processes.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const pulse = processes.start('pulseaudio', 'pulseaudio', [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '-n',
      '--load=module-native-protocol-unix',
      `--load=module-null-sink sink_name=${SINK}`,
      '--log-target=stderr',
    ]);
    await until(() => spawnSync('pactl', ['info'], { env }).status === 0, 'PulseAudio starting', { child: pulse, ms: 10_000 });
    spawnSync('pactl', ['set-default-sink', SINK], { env });
    // -s: stays in the foreground (its PID is ours to stop); -t 0: never exits on its own.
    const dispatcher = processes.start('speech-dispatcher', 'speech-dispatcher', ['-s', '-t', '0']);
    await until(() => existsSync(join(dir, 'speech-dispatcher', 'speechd.sock')), 'speech-dispatcher starting', { child: dispatcher, ms: 10_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { dir, env, stop };
}

/**
 * Records the null sink's monitor (what speech-dispatcher played) until `stop()`, which says how
 * long it recorded and how much of it was sound: the seconds whose loudest sample is above a
 * whisper (1 % of full scale).
 */
export function record(dir) {
  const file = join(dir, `recording-${Date.now()}.raw`);
  const env = { ...process.env, ...speechEnv(dir) };
  const child = spawn('sh', ['-c', `exec parec -d ${SINK}.monitor --raw --format=s16le --channels=1 --rate=${RATE} > "${file}"`], {
    env,
    detached: true,
    stdio: 'ignore',
  });
  return {
    async stop() {
      signalGroup(child);
      await sleep(200);
      const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      rmSync(file, { force: true });
      const samples = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 2));
      let audibleSeconds = 0;
      let peak = 0;
      for (let start = 0; start < samples.length; start += RATE) {
        let loudest = 0;
        for (let index = start; index < Math.min(start + RATE, samples.length); index++) loudest = Math.max(loudest, Math.abs(samples[index]));
        if (loudest > 327) audibleSeconds += 1;
        peak = Math.max(peak, loudest);
      }
      return { seconds: samples.length / RATE, audibleSeconds, peak: peak / 32768 };
    },
  };
}

/** Says `text` straight through speech-dispatcher (not a browser): is it still usable? */
export function spdSay(dir, text, lang = 'da') {
  const result = spawnSync('spd-say', ['-w', '-l', lang, text], { env: { ...process.env, ...speechEnv(dir) }, timeout: 20_000 });
  return { ok: result.status === 0, timedOut: result.error?.code === 'ETIMEDOUT' };
}
