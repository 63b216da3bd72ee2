// Two outputs from the same sources:
// - dist/klar.js: one minified module with Lit inside that defines every element;
// - dist/elements/<tag>.js: one element each, sharing common code in dist/elements/shared/.
// Translations stay separate lazy chunks (locales/<lang>.js) beside each, loaded relative to
// the script's own URL, so the files work from any host path.
import { readdirSync } from 'node:fs';
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
    plugins: plugins(),
  },
];
