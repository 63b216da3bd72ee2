import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import customElements from '../custom-elements.json';
import { axeRunOptions } from '../tests/helpers/axe-rules.js';
import { applyPageSettings, LOCALE_NAMES, LOCALES, THEMES, type StoryTheme } from '../stories/support/page-settings.js';
import '../stories/support/themes.css';
import '../stories/support/layout.css';

// Docs (attributes, slots, parts, CSS properties, events) come from the code's JSDoc.
setCustomElementsManifest(customElements);

/** The toolbar sets what a host page sets: <html lang>, data-klar-easy-read and the theme. */
const withPageSettings: Decorator = (story, context) => {
  applyPageSettings({
    locale: context.globals.locale ?? 'da',
    easyRead: context.globals.easyRead === 'on',
    theme: (context.globals.theme ?? 'standard') as StoryTheme,
  });
  return story();
};

const preview: Preview = {
  decorators: [withPageSettings],
  initialGlobals: { locale: 'da', easyRead: 'off', theme: 'standard' },
  globalTypes: {
    locale: {
      description: 'Sprog (sidens <html lang>)',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: `${LOCALE_NAMES[locale]} (${locale})` })),
        dynamicTitle: true,
      },
    },
    easyRead: {
      description: 'Let læst (data-klar-easy-read på <html>)',
      toolbar: {
        title: 'Let læst',
        icon: 'eye',
        items: [
          { value: 'off', title: 'Let læst: fra' },
          { value: 'on', title: 'Let læst: til' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema (kommunens --klar-* farver)',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // The same rule set as the test matrix (tests/helpers/axe-rules.ts), with two page-level
      // rules off here only: a story is a fragment, not a page. The matrix renders each story in
      // a page with <main> and <h1>, where these two rules do run.
      options: axeRunOptions,
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
      test: 'error',
    },
    docs: { toc: true },
  },
};

export default preview;
