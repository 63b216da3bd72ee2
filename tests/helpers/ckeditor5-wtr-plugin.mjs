/**
 * Test-server plugin for tests/cms-ckeditor5.test.ts. CKEditor 5's npm entry (`ckeditor5`)
 * re-exports some sixty packages, and one of their dependencies is CommonJS (fuzzysort, behind
 * the emoji feature), which a browser cannot import as a module. Its browser build is the same
 * API in one self-contained ES module: the bare `ckeditor5` import resolves to that (one file
 * instead of a few hundred, so the test file also loads faster).
 */
export function ckeditor5BrowserBuildPlugin() {
  return {
    name: 'klar-ckeditor5-browser-build',
    resolveImport({ source }) {
      return source === 'ckeditor5' ? '/node_modules/ckeditor5/dist/browser/ckeditor5.js' : undefined;
    },
  };
}
