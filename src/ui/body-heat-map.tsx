/**
 * The body map shaded by how often each region and side cramped: the same drawn legs as the details
 * screen, each region's cell tinted by its share of the most frequent one. A picture only: the table
 * beside it carries the numbers for screen readers. The tint follows the square root of the share, so rare
 * places still show.
 */
import { REGIONS, SIDES, type Region, type Side } from '../domain/episode';
import { LegDrawing, PLACE } from './body-map';

interface Props {
  counts: readonly { region: Region; side: Side; count: number }[];
  regionLabel: (region: Region) => string;
  sideLabel: (side: Side) => string;
}

export function BodyHeatMap({ counts, regionLabel, sideLabel }: Props) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const count = (region: Region, side: Side) => counts.find((c) => c.region === region && c.side === side)?.count ?? 0;
  return (
    <div className="legs heat-map" aria-hidden="true">
      {SIDES.map((side) => (
        <div key={side} className="leg">
          <span className="leg-title">{sideLabel(side)}</span>
          <LegDrawing />
          <div className="leg-regions">
            {REGIONS.map((region) => {
              const c = count(region, side);
              return (
                <div key={region} className="heat-cell" style={{ gridRow: PLACE[region][0], gridColumn: PLACE[region][1], ['--heat' as string]: String(Math.sqrt(c / max)) }}>
                  <span className="chip">
                    {regionLabel(region)} {c}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
