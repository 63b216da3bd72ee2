/**
 * The test runner sends each failure's `actual` and `expected` to the terminal through
 * `structuredClone`, which throws on a DOM node: a failed `expect(button).to.equal(null)` then
 * never reaches the terminal, and the whole file hangs until the runner's timeout, with no word
 * of which test failed. This root hook turns such values into a short description first.
 * web-test-runner.config.mjs imports it into every test file.
 */
const describeValue = (value: unknown): string =>
  value instanceof Element
    ? `<${value.localName}${[...value.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('')}>`
    : value instanceof Node
      ? `${value.nodeName} "${value.textContent?.slice(0, 80)}"`
      : String(value);

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    if (key in error && !cloneable(error[key])) error[key] = describeValue(error[key]);
  }
});
