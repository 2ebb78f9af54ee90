/**
 * Small statistics shared by the report, the patterns and the bench.
 */

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The Wilson score interval of a proportion: where the true rate likely lies, given `successes` of `n`
 * (95% by default). Well behaved for small counts and for 0 or n successes, unlike the plain ± formula.
 */
export function wilson(successes: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { low: Math.max(0, (centre - margin) / scale), high: Math.min(1, (centre + margin) / scale) };
}

/** Whether two intervals are apart: if they overlap, the diary cannot tell the rates apart yet. */
export function intervalsApart(x: { low: number; high: number }, y: { low: number; high: number }): boolean {
  return x.high < y.low || y.high < x.low;
}

/** Whether two rates' 95% intervals are apart. */
export function tellApart(a: { successes: number; n: number }, b: { successes: number; n: number }): boolean {
  return intervalsApart(wilson(a.successes, a.n), wilson(b.successes, b.n));
}

/**
 * Round values for a value axis from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, about
 * `target` of them. Whole numbers when `whole` (counts).
 */
export function niceTicks(max: number, target = 4, whole = true): number[] {
  const top = Math.max(max, whole ? 1 : Number.EPSILON);
  const raw = top / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(whole ? 1 : 0, ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power));
  const ticks: number[] = [];
  for (let v = 0; v < top + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if ((ticks.at(-1) ?? 0) < top) ticks.push(Math.round(((ticks.at(-1) ?? 0) + step) * 1e6) / 1e6);
  return ticks;
}
