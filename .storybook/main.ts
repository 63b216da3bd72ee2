import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `sideEffects` in package.json names the shipped files only, so Vite would treat the sources'
 * define modules (imported by the stories for their side effect: defining the tag) as free to
 * drop. They are the same code as dist/elements/*.js: say so here, not in the package.
 */
const definesHaveSideEffects = (): Plugin => ({
  name: 'klar-defines-have-side-effects',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && /\/src\/(klar\.ts|generated\/elements\.ts|elements\/[^/]+\/define\.ts)$/.test(resolved.id)) return { ...resolved, moduleSideEffects: true };
    return resolved;
  },
});

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/introduktion.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // JSON files the stories load with src, at the same paths as in the tests and the demo.
  staticDirs: [
    { from: '../demo/json', to: '/demo/json' },
    { from: '../stories/json', to: '/stories/json' },
  ],
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [definesHaveSideEffects(), ...(viteConfig.plugins ?? [])] }),
};

export default config;
