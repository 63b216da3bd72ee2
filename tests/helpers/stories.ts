import type { TemplateResult } from 'lit';

// Served by the klar-stories-index plugin in web-test-runner.config.mjs.
const STORIES_INDEX = '/__klar/stories.js';
interface StoriesIndex {
  storyFiles: { file: string; load: () => Promise<Record<string, unknown>> }[];
}

/** One story, composed the way Storybook composes it (meta args and render, story overrides). */
export interface LoadedStory {
  id: string;
  title: string;
  name: string;
  /** Locales the story is pinned to with `globals.locale`; undefined means every locale. */
  locales?: string[];
  template: () => TemplateResult;
}

interface StoryAnnotations {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  globals?: { locale?: string };
}

/** A story of a stories module, composed as Storybook composes it. */
export function composeStory(module: Record<string, unknown>, exportName: string, file = ''): LoadedStory {
  const meta = module.default as StoryAnnotations & { title: string };
  const story = module[exportName] as StoryAnnotations;
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${file}: story ${exportName} has no render function`);
  const args = { ...meta.args, ...story.args };
  return {
    id: `${file.replace('.stories.ts', '')}--${exportName}`,
    title: meta.title,
    name: story.name ?? exportName,
    locales: story.globals?.locale ? [story.globals.locale] : undefined,
    template: () => render(args, { args, globals: story.globals ?? {} }),
  };
}

export async function loadStories(): Promise<LoadedStory[]> {
  const { storyFiles } = (await import(STORIES_INDEX)) as StoriesIndex;
  const stories: LoadedStory[] = [];
  for (const { file, load } of storyFiles) {
    const module = await load();
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      stories.push(composeStory(module, exportName, file));
    }
  }
  return stories;
}
