/**
 * Ends the test output with plain counts per browser and in total ("N passed, N failed"),
 * so a person or CI can read the result from the last line.
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const name = session.browser.name;
        const totals = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = { ...totals };
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no test results: count it as one failure.
        if (!session.passed && totals.failed === before.failed) totals.failed += 1;
        perBrowser.set(name, totals);
      }
      const line = (t) => `${t.passed} passed, ${t.failed} failed` + (t.skipped ? `, ${t.skipped} skipped` : '');
      for (const [name, totals] of perBrowser) {
        console.log(`${name.split(' ')[0]}: ${line(totals)}`);
        for (const key of Object.keys(total)) total[key] += totals[key];
      }
      console.log(`total: ${line(total)}`);
    },
  };
}
