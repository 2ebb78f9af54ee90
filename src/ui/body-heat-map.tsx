/**
 * The body map shaded by how often each place on each leg cramped: the same drawing as the details
 * screen, each region filled by its share of the most frequent one, with its count. A picture only: the
 * table beside it carries the numbers for screen readers. The shade follows the square root of the share,
 * so rare places still show.
 */
import type { Region, Side } from '../domain/episode';
import { DRAWING, DrawingTitles, labelLines, REGION_SHAPES, SHAPES, ShapeLabel, type View } from './legs';

interface Props {
  counts: readonly { region: Region; side: Side; count: number }[];
  regionLabel: (region: Region) => string;
  sideLabel: (side: Side) => string;
  viewLabel: (view: View) => string;
}

export function BodyHeatMap({ counts, regionLabel, sideLabel, viewLabel }: Props) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const count = (region: Region, side: Side) => counts.find((c) => c.region === region && c.side === side)?.count ?? 0;
  return (
    <svg className="legs-drawing heat-map" viewBox={`0 0 ${DRAWING.width} ${DRAWING.height}`} aria-hidden="true" focusable="false">
      <DrawingTitles viewLabel={viewLabel} sideLabel={sideLabel} />
      {SHAPES.filter((s) => !s.region).map((s) => (
        <path key={`${s.view}-${s.side}`} className="leg-part" d={s.d} />
      ))}
      {REGION_SHAPES.map(({ region, side, d, x, y }) => {
        const c = count(region, side);
        return (
          <g key={`${side}-${region}`} className="heat-site" style={{ ['--heat' as string]: String(Math.sqrt(c / max)) }}>
            <path d={d} />
            <ShapeLabel lines={labelLines(regionLabel(region))} x={x} y={y - 8} />
            <rect className="heat-count" x={x - 13} y={y + 6} width={26} height={16} rx={8} />
            <text className="heat-number" x={x} y={y + 14.5} textAnchor="middle" dominantBaseline="middle">{c}</text>
          </g>
        );
      })}
    </svg>
  );
}
