/**
 * The body map: both legs drawn from the front and from behind, where each region is itself a toggle
 * button named "Left calf", reached by Tab and pressed with Enter or Space. A chosen place is filled,
 * edged and ticked, and the places chosen are also written out below the drawing.
 */
import type { KeyboardEvent } from 'react';
import { toggleSite, type Region, type Side, type Site } from '../domain/episode';
import { DRAWING, DrawingTitles, labelLines, REGION_SHAPES, SHAPES, ShapeLabel, type View } from './legs';
import { useOptimisticValue, type SaveResult } from './use-optimistic-value';

interface Props {
  legend: string;
  hint: string;
  sites: readonly Site[];
  regionLabel: (region: Region) => string;
  sideLabel: (side: Side) => string;
  viewLabel: (view: View) => string;
  /** The accessible name of one place on one leg: "Left calf". */
  siteLabel: (site: Site) => string;
  /** "Chosen: Left calf, Right heel" or the words for none. */
  chosenLabel: (sites: readonly Site[]) => string;
  /** Saves the toggle; resolving to undefined means it was not saved. */
  onToggle: (site: Site) => SaveResult;
}

export function BodyMap({ legend, hint, sites, regionLabel, sideLabel, viewLabel, siteLabel, chosenLabel, onToggle }: Props) {
  const [shown, change] = useOptimisticValue(sites);
  const selected = (site: Site) => shown.some((s) => s.region === site.region && s.side === site.side);
  const toggle = (site: Site) => change(toggleSite(shown, site), () => onToggle(site));
  const onKey = (site: Site) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    toggle(site);
  };
  return (
    <fieldset className="field body-map">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <svg className="legs-drawing" viewBox={`0 0 ${DRAWING.width} ${DRAWING.height}`}>
        <DrawingTitles viewLabel={viewLabel} sideLabel={sideLabel} />
        {SHAPES.filter((s) => !s.region).map((s) => (
          <path key={`${s.view}-${s.side}`} className="leg-part" d={s.d} aria-hidden="true" />
        ))}
        {REGION_SHAPES.map(({ region, side, d, x, y }) => {
          const site = { region, side };
          const on = selected(site);
          return (
            <g
              key={`${side}-${region}`}
              className="site"
              role="button"
              tabIndex={0}
              aria-pressed={on}
              aria-label={siteLabel(site)}
              onClick={() => toggle(site)}
              onKeyDown={onKey(site)}
            >
              <path d={d} />
              <ShapeLabel lines={labelLines(regionLabel(region))} x={x} y={on ? y + 7 : y} />
              {on && <text className="tick" x={x} y={y - 14} textAnchor="middle" dominantBaseline="middle" aria-hidden="true">✓</text>}
            </g>
          );
        })}
      </svg>
      <p className="chosen-sites" aria-live="polite">{chosenLabel(shown)}</p>
    </fieldset>
  );
}
