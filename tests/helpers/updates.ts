/**
 * Counts the Lit updates of every element of `tags` from now on, by wrapping each class's
 * `update`; `stop()` unwraps them.
 */
export function countUpdates(tags: readonly string[]) {
  const counts = new Map<Element, number>();
  const patched = tags.map((tag) => {
    const prototype = customElements.get(tag)!.prototype as { update(changed: unknown): void };
    const update = prototype.update;
    prototype.update = function (this: Element, changed: unknown) {
      counts.set(this, (counts.get(this) ?? 0) + 1);
      return update.call(this, changed);
    };
    return prototype;
  });
  return {
    of: (element: Element) => counts.get(element) ?? 0,
    /** Update counts by tag: `{ 'klar-fact': [1, 1], … }`. */
    byTag(root: ParentNode) {
      const result: Record<string, number[]> = {};
      for (const element of root.querySelectorAll(tags.join(','))) (result[element.localName] ??= []).push(counts.get(element) ?? 0);
      return result;
    },
    stop: () => patched.forEach((prototype) => delete (prototype as Partial<typeof prototype>).update),
  };
}
