/**
 * The body map: a drawn leg for each side, with every region a large toggle placed where it sits on the
 * leg. The drawing is decoration; the toggles are the control, each named "Left calf", "Right heel", …
 */
import { REGIONS, SIDES, toggleSite, type Region, type Side, type Site } from '../domain/episode';
import { useOptimisticValue, type SaveResult } from './use-optimistic-value';

interface Props {
  legend: string;
  hint: string;
  sites: readonly Site[];
  regionLabel: (region: Region) => string;
  sideLabel: (side: Side) => string;
  /** The accessible name of one place on one leg: "Left calf". */
  siteLabel: (site: Site) => string;
  /** Saves the toggle; resolving to undefined means it was not saved. */
  onToggle: (site: Site) => SaveResult;
}

/** Grid cell of each region over the drawing: [row, column] in a 6 x 2 grid, top of the leg first. */
export const PLACE: Record<Region, [number, number]> = {
  thigh: [1, 1], shin: [2, 1], calf: [2, 2], ankle: [3, 2], top: [4, 1],
  heel: [4, 2], toes: [5, 1], arch: [5, 2], ball: [6, 1],
};

export function LegDrawing() {
  return (
    <svg className="leg-drawing" viewBox="0 0 100 240" aria-hidden="true" focusable="false" preserveAspectRatio="none">
      <path d="M30 0h44l-4 70c2 30 10 50 6 80l-4 40c0 8 4 12 10 16l10 10c6 8 2 16-8 16H18c-8 0-10-6-8-12l8-22 2-40c-6-28-2-56 2-88z" />
    </svg>
  );
}

export function BodyMap({ legend, hint, sites, regionLabel, sideLabel, siteLabel, onToggle }: Props) {
  const [shown, change] = useOptimisticValue(sites);
  const selected = (region: Region, side: Side) => shown.some((s) => s.region === region && s.side === side);
  return (
    <fieldset className="field body-map">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <div className="legs">
        {SIDES.map((side) => (
          <div key={side} className="leg" role="group" aria-label={sideLabel(side)}>
            <span className="leg-title" aria-hidden="true">{sideLabel(side)}</span>
            <LegDrawing />
            <div className="leg-regions">
              {REGIONS.map((region) => (
                <button
                  key={region}
                  type="button"
                  className="region"
                  style={{ gridRow: PLACE[region][0], gridColumn: PLACE[region][1] }}
                  aria-pressed={selected(region, side)}
                  aria-label={siteLabel({ side, region })}
                  onClick={() => change(toggleSite(shown, { region, side }), () => onToggle({ region, side }))}
                >
                  {regionLabel(region)}
                </button>
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
