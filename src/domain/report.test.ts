import { describe, expect, it } from 'vitest';
import { createCheckIn } from './check-in';
import { createEpisode, type Episode } from './episode';
import { summarise } from './report';

let n = 0;
function buildEpisode(night: string, overrides: Partial<Episode> = {}): Episode {
  const at = Date.parse(`${night}T23:00:00Z`);
  return { ...createEpisode(`e${n++}`, at, 0), ...overrides };
}

describe('summarise', () => {
  it('counts cramps and cramp nights per week over the period, by hand', () => {
    const episodes = [
      buildEpisode('2026-11-24', { durationBand: '1-5', intensity: 6, sleepLostMinutes: 20, sites: [{ region: 'calf', side: 'left' }], reliefTried: ['stretch'], reliefWorked: ['stretch'] }),
      buildEpisode('2026-11-24', { durationBand: 'over-10', intensity: 8, sleepLostMinutes: 40, sites: [{ region: 'calf', side: 'left' }, { region: 'arch', side: 'right' }], warnings: ['numbness'] }),
      buildEpisode('2026-11-20', { intensity: 3 }),
      buildEpisode('2026-10-01', { intensity: 10 }), // before the period
    ];
    const checkIns = [{ ...createCheckIn('c1', '2026-11-22', 0), noCramp: true }];
    const s = summarise(episodes, checkIns, '2026-11-25', 14);
    expect(s.firstNight).toBe('2026-11-12');
    expect(s).toMatchObject({ nights: 14, nightsRecorded: 3, crampNights: 2, cramps: 3, crampNightsPerWeek: 1, crampsPerWeek: 1.5, over10: 1, sleepLostMinutes: 60 });
    expect(s.durations).toEqual({ 'under-1': 0, '1-5': 1, '5-10': 0, 'over-10': 1, unknown: 1 });
    expect(s.intensity).toEqual({ median: 6, min: 3, max: 8, rated: 3 });
    expect(s.sites).toEqual([{ region: 'arch', side: 'right', count: 1 }, { region: 'calf', side: 'left', count: 2 }]);
    expect(s.relief).toEqual([{ method: 'stretch', tried: 1, worked: 1 }]);
    expect(s.warnings).toEqual([{ symptom: 'numbness', count: 1 }]);
  });

  it('an empty diary gives zeros and no intensity', () => {
    const s = summarise([], [], '2026-11-25', 28);
    expect(s).toMatchObject({ nightsRecorded: 0, cramps: 0, crampNightsPerWeek: 0 });
    expect(s.intensity).toBeUndefined();
  });
});
