import { executeServerCommand } from '@web/test-runner-commands';

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  selected?: boolean;
  children?: AXNode[];
}

// Nodes a screen reader does not announce by themselves; their children are kept.
const TRANSPARENT = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'ListMarker', 'paragraph']);

/**
 * A name as it is spoken: runs of white space are one space. (Text not yet drawn, off screen,
 * keeps its source line breaks in Chromium's tree; a screen reader says it the same.)
 */
const spoken = (name: string | undefined) => name?.replace(/\s+/g, ' ').trim() ?? '';

function lines(node: AXNode, depth: number, out: string[]): void {
  const children = node.children ?? [];
  if (node.role === 'StaticText') {
    // A list item's or heading's own text is already in its name.
    if (spoken(node.name)) out.push(`${'  '.repeat(depth)}text "${spoken(node.name)}"`);
    return;
  }
  if (TRANSPARENT.has(node.role)) {
    for (const child of children) lines(child, depth, out);
    return;
  }
  // A list item has no name of its own in Chromium: say its text, as a screen reader does.
  const label = node.role === 'listitem' ? text(node) : spoken(node.name);
  const name = label ? ` "${label}"` : '';
  const level = node.level && node.role === 'heading' ? ` level=${node.level}` : '';
  const selected = node.role === 'tab' ? (node.selected ? ' selected' : ' not selected') : '';
  out.push(`${'  '.repeat(depth)}${node.role}${name}${level}${selected}`);
  // Text inside a named heading or list item repeats its name: leave it out.
  // A named heading, tab or list item says its text in its name: its inner nodes add nothing.
  if (node.role === 'listitem' || (['heading', 'tab'].includes(node.role) && name)) return;
  for (const child of children) lines(child, depth + 1, out);
}

function text(node: AXNode): string {
  if (node.role === 'StaticText') return spoken(node.name);
  return (node.children ?? []).map(text).filter(Boolean).join(' ');
}

/**
 * What a screen reader gets below `selector`, as an indented outline of roles, names and
 * levels (Chromium's accessibility tree; Firefox's is not reachable over WebDriver BiDi).
 */
export async function accessibilityOutline(selector: string): Promise<string> {
  const tree = await executeServerCommand<AXNode, { selector: string }>('klar-accessibility-tree', { selector });
  const out: string[] = [];
  if (tree) lines(tree, 0, out);
  return out.join('\n');
}
