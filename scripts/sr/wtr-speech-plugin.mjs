// Server commands for tests/speech/: record what speech-dispatcher plays, and speak through it
// directly (is it still usable after a browser paused and stopped?). The runtime dir of this
// run's speech-dispatcher comes from scripts/sr/run.mjs in KLAR_SPEECH_DIR.
import { record, spdSay } from './speech-stack.mjs';

export function speechPlugin() {
  const recordings = new Map();
  return {
    name: 'klar-speech',
    async executeCommand({ command, session }) {
      if (!command.startsWith('klar-speech-')) return undefined;
      const dir = process.env.KLAR_SPEECH_DIR;
      if (!dir) throw new Error('No speech-dispatcher for this run: run the speech tests with `npm run test:sr`.');
      if (command === 'klar-speech-record') {
        recordings.set(session.id, record(dir));
        return true;
      }
      if (command === 'klar-speech-recorded') {
        const recording = recordings.get(session.id);
        recordings.delete(session.id);
        return recording ? recording.stop() : null;
      }
      if (command === 'klar-speech-say') {
        const recording = record(dir);
        const said = spdSay(dir, 'Oplæsningen virker stadig.');
        return { ...said, ...(await recording.stop()) };
      }
      return undefined;
    },
  };
}
