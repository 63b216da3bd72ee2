/** The geometry of the ring, in the drawing's own units (a 400 × 400 square). */
export const RING = { size: 400, center: 200, outer: 196, inner: 86 } as const;

export interface Segment {
  /** The SVG path of the annular sector. */
  path: string;
  /** Where the label sits, in per cent of the ring's width and height (left-to-right). */
  labelX: number;
  labelY: number;
  /** How wide the label may be, in per cent of the ring's width: what the segment leaves across. */
  labelWidth: number;
}

const point = (radius: number, degrees: number) => {
  const radians = (degrees * Math.PI) / 180;
  return [RING.center + radius * Math.cos(radians), RING.center + radius * Math.sin(radians)]
    .map((value) => value.toFixed(2))
    .join(' ');
};

/**
 * `count` equal segments, clockwise, the first centred at the top. (Right to left is the same
 * drawing mirrored by CSS, so its themes run counter-clockwise, in reading order.)
 */
export function segments(count: number): Segment[] {
  const step = 360 / count;
  const { outer, inner, center, size } = RING;
  const middle = (outer + inner) / 2;
  return Array.from({ length: count }, (_, index) => {
    const from = -90 - step / 2 + index * step;
    const to = from + step;
    const large = step > 180 ? 1 : 0;
    const mid = ((from + to) / 2) * (Math.PI / 180);
    // Across a segment, a label has the chord of the wedge at mid radius, and no more than the
    // band's thickness seen along the horizontal at that angle.
    const chord = 2 * middle * Math.sin(Math.min(step, 180) * (Math.PI / 360));
    const band = (outer - inner) / Math.max(Math.abs(Math.cos(mid)), 0.01);
    return {
      path:
        `M ${point(outer, from)} A ${outer} ${outer} 0 ${large} 1 ${point(outer, to)} ` +
        `L ${point(inner, to)} A ${inner} ${inner} 0 ${large} 0 ${point(inner, from)} Z`,
      labelX: ((center + middle * Math.cos(mid)) / size) * 100,
      labelY: ((center + middle * Math.sin(mid)) / size) * 100,
      labelWidth: (Math.min(chord, band) * 0.85 * 100) / size,
    };
  });
}
