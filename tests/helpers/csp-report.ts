/**
 * What the strict-CSP page (tests/helpers/csp-page.ts) reports to tests/csp.test.ts, and the
 * measurement both pages take, so the page with the policy and the page without compare alike.
 */
import type { Violation } from './csp-listener.js';

/** Where scripts/wtr-csp-plugin.mjs serves the page, and the policy it must send (the test checks the header). */
export const CSP_PAGE = '/__klar-csp.html';
export const CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html klar";

/** Stories whose layout must not depend on the policy, and the column they are measured in. */
export const GEOMETRY_STORIES = ['klar-theme-circle--Medborgerskab', 'klar-fact--Rygere'];
export const GEOMETRY_WIDTH = 960;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes in the element's shadow root, relative to its ring (circle) or bar (fact). */
export interface Geometry {
  /** The frame the others are measured from. */
  frame: Box;
  /** Tab buttons of a circle, or the bar's fill of a fact. */
  parts: Box[];
}

export interface StoriesReport {
  stories: number;
  renders: number;
  violations: Violation[];
  geometry: Record<string, Geometry>;
  /** Klar elements that were not defined or never rendered a shadow root: a sign the page did not work. */
  unrendered: string[];
}

export interface ProbeReport {
  /** A Lit template with a literal style attribute, as stories had. */
  templateStyleAttribute: Violation[];
  /** styleMap's first render, which writes a style attribute, as klar-fact and klar-theme-circle did. */
  styleMapFirstRender: Violation[];
  /** style.setProperty through the CSSOM: allowed, and applied. */
  cssom: { violations: Violation[]; applied: boolean };
  /** innerHTML with a plain string: a violation where Trusted Types are enforced. */
  innerHTML: { violations: Violation[]; threw: boolean; trustedTypesApi: boolean };
}

const box = (rect: DOMRect, from: DOMRect): Box => ({
  x: rect.left - from.left,
  y: rect.top - from.top,
  width: rect.width,
  height: rect.height,
});

export function measure(container: HTMLElement): Geometry | undefined {
  const circle = container.querySelector('klar-theme-circle')?.shadowRoot;
  const fact = container.querySelector('klar-fact')?.shadowRoot;
  const frame = circle?.querySelector('[part="ring"]') ?? fact?.querySelector('[part="bar"]');
  if (!frame) return undefined;
  const from = frame.getBoundingClientRect();
  const parts = [...(circle ?? fact)!.querySelectorAll(circle ? '[role="tab"]' : '.fill')];
  return { frame: box(from, from), parts: parts.map((part) => box(part.getBoundingClientRect(), from)) };
}

