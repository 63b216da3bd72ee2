/**
 * The one rule set for every accessibility check in Klar: the test matrix and Storybook's
 * accessibility panel both use it. WCAG 2.0/2.1/2.2 A and AA, best practices, and the AAA
 * contrast rule (7:1 for text).
 *
 * Rule exceptions: none. Each exception added here needs a line saying why.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const axeRunOptions = {
  runOnly: { type: 'tag' as const, values: AXE_TAGS },
  rules: { 'color-contrast-enhanced': { enabled: true } },
};
