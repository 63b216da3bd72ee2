// `npm run test:sr`: what a screen reader and a speech engine really say.
// 1. Read aloud with real voices (tests/speech/, Chromium and Firefox) against a private
//    speech-dispatcher and PulseAudio null sink.
// 2. Orca's transcripts per element, against the reviewed snapshots in tests/sr/
//    (scripts/sr/orca.mjs; `npm run test:sr -- --update` rewrites them).
// Everything started here is stopped here, by PID; nothing else is touched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startSpeechStack } from './speech-stack.mjs';

const update = process.argv.includes('--update');
const failed = [];

const stack = await startSpeechStack();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => stack.stop().then(() => process.exit(code)));
try {
  console.log('== read aloud with real voices (Chromium, Firefox)');
  const speech = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.speech.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ...stack.env, HOME: process.env.HOME, KLAR_SPEECH_DIR: stack.dir },
  });
  if (speech.status !== 0) failed.push('read aloud with real voices');
} finally {
  await stack.stop();
}

console.log('\n== Orca transcripts');
if (!existsSync('dist/klar.js')) {
  console.log('dist/klar.js is missing: building it first (npm run build)');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) failed.push('npm run build');
}
const orca = spawnSync('node', ['scripts/sr/orca.mjs', ...(update ? ['--update'] : [])], { stdio: 'inherit' });
if (orca.status !== 0) failed.push('Orca transcripts');

if (failed.length) {
  console.error(`test:sr: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('test:sr: all ok');
