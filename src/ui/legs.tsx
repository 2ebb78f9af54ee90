/**
 * The drawn legs shared by the body map, the Patterns heat map and the report: both legs seen from the
 * front (thigh to toes) and from behind with the foot pointed (calf, heel and the sole), left on the left
 * as a person sees their own legs in bed. Every region of a leg is one shape, drawn once, and every shape
 * is at least 52 drawing units wide and tall, so at the width of a phone it stays a 44 px target.
 */
import { SIDES, type Region, type Side } from '../domain/episode';

interface Segment {
  /** The region this shape is; none for the back of the thigh, drawn only so the leg reads as a leg. */
  region?: Region;
  top: number;
  bottom: number;
  /** Half the width at the top and at the bottom. */
  upper: number;
  lower: number;
  /** How far the sides swell outwards halfway down (the calf). */
  swell?: number;
  /** A rounded end: the tips of the foot. */
  round?: boolean;
}

const FRONT: readonly Segment[] = [
  { region: 'thigh', top: 38, bottom: 104, upper: 37, lower: 29, swell: 2 },
  { region: 'shin', top: 104, bottom: 180, upper: 29, lower: 26, swell: 1 },
  { region: 'ankle', top: 180, bottom: 232, upper: 26, lower: 27 },
  { region: 'top', top: 232, bottom: 286, upper: 27, lower: 32 },
  { region: 'toes', top: 286, bottom: 340, upper: 32, lower: 30, round: true },
];

const BACK: readonly Segment[] = [
  { top: 38, bottom: 104, upper: 37, lower: 29, swell: 2 },
  { region: 'calf', top: 104, bottom: 180, upper: 29, lower: 26, swell: 8 },
  { region: 'heel', top: 180, bottom: 232, upper: 26, lower: 28 },
  { region: 'arch', top: 232, bottom: 286, upper: 27, lower: 27 },
  { region: 'ball', top: 286, bottom: 340, upper: 30, lower: 30, round: true },
];

export type View = 'front' | 'back';
export const VIEWS: readonly View[] = ['front', 'back'];
const SEGMENTS: Record<View, readonly Segment[]> = { front: FRONT, back: BACK };
/** The middle of each leg across the drawing: each view shows the left leg on the left. */
const CENTRE: Record<View, Record<Side, number>> = { front: { left: 44, right: 128 }, back: { left: 234, right: 318 } };
export const VIEW_CENTRE: Record<View, number> = { front: 86, back: 276 };
export const DRAWING = { width: 362, height: 346, titleY: 13, sideY: 31 } as const;

/** Every region sits in exactly one view, so each place on a leg is one control. */
export const VIEW_OF: Record<Region, View> = Object.fromEntries(
  VIEWS.flatMap((view) => SEGMENTS[view].flatMap((s) => (s.region ? [[s.region, view]] : []))),
) as Record<Region, View>;

const GAP = 1.5;

function outline(s: Segment, cx: number): string {
  const top = s.top + GAP;
  const bottom = s.bottom - GAP;
  const middle = (top + bottom) / 2;
  const swell = s.swell ?? 0;
  const right = s.round
    ? `L${cx + s.lower} ${bottom - 16} Q${cx + s.lower} ${bottom} ${cx} ${bottom} Q${cx - s.lower} ${bottom} ${cx - s.lower} ${bottom - 16}`
    : `Q${cx + (s.upper + s.lower) / 2 + swell * 2} ${middle} ${cx + s.lower} ${bottom} L${cx - s.lower} ${bottom}`;
  const left = s.round ? `L${cx - s.upper} ${top}` : `Q${cx - (s.upper + s.lower) / 2 - swell * 2} ${middle} ${cx - s.upper} ${top}`;
  return `M${cx - s.upper} ${top} L${cx + s.upper} ${top} ${right} ${left} Z`;
}

export interface Shape {
  view: View;
  side: Side;
  region?: Region;
  d: string;
  /** Where the label sits: the middle of the shape. */
  x: number;
  y: number;
}

/** Every shape of the drawing, in reading order: front then back, left leg then right, top to bottom. */
export const SHAPES: readonly Shape[] = VIEWS.flatMap((view) =>
  SIDES.flatMap((side) =>
    SEGMENTS[view].map((s) => ({ view, side, region: s.region, d: outline(s, CENTRE[view][side]), x: CENTRE[view][side], y: (s.top + s.bottom) / 2 })),
  ),
);

/** The shapes of the regions only, in the order a keyboard walks them. */
export const REGION_SHAPES = SHAPES.filter((s): s is Shape & { region: Region } => s.region !== undefined);

/** A label in two short lines when it has several words, so it fits inside a leg. */
export function labelLines(label: string): string[] {
  const text = label.charAt(0).toLocaleUpperCase() + label.slice(1);
  const words = text.split(' ');
  if (words.length < 2 || text.length <= 8) return [text];
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ').length;
    const b = words.slice(i).join(' ').length;
    const bestA = words.slice(0, best).join(' ').length;
    if (Math.max(a, b) < Math.max(bestA, text.length - bestA - 1)) best = i;
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

export function ShapeLabel({ lines, x, y, className }: { lines: readonly string[]; x: number; y: number; className?: string }) {
  const first = y - ((lines.length - 1) * 12) / 2;
  return (
    <text className={className} x={x} y={first} textAnchor="middle" dominantBaseline="middle" aria-hidden="true">
      {lines.map((line, i) => (
        // The space keeps the words apart in the text a screen reader or a search reads: "Top of foot".
        <tspan key={i} x={x} y={first + i * 12}>{i < lines.length - 1 ? `${line} ` : line}</tspan>
      ))}
    </text>
  );
}

/** The titles of the two views and the side above each leg, for sighted readers. */
export function DrawingTitles({ viewLabel, sideLabel }: { viewLabel: (view: View) => string; sideLabel: (side: Side) => string }) {
  return (
    <g className="drawing-titles" aria-hidden="true">
      {VIEWS.map((view) => (
        <g key={view}>
          <text x={VIEW_CENTRE[view]} y={DRAWING.titleY} textAnchor="middle" className="view-title">{viewLabel(view)}</text>
          {SIDES.map((side) => (
            <text key={side} x={CENTRE[view][side]} y={DRAWING.sideY} textAnchor="middle">{sideLabel(side)}</text>
          ))}
        </g>
      ))}
    </g>
  );
}
