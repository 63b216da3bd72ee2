import type { StorybookConfig } from '@storybook/web-components-vite';

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
};

export default config;
