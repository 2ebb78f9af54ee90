import { describe, expect, it } from 'vitest';
import { REGIONS, SIDES } from '../domain/episode';
import { labelLines, REGION_SHAPES, SHAPES, VIEW_OF } from './legs';

/** The corners a shape's outline passes through (its control points included): enough for its extent. */
function extent(d: string) {
  const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((n) => Number(n[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('the drawn legs', () => {
  it('has one shape for every region on every side, each in one view', () => {
    const names = REGION_SHAPES.map((s) => `${s.side} ${s.region}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(REGIONS.length * SIDES.length);
    for (const s of REGION_SHAPES) expect(s.view).toBe(VIEW_OF[s.region]);
  });

  it('draws every region at least 49 units wide and tall, a 44 px target once the drawing is 325 px wide', () => {
    for (const s of REGION_SHAPES) {
      const { width, height } = extent(s.d);
      expect.soft(width, `${s.side} ${s.region}`).toBeGreaterThanOrEqual(49);
      expect.soft(height, `${s.side} ${s.region}`).toBeGreaterThanOrEqual(49);
    }
    expect(SHAPES.length).toBeGreaterThan(REGION_SHAPES.length);
  });

  it('splits a label of several words into two balanced lines, and capitalises it', () => {
    expect(labelLines('calf')).toEqual(['Calf']);
    expect(labelLines('top of foot')).toEqual(['Top of', 'foot']);
    expect(labelLines('arch or sole')).toEqual(['Arch', 'or sole']);
  });
});
