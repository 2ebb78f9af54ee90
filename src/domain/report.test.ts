import { describe, expect, it } from 'vitest';
import { createCheckIn } from './check-in';
import { createEpisode, type Episode } from './episode';
import { durationMix, nightsBetween, periodFigures, reliefTable } from './patterns';
import { summarise } from './report';

let n = 0;
function buildEpisode(night: string, overrides: Partial<Episode> = {}): Episode {
  const at = Date.parse(`${night}T23:00:00Z`);
  return { ...createEpisode(`e${n++}`, at, 0), ...overrides };
}

describe('summarise', () => {
  const episodes = [
    buildEpisode('2026-11-24', { durationBand: '1-5', intensity: 6, sleepLostMinutes: 20, sites: [{ region: 'calf', side: 'left' }], reliefTried: ['stretch'], reliefWorked: ['stretch'], notes: 'after a long walk' }),
    buildEpisode('2026-11-24', { durationBand: 'over-10', intensity: 8, sleepLostMinutes: 40, sites: [{ region: 'calf', side: 'left' }, { region: 'arch', side: 'right' }], warnings: ['numbness'] }),
    // Exact minutes without a band, and relief that helped without being ticked as tried.
    buildEpisode('2026-11-20', { intensity: 3, durationMinutes: 15, reliefWorked: ['massage'] }),
    buildEpisode('2026-10-01', { intensity: 10, notes: 'before the period' }),
  ];
  const checkIns = [{ ...createCheckIn('c1', '2026-11-22', 0), noCramp: true }];

  it('counts cramps and cramp nights per 7 recorded nights, by hand', () => {
    const s = summarise(episodes, checkIns, '2026-11-25', 14);
    expect(s.firstNight).toBe('2026-11-12');
    expect(s.figures).toMatchObject({ nights: 14, known: 3, crampNights: 2, cramps: 3, crampsPerWeek: 7 });
    expect(s.figures.crampNightsPerWeek).toBeCloseTo(14 / 3, 10);
    expect(s).toMatchObject({ over10: 2, sleepLostMinutes: 60 });
    expect(s.intensity).toEqual({ median: 6, min: 3, max: 8, rated: 3 });
    expect(s.sites).toEqual([{ region: 'arch', side: 'right', count: 1 }, { region: 'calf', side: 'left', count: 2 }]);
    expect(s.warnings).toEqual([{ symptom: 'numbness', count: 1 }]);
    expect(s.weeks.map((w) => [w.start, w.cramps])).toEqual([['2026-11-12', 0], ['2026-11-19', 3]]);
    expect(s.notes.map((x) => x.text)).toEqual(['after a long walk']);
  });

  it('gives the same counts as Patterns for the same period: rates, durations and relief', () => {
    const s = summarise(episodes, checkIns, '2026-11-25', 14);
    const inPeriod = episodes.filter((e) => e.night >= '2026-11-12');
    expect(s.figures).toEqual(periodFigures(nightsBetween(inPeriod, checkIns, '2026-11-12', '2026-11-25'), inPeriod));
    expect(s.durations).toEqual(durationMix(inPeriod));
    expect(s.durations.find((d) => d.band === 'over-10')?.count).toBe(2);
    expect(s.relief).toEqual(reliefTable(inPeriod));
    expect(s.relief.find((r) => r.method === 'massage')).toMatchObject({ tried: 1, worked: 1 });
  });

  it('lists medicine changes up to the end of the period, oldest first', () => {
    const change = (kind: 'medicine' | 'experiment', startNight: string) => ({ id: `${kind}${startNight}`, kind, label: 'x', startNight, createdAt: 0, updatedAt: 0 });
    const s = summarise([], [], '2026-11-25', 28, [change('medicine', '2026-11-01'), change('experiment', '2026-10-01'), change('medicine', '2026-09-01'), change('medicine', '2026-12-01')]);
    expect(s.medicineChanges.map((c) => c.startNight)).toEqual(['2026-09-01', '2026-11-01']);
  });

  it('an empty diary gives zeros and no intensity', () => {
    const s = summarise([], [], '2026-11-25', 28);
    expect(s.figures).toMatchObject({ known: 0, cramps: 0, crampNightsPerWeek: null });
    expect(s.intensity).toBeUndefined();
  });
});
