// The manifest is generated from the JSDoc in src/: elements and the base classes they inherit
// attributes from. Storybook's docs and editors read it, so it lists only the public API.
const publicApiOnly = {
  name: 'klar-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.static;
        // Lit state (`{ state: true }` in static properties) is read as an attribute: it is none.
        const internal = new Set(declaration.members.filter((member) => !isPublic(member)).map((member) => member.name));
        declaration.members = declaration.members.filter(isPublic);
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
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
