/**
 * A small bar chart in SVG, with each bar's label and count written beside the picture in a table, so
 * the numbers are there for everyone.
 */
import type { ReactNode } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** Drawn in the warning colour, e.g. cramps over 10 minutes. */
  flagged?: boolean;
}

interface Props {
  summary: string;
  bars: readonly Bar[];
  children?: ReactNode;
}

const W = 320;
const H = 100;

export function BarChart({ summary, bars, children }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = W / Math.max(1, bars.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {bars.map((b, i) => {
          const h = (b.value / max) * (H - 2);
          return <rect key={b.label} x={i * w + w * 0.1} width={w * 0.8} y={H - h} height={h} className={b.flagged ? 'bar flagged' : 'bar'} />;
        })}
      </svg>
      <figcaption>{children}</figcaption>
    </figure>
  );
}
