/**
 * Ends the test output with each failed test (file, browser, name, first line of its error) and
 * plain counts per browser and in total ("N passed, N failed"), so a person or CI that keeps only
 * the end of a long log still reads what failed.
 */
function count(suite, totals, failed, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failed.push(`${[...here, test.name].join(' › ')}: ${(test.error?.message ?? 'failed').split('\n')[0].slice(0, 300)}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, failed, here);
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
        const failed = [];
        if (session.testResults) count(session.testResults, totals, failed);
        // A file that failed to load has no test results: count it as one failure.
        if (!session.passed && totals.failed === before.failed) {
          totals.failed += 1;
          failed.push(`did not run: ${(session.errors?.[0]?.message ?? 'failed to load').split('\n')[0]}`);
        }
        for (const what of failed) console.log(`FAILED ${session.testFile.replace(process.cwd() + '/', '')} [${name.split(' ')[0]}] ${what}`);
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
