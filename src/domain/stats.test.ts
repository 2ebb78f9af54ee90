import { describe, expect, it } from 'vitest';
import { median, niceTicks, tellApart, wilson } from './stats';

describe('wilson', () => {
  it.each([
    [9, 20, 0.2582, 0.6579],
    [12, 60, 0.1183, 0.3178],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 2, 0.0945, 0.9055],
  ])('%i of %i: %f to %f', (s, n, low, high) => {
    const i = wilson(s, n);
    expect(i.low).toBeCloseTo(low, 4);
    expect(i.high).toBeCloseTo(high, 4);
  });

  it('knows nothing from no nights', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('tellApart', () => {
  it('needs the intervals apart, not only the rates', () => {
    expect(tellApart({ successes: 9, n: 20 }, { successes: 12, n: 60 })).toBe(false);
    expect(tellApart({ successes: 30, n: 40 }, { successes: 10, n: 60 })).toBe(true);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [37, [0, 10, 20, 30, 40]],
    [160, [0, 50, 100, 150, 200]],
  ])('up to %f: %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('allows fractions when the values are not counts', () => {
    expect(niceTicks(0.6, 4, false)).toEqual([0, 0.2, 0.4, 0.6]);
  });
});

describe('median', () => {
  it('of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
