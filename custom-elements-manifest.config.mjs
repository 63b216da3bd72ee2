// The manifest is generated from the JSDoc in src/: elements and the base classes they inherit
// attributes from. Storybook's docs and the README's tables read it.
export default {
  globs: ['src/elements/**/*.ts', 'src/core/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
};
