import { describe, expect, it } from 'vitest';
import { createCheckIn } from './check-in';
import { createEpisode } from './episode';
import { groupByNight } from './history';

const at = (iso: string) => Date.parse(iso);

describe('groupByNight', () => {
  it('lists nights newest first, with their cramps newest first and their check-in', () => {
    const early = createEpisode('a', at('2026-11-25T23:00:00Z'), 0);
    const late = createEpisode('b', at('2026-11-26T03:00:00Z'), 0);
    const older = createEpisode('c', at('2026-11-20T02:00:00Z'), 0);
    const quiet = { ...createCheckIn('d', '2026-11-23', 0), noCramp: true };
    const nights = groupByNight([older, early, late], [quiet]);
    expect(nights.map((n) => n.night)).toEqual(['2026-11-25', '2026-11-23', '2026-11-19']);
    expect(nights[0]?.episodes.map((e) => e.id)).toEqual(['b', 'a']);
    expect(nights[1]?.checkIn?.noCramp).toBe(true);
    expect(nights[1]?.episodes).toEqual([]);
  });

  it('is empty for an empty diary', () => {
    expect(groupByNight([], [])).toEqual([]);
  });
});
