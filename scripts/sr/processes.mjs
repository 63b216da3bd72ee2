// The processes a check starts for itself (PulseAudio, speech-dispatcher, Xvfb, Orca, …): each in
// a process group of its own, its output in `<dir>/<name>.out`, and stopped by its own PID — never
// anybody else's (no `pkill`, no `orca --replace`).
import { spawn } from 'node:child_process';
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Ends a process group: it and what it started. Quiet when it is gone already. */
export function signalGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Waits until `test()` (sync or async) is true; fails at once if `child` exits, else after `ms`. */
export async function until(test, what, { child, ms = 30_000 } = {}) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (child && child.exitCode !== null) throw new Error(`${what}: ${child.name} exited with ${child.exitCode}${child.lastWords()}`);
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms / 1000} s${child?.lastWords() ?? ''}`);
    await sleep(50);
  }
}

export class Processes {
  #children = [];

  /** `dir` holds the output files; `env` is every process's whole environment. */
  constructor(dir, env) {
    this.dir = dir;
    this.env = env;
    // Last resort when the run dies without stop(): nothing of ours is left running.
    process.once('exit', () => this.#children.forEach((child) => signalGroup(child, 'SIGKILL')));
  }

  /** Starts `command` detached, in a group of its own; `stdio` as spawn's (pipes are logged). */
  start(name, command, args, stdio = ['ignore', 'pipe', 'pipe']) {
    const child = spawn(command, args, { env: this.env, detached: true, stdio });
    const out = openSync(join(this.dir, `${name}.out`), 'a');
    let tail = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk) => {
        writeSync(out, chunk);
        tail = (tail + chunk).slice(-2000);
      });
    }
    child.name = name;
    /** Its last line of output, for an error message. */
    child.lastWords = () => (tail.trim() ? ` (${name}: ${tail.trim().split('\n').at(-1)})` : '');
    child.exited = new Promise((done) => child.once('exit', done));
    child.once('error', (error) => console.error(`${name}: ${error.message}`));
    this.#children.push(child);
    return child;
  }

  /** Stops every process started here, last first: SIGTERM, then SIGKILL after 3 s. */
  async stop() {
    for (const child of this.#children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      signalGroup(child);
      if ((await Promise.race([child.exited.then(() => true), sleep(3000)])) !== true) signalGroup(child, 'SIGKILL');
    }
    this.#children = [];
  }
}
