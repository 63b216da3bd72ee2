import type { ReactiveController, ReactiveControllerHost } from 'lit';

const slotOf = (node: Node): string | null => (node instanceof Element ? node.getAttribute('slot') : null);

/**
 * Knows which named slots the author filled, and re-renders the element when its children
 * change, so frames around optional slots (a source line, say) appear only with content and
 * the element's checks see the content it holds.
 *
 * A render depends on the children as they were then. `slotchange` also fires when the slots a
 * first render creates get their nodes, with nothing changed: that costs no second render.
 */
export class SlotController implements ReactiveController {
  /** The children, and their `slot`, when the element last rendered. */
  #renderedChildren: readonly Node[] = [];
  #renderedSlots: readonly (string | null)[] = [];

  readonly #onSlotChange = () => {
    const children = this.host.childNodes;
    const changed =
      children.length !== this.#renderedChildren.length ||
      this.#renderedChildren.some((child, index) => children[index] !== child || slotOf(child) !== this.#renderedSlots[index]);
    if (changed) this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Whether the author put anything in slot `name`. */
  has(name: string): boolean {
    for (const child of this.host.children) if (child.getAttribute('slot') === name) return true;
    return false;
  }

  hostConnected(): void {
    // slotchange bubbles inside the shadow root: one listener serves every slot.
    this.host.renderRoot.addEventListener('slotchange', this.#onSlotChange);
  }

  hostUpdated(): void {
    this.#renderedChildren = [...this.host.childNodes];
    this.#renderedSlots = this.#renderedChildren.map(slotOf);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.#onSlotChange);
  }
}
