import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows which named slots the author filled, and re-renders the element when that changes,
 * so frames around optional slots (a source line, say) appear only when there is content.
 */
export class SlotController implements ReactiveController {
  private readonly onSlotChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Whether the author put anything in slot `name`. */
  has(name: string): boolean {
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    // slotchange bubbles inside the shadow root: one listener serves every slot.
    this.host.renderRoot.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.onSlotChange);
  }
}
