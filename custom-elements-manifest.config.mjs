// The manifest is generated from the JSDoc in src/: elements and the base classes they inherit
// attributes from. Storybook's docs and editors read it, so it lists only the public API.
const publicApiOnly = {
  name: 'klar-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => (!member.privacy || member.privacy === 'public') && !member.static
        );
      }
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts', 'src/core/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly],
};
