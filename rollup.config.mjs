// The outputs, from the same sources:
// - dist/klar.js: one minified module with Lit inside that defines every element, for a page's
//   one <script type="module"> (CMS pages): self-contained, nothing to resolve;
// - dist/elements/<tag>.js: one element each, sharing common code in dist/elements/shared/;
// - dist/index.js: what `import 'klar-elements'` gives a bundler. It imports the element files
//   above instead of holding a copy of everything, so an app that imports the package and a
//   single element (`klar-elements/elements/klar-fact`) bundles one Lit and one Klar core;
// - dist/node.js: what Node gets for every element import (server rendering): no element is
//   defined, every export is there and undefined, nothing touches the DOM;
// - dist/cms/<editor>.js: the rich-text editor configurations (src/cms/*.ts), the editors
//   themselves left to the app, shared code in dist/cms/shared/.
// Translations stay separate lazy chunks (locales/<lang>.js) beside each, loaded relative to
// the script's own URL, so the files work from any host path.
import { existsSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { messages } from './scripts/rollup-messages.mjs';

const elementEntries = Object.fromEntries(
  readdirSync('src/elements').map((tag) => [tag, `src/elements/${tag}/define.ts`])
);

const isLocale = (chunk) => chunk.facadeModuleId?.includes('/src/generated/locales/');
// JSON mode, loaded the first time an element has `src` or `data`.
const isJson = (chunk) => chunk.facadeModuleId?.endsWith('/src/core/json/json-content.ts');
const chunkFileNames = (chunk) => (isLocale(chunk) ? 'locales/[name].js' : isJson(chunk) ? 'json.js' : 'shared/[name]-[hash].js');

const plugins = () => [
  nodeResolve(),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: false }),
  messages(),
  // Lit's html`` and css`` are text until the browser reads them: minify them like code.
  minifyTemplateLiterals(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

/** The names the element entries export (every one of them, for dist/node.js). */
const elementExports = new Set();
const collectElementExports = () => ({
  name: 'klar-collect-element-exports',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.exports.forEach((name) => elementExports.add(name));
  },
});

/**
 * dist/index.js from src/klar.ts, with each element's `define.js` it re-exports left as an
 * import of the built `./elements/<tag>.js`; and dist/node.js with the same export names. The
 * build fails if src/klar.ts brings any other code (it would be a second copy in an app).
 */
function indexOfElements() {
  return {
    name: 'klar-index-of-elements',
    resolveId(source, importer) {
      if (!importer) return null;
      // src/klar.ts → src/generated/elements.ts (one line per element folder) → each define.ts.
      if (importer.endsWith('/src/klar.ts') && source === './generated/elements.js') return importer.replace(/klar\.ts$/, 'generated/elements.ts');
      const element = /^\.\.\/elements\/([a-z-]+)\/define\.js$/.exec(source);
      if (element && importer.endsWith('/src/generated/elements.ts')) return { id: `./elements/${element[1]}.js`, external: true };
      this.error(`${importer} imports ${source}: dist/index.js may only re-export the element entries (src/generated/elements.ts).`);
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      return ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }).outputText;
    },
    generateBundle() {
      if (elementExports.size === 0) this.error('dist/node.js: the element build (dist/elements) must run first.');
      const unique = [...elementExports].sort();
      this.emitFile({
        type: 'asset',
        fileName: 'node.js',
        source:
          '// Klar\'s elements run in a browser. Node (server rendering, a test without a DOM) gets this\n' +
          '// module instead: it defines nothing and touches no DOM; every export is there, undefined.\n' +
          (unique.length ? `export const ${unique.map((name) => `${name} = undefined`).join(', ')};\n` : 'export {};\n'),
      });
    },
  };
}

/** The editor configurations that exist (other files may be on their way: a missing one is skipped). */
const cmsEntries = existsSync('src/cms')
  ? Object.fromEntries(
      readdirSync('src/cms')
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map((name) => [name.slice(0, -3), `src/cms/${name}`])
    )
  : {};
/** The editors are the app's (optional peer dependencies), never bundled. */
const editorPackages = /^(tinymce|ckeditor5|@ckeditor\/|@tiptap\/)/;
/**
 * CKEditor 5 touches the DOM as it is imported, so in Node (server rendering) a configuration
 * that imports it would throw: dist/cms/node/<name>.js stands in there (package.json `node`
 * condition), its exports undefined. Tiptap and TinyMCE's options load in Node as they are.
 */
const cmsNodeStubs = () => ({
  name: 'klar-cms-node-stubs',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.imports.some((id) => /^(ckeditor5|@ckeditor\/)/.test(id))) continue;
      const named = chunk.exports.filter((name) => name !== 'default');
      this.emitFile({
        type: 'asset',
        fileName: `node/${chunk.name}.js`,
        source:
          `// CKEditor 5 runs in a browser only. Node gets this module for klar-elements/cms/${chunk.name}: it imports\n` +
          '// nothing and every export is undefined.\n' +
          (chunk.exports.includes('default') ? 'export default undefined;\n' : '') +
          (named.length ? `export const ${named.map((name) => `${name} = undefined`).join(', ')};\n` : ''),
      });
    }
  },
});

export default [
  {
    input: { klar: 'src/klar.ts' },
    // Shared code stays in klar.js (lazy chunks import from it); the default would move it to a
    // chunk of its own and leave klar.js a facade, one request more.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
    },
    plugins: plugins(),
  },
  {
    input: elementEntries,
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
    },
    plugins: [...plugins(), collectElementExports()],
  },
  {
    input: 'src/klar.ts',
    output: { file: 'dist/index.js', format: 'es' },
    plugins: [indexOfElements()],
  },
  ...(Object.keys(cmsEntries).length
    ? [
        {
          input: cmsEntries,
          external: (id) => editorPackages.test(id),
          output: {
            dir: 'dist/cms',
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'shared/[name]-[hash].js',
          },
          plugins: [
            nodeResolve(),
            typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: false }),
            terser({ ecma: 2021, module: true, format: { comments: false } }),
            cmsNodeStubs(),
          ],
        },
      ]
    : []),
];
