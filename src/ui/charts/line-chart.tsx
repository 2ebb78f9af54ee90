/**
 * A small line chart in SVG: one or two series over time, drawn to fit its width. The picture is for
 * the eyes; `summary` is what a screen reader hears, and the table in `children` holds the numbers.
 */
import type { ReactNode } from 'react';

export interface Series {
  label: string;
  values: readonly (number | null)[];
  className: string;
}

interface Props {
  summary: string;
  series: readonly Series[];
  /** Labels under the first and last points. */
  from: string;
  to: string;
  children?: ReactNode;
}

const W = 320;
const H = 120;
const PAD = 4;

function path(values: readonly (number | null)[], max: number): string {
  const step = values.length > 1 ? (W - 2 * PAD) / (values.length - 1) : 0;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = PAD + i * step;
    const y = H - PAD - (max > 0 ? (v / max) * (H - 2 * PAD) : 0);
    d += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    pen = true;
  });
  return d;
}

export function LineChart({ summary, series, from, to, children }: Props) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="axis" />
        {series.map((s) => (
          <path key={s.label} d={path(s.values, max)} className={`line ${s.className}`} fill="none" vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <div className="chart-axis" aria-hidden="true">
        <span>{from}</span>
        <span>{to}</span>
      </div>
      <figcaption>
        <ul className="legend">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
            </li>
          ))}
        </ul>
        {children}
      </figcaption>
    </figure>
  );
}

/** At most `points` evenly spaced values (the last always kept), so a decade draws as fast as a month. */
export function thin<T>(values: readonly T[], points = 180): T[] {
  if (values.length <= points) return [...values];
  const step = values.length / points;
  const out: T[] = [];
  for (let i = values.length - 1; i >= 0; i -= step) out.unshift(values[Math.round(i)] as T);
  return out;
}
