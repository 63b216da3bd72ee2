import '../../src/klar.js';
import { KLAR_TAGS } from '../../src/generated/tags.js';
import { KlarContentElement } from '../../src/core/klar-content-element.js';

/** Elements shown inside another element's stories, with the element whose stories show them. */
export const SHOWN_INSIDE: Readonly<Record<string, string>> = { 'klar-theme': 'klar-theme-circle' };

/** The story file that shows `tag`: its own, or its container's. */
export const storyFileOf = (tag: string): string => `${SHOWN_INSIDE[tag] ?? tag}.stories.ts`;

/** Whether `tag` is a content element (everything but the reading tools). */
export const isContent = (tag: string): boolean => customElements.get(tag)?.prototype instanceof KlarContentElement;

/** Every content element with stories of its own, one per element folder. */
export const contentTagsWithStories = (): string[] => KLAR_TAGS.filter((tag) => isContent(tag) && !SHOWN_INSIDE[tag]);

export { KLAR_TAGS };
