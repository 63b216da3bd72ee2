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
