/**
 * Serves a page under a strict Content Security Policy for tests/csp.test.ts, which loads it in
 * an iframe (the test runner's own page cannot carry the policy: it starts with inline scripts).
 *
 * The page lives at the server root, beside the test runner's page, so the relative URLs that
 * stories use (`demo/json/x.json`) resolve as they do there. It holds only same-origin external
 * module scripts: the first registers the `securitypolicyviolation` listener, the second renders
 * (tests/helpers/csp-page.ts). The test runner injects its inline scripts only into test pages,
 * and the test checks that this page arrives without any.
 */
export const CSP_PAGE = '/__klar-csp.html';

/** The policy a careful kommune site sends: nothing inline, Trusted Types for script sinks. */
export const CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html klar";

const page = `<!DOCTYPE html>
<html lang="da">
  <head>
    <meta charset="utf-8">
    <title>Klar under a strict Content Security Policy</title>
    <script type="module" src="/tests/helpers/csp-listener.ts"></script>
    <link rel="stylesheet" href="/stories/support/layout.css">
    <script type="module" src="/tests/helpers/csp-page.ts"></script>
  </head>
  <body></body>
</html>
`;

export function cspPagePlugin() {
  return {
    name: 'klar-csp-page',
    serve(context) {
      if (context.path !== CSP_PAGE) return undefined;
      return { body: page, type: 'html', headers: { 'content-security-policy': CSP_POLICY, 'cache-control': 'no-store' } };
    },
  };
}
