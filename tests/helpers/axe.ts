import 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import { axeRunOptions } from './axe-rules.js';

// axe-core has no ES default export; its UMD build sets window.axe.
const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 3)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
    .join('\n');
  return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
}

/** Runs the shared rule set over the whole page and fails with a readable list of violations. */
export async function expectNoAxeViolations(label: string): Promise<AxeResults> {
  const results = await axe.run(document, { ...axeRunOptions, resultTypes: ['violations'] });
  if (results.violations.length > 0) {
    throw new Error(`${label}: ${results.violations.length} axe violation(s)\n${results.violations.map(describeViolation).join('\n')}`);
  }
  return results;
}
