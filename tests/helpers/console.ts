import type { KlarErrorDetail } from '../../src/core/errors.js';

/** Records console warnings and errors (as their first argument) until `restore()`. */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  console.error = (...args: unknown[]) => errors.push(String(args[0]));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/**
 * Runs `run` with the console captured and every `klar-error` collected, then puts both back:
 * the shape of every bad-input test.
 */
export async function withKlarErrors(
  run: (errors: KlarErrorDetail[], console: ReturnType<typeof captureConsole>) => Promise<void>
): Promise<void> {
  const console = captureConsole();
  const errors: KlarErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<KlarErrorDetail>).detail);
  document.addEventListener('klar-error', listener);
  try {
    await run(errors, console);
  } finally {
    document.removeEventListener('klar-error', listener);
    console.restore();
  }
}
