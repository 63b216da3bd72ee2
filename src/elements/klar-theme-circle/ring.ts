/** How many themes a circle holds. */
export const MIN_THEMES = 2;
export const MAX_THEMES = 8;

/** The geometry of the ring, in the drawing's own units (a 400 × 400 square). */
export const RING = { size: 400, center: 200, outer: 196, inner: 80 } as const;

export interface Segment {
  /** The SVG path of the annular sector. */
  path: string;
  /** Where the label sits, in per cent of the ring's width and height (left-to-right). */
  labelX: number;
  labelY: number;
  /** How wide the label may be, in per cent of the ring's width: what the segment leaves across. */
  labelWidth: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

const point = (radius: number, degrees: number) =>
  [RING.center + radius * Math.cos(radians(degrees)), RING.center + radius * Math.sin(radians(degrees))]
    .map((value) => value.toFixed(2))
    .join(' ');

function layout(count: number, start: number): Segment[] {
  const step = 360 / count;
  const { outer, inner, center, size } = RING;
  const middle = (outer + inner) / 2;
  return Array.from({ length: count }, (_, index) => {
    const from = start + index * step;
    const to = from + step;
    const large = step > 180 ? 1 : 0;
    const mid = radians((from + to) / 2);
    // Across a segment, a label has the chord of the wedge at mid radius, and no more than the
    // band's thickness seen along the horizontal at that angle.
    const chord = 2 * middle * Math.sin(radians(Math.min(step, 180) / 2));
    const band = (outer - inner) / Math.max(Math.abs(Math.cos(mid)), 0.01);
    return {
      path:
        `M ${point(outer, from)} A ${outer} ${outer} 0 ${large} 1 ${point(outer, to)} ` +
        `L ${point(inner, to)} A ${inner} ${inner} 0 ${large} 0 ${point(inner, from)} Z`,
      labelX: ((center + middle * Math.cos(mid)) / size) * 100,
      labelY: ((center + middle * Math.sin(mid)) / size) * 100,
      labelWidth: (Math.min(chord, band) * 0.9 * 100) / size,
    };
  });
}

/**
 * `count` equal segments, clockwise from the top: the first either centred at the top or
 * starting there, whichever leaves the narrowest label more room (four themes become quadrants,
 * so no label sits in the thin side of the band). Right to left is the same drawing mirrored by
 * CSS, so its themes run counter-clockwise, in reading order.
 */
export function segments(count: number): Segment[] {
  const step = 360 / count;
  const room = (layout: Segment[]) => Math.min(...layout.map((segment) => segment.labelWidth));
  const centred = layout(count, -90 - step / 2);
  const fromTop = layout(count, -90);
  return room(fromTop) > room(centred) + 0.5 ? fromTop : centred;
}
