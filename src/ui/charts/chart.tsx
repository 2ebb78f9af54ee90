/**
 * A small chart in SVG: bars or lines over a few dozen points at most (long ranges are aggregated before
 * they get here, never sampled). The title is above it, the value axis has round ticks and a unit, the
 * time or category axis names its first, middle and last points, a legend names each series when there
 * is more than one, and any point's values can be read: tap or drag across the chart, or focus it and use
 * the arrow keys. The numbers are also in the table passed as `children`.
 */
import { useId, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { niceTicks } from '../../domain/stats';

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  /** Colour class: series-a, series-b. */
  className: string;
}

interface Props {
  title: string;
  /** What a screen reader hears first: the chart's point, in a sentence. */
  summary: string;
  kind: 'bar' | 'line';
  /** One label per point, in full ("Week of 3 Nov"). */
  labels: readonly string[];
  /** Shorter labels for the axis under the chart; defaults to `labels`. */
  axisLabels?: readonly string[];
  series: readonly ChartSeries[];
  /** The value axis's unit ("cramps a week"). */
  unit: string;
  /** How a value reads ("2.5"). */
  formatValue: (value: number) => string;
  /** Bars drawn in the warning colour. */
  flagged?: readonly boolean[];
  /** Values that are counts: whole ticks. */
  whole?: boolean;
  /** Said under the chart: how points were aggregated. */
  caption?: string;
  children?: ReactNode;
}

const W = 320;
const H = 120;
const TOP = 6;

export function Chart({ title, summary, kind, labels, axisLabels = labels, series, unit, formatValue, flagged, whole = true, caption, children }: Props) {
  const id = useId();
  const count = labels.length;
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const selected = Math.min(picked ?? count - 1, count - 1);
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const ticks = niceTicks(max, 3, whole);
  const top = ticks.at(-1) ?? 1;
  const y = (v: number) => H - (v / top) * (H - TOP);
  const slot = W / Math.max(1, count);
  const x = (i: number) => (kind === 'bar' ? slot * i + slot / 2 : count > 1 ? (i / (count - 1)) * W : W / 2);

  const pick = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const share = (e.clientX - box.left) / Math.max(1, box.width);
    setPicked(Math.max(0, Math.min(count - 1, kind === 'bar' ? Math.floor(share * count) : Math.round(share * (count - 1)))));
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowLeft: selected - 1, ArrowRight: selected + 1, Home: 0, End: count - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setPicked(Math.max(0, Math.min(count - 1, next)));
  };
  const readout = count === 0 ? '' : `${labels[selected] ?? ''}: ${series.map((s) => `${series.length > 1 ? `${s.label} ` : ''}${valueText(s.values[selected], formatValue)}`).join(', ')}`;
  const middle = Math.floor((count - 1) / 2);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-title">{title}</h3>
      <p id={`${id}-readout`} className="chart-readout" aria-live="polite">{readout}</p>
      <div className="chart-frame">
        <div className="chart-ticks" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t} style={{ bottom: `${(t / top) * ((H - TOP) / H) * 100}%` }}>{formatValue(t)}</span>
          ))}
        </div>
        <div
          className="chart-plot"
          tabIndex={0}
          role="group"
          aria-label={summary}
          aria-describedby={`${id}-readout`}
          onKeyDown={keys}
          onPointerDown={pick}
          onPointerMove={(e) => e.buttons > 0 && pick(e)}
        >
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
            {ticks.map((t) => (
              <line key={t} x1={0} x2={W} y1={y(t)} y2={y(t)} className={t === 0 ? 'axis' : 'grid'} vectorEffect="non-scaling-stroke" />
            ))}
            {kind === 'bar'
              ? series.flatMap((s, si) =>
                  s.values.map((v, i) => {
                    if (v === null || v === 0) return null;
                    const width = (slot * 0.8) / series.length;
                    return <rect key={`${si}-${i}`} x={slot * i + slot * 0.1 + width * si} width={width} y={y(v)} height={H - y(v)} className={`bar ${s.className}${flagged?.[i] ? ' flagged' : ''}`} />;
                  }),
                )
              : series.map((s) => <path key={s.label} d={linePath(s.values, x, y)} className={`line ${s.className}`} fill="none" vectorEffect="non-scaling-stroke" />)}
            {count > 0 && <line x1={x(selected)} x2={x(selected)} y1={TOP / 2} y2={H} className="picked" vectorEffect="non-scaling-stroke" />}
          </svg>
        </div>
      </div>
      <div className="chart-axis" aria-hidden="true">
        <span>{axisLabels[0]}</span>
        {count > 2 && <span>{axisLabels[middle]}</span>}
        {count > 1 && <span>{axisLabels[count - 1]}</span>}
      </div>
      <p className="chart-unit">{unit}</p>
      {series.length > 1 && (
        <ul className="legend">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
            </li>
          ))}
        </ul>
      )}
      {caption && <p className="hint">{caption}</p>}
      {children}
    </figure>
  );
}

function valueText(value: number | null | undefined, formatValue: (v: number) => string): string {
  return value === null || value === undefined ? '-' : formatValue(value);
}

function linePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}
