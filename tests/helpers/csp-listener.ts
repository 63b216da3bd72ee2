/**
 * The first module of the strict-CSP page (scripts/wtr-csp-plugin.mjs): it records every
 * Content Security Policy violation from here on, before anything else runs.
 */
export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  /** Where it came from: the element, or the script file and line. */
  source: string;
}

export const violations: Violation[] = [];

function describe(target: EventTarget | null): string {
  if (!(target instanceof Element)) return target === document ? 'document' : String(target);
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
  const classes = target.classList.length ? `.${[...target.classList].join('.')}` : '';
  return `${host}${target.localName}${classes}`;
}

// Captured on the document: the event bubbles out of shadow roots (it is composed).
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const file = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${describe(event.composedPath()[0] ?? event.target)}${file}`,
    });
  },
  true
);
