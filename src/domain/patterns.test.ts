import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCheckIn, type CheckIn } from './check-in';
import { createEpisode, type Episode } from './episode';
import { beforeAfter, bodyMapCounts, colderNightsWorse, compareFactors, groupWeeks, durationMix, hourHistogram, nightsBetween, periodFigures, reliefTable, rolling, summarize, weekly } from './patterns';

let seq = 0;
/** An episode at a local wall time, with the UTC offset in force then. */
function cramp(localIso: string, offset = 0, overrides: Partial<Episode> = {}): Episode {
  const at = Date.parse(`${localIso}Z`) - offset * 60_000;
  return { ...createEpisode(`e${seq++}`, at, offset), ...overrides };
}
function check(night: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return { ...createCheckIn(`c${seq++}`, night, 0), ...overrides };
}

const nightsOf = (n: number) => Array.from({ length: n }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);

describe('nights', () => {
  it('an empty diary has only unknown nights, and rates are gaps, not zeros', () => {
    const nights = nightsBetween([], [], '2026-11-01', '2026-11-07');
    expect(nights).toHaveLength(7);
    expect(nights.every((n) => !n.known)).toBe(true);
    expect(rolling(nights, 7).at(-1)).toEqual({ night: '2026-11-07', crampNightsPerWeek: null, cramps: null });
    expect(compareFactors(nights).every((c) => !c.shown && c.needed.logged === 14)).toBe(true);
  });

  it('a single night', () => {
    const nights = nightsBetween([cramp('2026-11-02T03:00:00')], [], '2026-11-01', '2026-11-01');
    expect(nights).toEqual([{ night: '2026-11-01', known: true, cramps: 1, checkIn: undefined }]);
    expect(rolling(nights, 7)[0]).toMatchObject({ crampNightsPerWeek: 7, cramps: 7 });
  });

  it('rates are per known night: 2 cramp nights in 4 known nights is 3.5 a week', () => {
    const episodes = [cramp('2026-11-02T03:00:00'), cramp('2026-11-04T01:00:00'), cramp('2026-11-04T04:00:00')];
    const checkIns = [check('2026-11-02', { noCramp: true }), check('2026-11-05', { noCramp: true })];
    const nights = nightsBetween(episodes, checkIns, '2026-11-01', '2026-11-07');
    const last = rolling(nights, 7).at(-1)!;
    expect(last.crampNightsPerWeek).toBe(3.5);
    expect(last.cramps).toBe(5.25);
    const weeks = weekly(nights, episodes);
    expect(weeks).toEqual([{ start: '2026-11-01', knownNights: 4, crampNights: 2, cramps: 3, intensity: null, rated: 0, sleepLostMinutes: 0, weeks: 1 }]);
  });

  it('the rolling window forgets nights that leave it', () => {
    const nights = nightsBetween([cramp('2026-11-02T03:00:00')], ['2026-11-08', '2026-11-09'].map((n) => check(n, { noCramp: true })), '2026-11-01', '2026-11-09');
    expect(rolling(nights, 7).map((p) => p.crampNightsPerWeek)).toEqual([7, 7, 7, 7, 7, 7, 7, 0, 0]);
  });

  it('weekly buckets end with the last night; the first may be short', () => {
    const nights = nightsBetween([], [], '2026-11-01', '2026-11-10');
    expect(weekly(nights, []).map((w) => w.start)).toEqual(['2026-11-01', '2026-11-04']);
  });
});

describe('time of night', () => {
  it('counts the local hour as lived, across a clock change', () => {
    // Europe/London, 29 March 2026: 00:30 GMT (offset 0), then 03:30 BST (offset 60).
    const hours = hourHistogram([cramp('2026-03-29T00:30:00', 0), cramp('2026-03-29T03:30:00', 60)]);
    expect(hours[0]).toBe(1);
    expect(hours[3]).toBe(1);
    expect(hours.reduce((a, b) => a + b)).toBe(2);
  });

  it('keeps nights and hours as lived while travelling: a 2 a.m. cramp in Tokyo is a 2 a.m. cramp', () => {
    const home = cramp('2026-11-02T02:00:00', 0);
    const tokyo = cramp('2026-11-10T02:00:00', 540);
    expect(home.night).toBe('2026-11-01');
    expect(tokyo.night).toBe('2026-11-09');
    expect(hourHistogram([home, tokyo])[2]).toBe(2);
    const nights = nightsBetween([home, tokyo], [], '2026-11-01', '2026-11-09');
    expect(nights.filter((n) => n.cramps > 0).map((n) => n.night)).toEqual(['2026-11-01', '2026-11-09']);
  });
});

describe('mixes and maps', () => {
  it('counts durations, marking every cramp over 10 minutes, by band or by exact minutes', () => {
    const mix = durationMix([cramp('2026-11-02T01:00:00', 0, { durationBand: '1-5' }), cramp('2026-11-02T02:00:00', 0, { durationBand: '5-10', durationMinutes: 12 }), cramp('2026-11-02T03:00:00')]);
    expect(mix).toEqual([
      { band: 'under-1', count: 0 }, { band: '1-5', count: 1 }, { band: '5-10', count: 0 }, { band: 'over-10', count: 1 }, { band: 'unknown', count: 1 },
    ]);
  });

  it('shades each region and side by how often it cramped', () => {
    const counts = bodyMapCounts([cramp('2026-11-02T01:00:00', 0, { sites: [{ region: 'calf', side: 'left' }, { region: 'calf', side: 'right' }] }), cramp('2026-11-03T01:00:00', 0, { sites: [{ region: 'calf', side: 'left' }] })]);
    expect(counts.find((c) => c.region === 'calf' && c.side === 'left')?.count).toBe(2);
    expect(counts.find((c) => c.region === 'calf' && c.side === 'right')?.count).toBe(1);
    expect(counts.filter((c) => c.count > 0)).toHaveLength(2);
  });

  it('ranks relief by how fast the cramp ended when it helped', () => {
    const e = (band: Episode['durationBand'], worked: Episode['reliefWorked']) => cramp('2026-11-02T01:00:00', 0, { durationBand: band, reliefTried: worked, reliefWorked: worked });
    const rows = reliefTable([e('under-1', ['stretch']), e('1-5', ['stretch']), e('under-1', ['stretch']), e('5-10', ['massage']), e('5-10', ['massage']), e('over-10', ['massage']), e('1-5', ['heat'])]);
    expect(rows.map((r) => [r.method, r.worked, r.medianMinutesWhenWorked])).toEqual([['stretch', 3, 0.5], ['massage', 3, 7.5], ['heat', 1, null]]);
  });
});

describe('factor comparisons', () => {

  it('counts cramp nights with and without, from check-ins only; unknown nights are left out', () => {
    const days = nightsOf(30);
    const checkIns = days.slice(0, 20).map((night, i) => check(night, { alcoholDrinks: i < 9 ? 3 : 0 }));
    // Cramps on 6 of the 9 drinking nights, 4 of the 11 others, and 5 on nights with no check-in at all.
    const crampNights = [...days.slice(0, 6), ...days.slice(9, 13), ...days.slice(22, 27)];
    const episodes = crampNights.map((night) => cramp(`${night}T23:00:00`));
    const alcohol = compareFactors(nightsBetween(episodes, checkIns, days[0]!, days.at(-1)!)).find((c) => c.factor === 'alcohol')!;
    expect(alcohol).toMatchObject({ with: { nights: 9, crampNights: 6 }, without: { nights: 11, crampNights: 4 }, shown: true });
    // 67% against 36%, but with 9 and 11 nights the 95% intervals overlap: too few to tell apart.
    expect(alcohol.intervals.with.low).toBeCloseTo(0.3542, 3);
    expect(alcohol.intervals.without.high).toBeCloseTo(0.6462, 3);
    expect(alcohol.apart).toBe(false);
  });

  it('tells rates apart once the intervals separate', () => {
    const days = Array.from({ length: 80 }, (_, i) => new Date(Date.UTC(2026, 5, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const checkIns = days.map((night, i) => check(night, { alcoholDrinks: i < 40 ? 4 : 0 }));
    const episodes = days.filter((_, i) => (i < 40 ? i % 4 !== 0 : i % 5 === 0)).map((night) => cramp(`${night}T23:00:00`));
    const alcohol = compareFactors(nightsBetween(episodes, checkIns, days[0]!, days.at(-1)!)).find((c) => c.factor === 'alcohol')!;
    expect(alcohol).toMatchObject({ with: { nights: 40, crampNights: 30 }, without: { nights: 40, crampNights: 8 }, apart: true });
  });

  it('stays hidden under 14 nights logged or 5 nights in a group, and says how many more are needed', () => {
    const days = nightsOf(13);
    const checkIns = days.map((night, i) => check(night, { stretchDone: i < 3 }));
    const stretch = compareFactors(nightsBetween([], checkIns, days[0]!, days.at(-1)!)).find((c) => c.factor === 'stretch')!;
    expect(stretch.shown).toBe(false);
    expect(stretch.needed).toEqual({ logged: 1, with: 2, without: 0 });
  });
});

describe('the person\'s own cold nights', () => {
  it('are "worse" only with enough nights and a higher share of cramp nights when the bedroom felt cold', () => {
    const days = nightsOf(20);
    const checkIns = days.map((night, i) => check(night, { bedroom: i < 8 ? 'cold' : 'comfortable' }));
    const worse = days.slice(0, 6);
    expect(colderNightsWorse(nightsBetween(worse.map((n) => cramp(`${n}T23:00:00`)), checkIns, days[0]!, days.at(-1)!))).toBe(true);
    const better = days.slice(8, 16);
    expect(colderNightsWorse(nightsBetween(better.map((n) => cramp(`${n}T23:00:00`)), checkIns, days[0]!, days.at(-1)!))).toBe(false);
    const few = days.slice(0, 10);
    expect(colderNightsWorse(nightsBetween(worse.map((n) => cramp(`${n}T23:00:00`)), checkIns.slice(0, 10), few[0]!, few.at(-1)!))).toBe(false);
  });
});

describe('before and after a change', () => {
  it('compares equal windows of known nights either side', () => {
    const nights = nightsBetween(
      [cramp('2026-11-02T01:00:00'), cramp('2026-11-03T01:00:00'), cramp('2026-11-06T01:00:00')],
      ['2026-11-04', '2026-11-05'].map((n) => check(n, { noCramp: true })),
      '2026-11-01',
      '2026-11-08',
    );
    const r = beforeAfter(nights, '2026-11-04');
    expect(r.window).toBe(3);
    expect(r.before).toEqual({ nights: 2, crampNights: 2, perWeek: 7 });
    expect(r.after).toEqual({ nights: 2, crampNights: 1, perWeek: 3.5 });
    // One or two known nights a side is far below the §5 minimum: not shown, and it says what is missing.
    expect(r.shown).toBe(false);
    expect(r.needed).toEqual({ logged: 10, before: 3, after: 3 });
  });

  it('shows with 14 known nights in all and 5 on each side', () => {
    const days = nightsOf(14);
    const nights = nightsBetween([], days.map((n) => check(n, { noCramp: true })), days[0]!, days.at(-1)!);
    expect(beforeAfter(nights, days[7]!)).toMatchObject({ window: 7, shown: true, needed: { logged: 0, before: 0, after: 0 } });
    expect(beforeAfter(nights, days[10]!)).toMatchObject({ shown: false, needed: { before: 1, after: 1 } });
  });

  it('a change before the diary starts has nothing before it', () => {
    const r = beforeAfter(nightsBetween([], [], '2026-11-01', '2026-11-03'), '2026-10-01');
    expect(r.window).toBe(0);
    expect(r.before.perWeek).toBeNull();
  });
});

describe('weeks grouped for a long range', () => {
  it('never drops a week: the groups add up to the whole range, and intensity is the mean of every rated cramp', () => {
    const days = Array.from({ length: 371 }, (_, i) => new Date(Date.UTC(2025, 10, 20) + i * 86_400_000).toISOString().slice(0, 10));
    const episodes = days.filter((_, i) => i % 3 === 0).map((night, i) => cramp(`${night}T23:00:00`, 0, { intensity: i % 11, sleepLostMinutes: 10 + (i % 7) }));
    const nights = nightsBetween(episodes, [], days[0]!, days.at(-1)!);
    const weeks = weekly(nights, episodes);
    expect(weeks).toHaveLength(53);
    const grouped = groupWeeks(weeks, 26);
    expect(grouped.length).toBeLessThanOrEqual(26);
    const total = (list: readonly { cramps: number; sleepLostMinutes: number; crampNights: number; knownNights: number }[]) => ({
      cramps: list.reduce((s, b) => s + b.cramps, 0),
      sleep: list.reduce((s, b) => s + b.sleepLostMinutes, 0),
      crampNights: list.reduce((s, b) => s + b.crampNights, 0),
      known: list.reduce((s, b) => s + b.knownNights, 0),
    });
    expect(total(grouped)).toEqual(total(weeks));
    expect(total(grouped).cramps).toBe(episodes.length);
    expect(grouped.at(-1)?.weeks).toBe(3);
    const meanOf = (list: readonly { intensity: number | null; rated: number }[]) => list.reduce((s, b) => s + (b.intensity ?? 0) * b.rated, 0) / list.reduce((s, b) => s + b.rated, 0);
    expect(meanOf(grouped)).toBeCloseTo(meanOf(weeks), 10);
    // The latest group ends with the latest week.
    expect(grouped.at(-1)?.start).toBe(weeks.at(-3)?.start);
  });

  it('for any range and any diary, the plotted buckets add up to the range: cramps, cramp nights, recorded nights, sleep lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), fc.array(fc.record({ day: fc.nat(), sleep: fc.integer({ min: 0, max: 90 }) }), { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (length, picks, max) => {
        const days = Array.from({ length }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
        const episodes = picks.map(({ day, sleep }) => cramp(`${days[day % length]}T23:00:00`, 0, { sleepLostMinutes: sleep }));
        const nights = nightsBetween(episodes, [], days[0]!, days.at(-1)!);
        const grouped = groupWeeks(weekly(nights, episodes), max);
        expect(grouped.length).toBeLessThanOrEqual(max);
        expect(grouped.reduce((sum, b) => sum + b.cramps, 0)).toBe(episodes.length);
        expect(grouped.reduce((sum, b) => sum + b.crampNights, 0)).toBe(nights.filter((n) => n.cramps > 0).length);
        expect(grouped.reduce((sum, b) => sum + b.knownNights, 0)).toBe(nights.filter((n) => n.known).length);
        expect(grouped.reduce((sum, b) => sum + b.sleepLostMinutes, 0)).toBe(picks.reduce((sum, p) => sum + p.sleep, 0));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves a short range as it is', () => {
    const weeks = weekly(nightsBetween([], [], '2026-11-01', '2026-11-28'), []);
    expect(groupWeeks(weeks, 26)).toEqual(weeks);
  });
});

describe('the summary of a period', () => {
  const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

  it('says how many nights are still needed, and nothing notable, with too little data', () => {
    const nights = days('2026-11-01', 28);
    const episodes = nights.slice(0, 5).map((n) => cramp(`${n}T23:00:00`));
    const s = summarize({ nights: nightsBetween(episodes, [], nights[0]!, nights.at(-1)!), episodes });
    expect(s.needed).toBe(9);
    expect(s.notable).toBeUndefined();
    expect(s.current).toMatchObject({ nights: 28, known: 5, crampNights: 5, cramps: 5 });
  });

  it('gives per-week figures over known nights, the median intensity and sleep lost', () => {
    const nights = days('2026-11-01', 14);
    const episodes = nights.slice(0, 7).map((n, i) => cramp(`${n}T23:00:00`, 0, { intensity: [2, 4, 6, 8, 3, 5, 7][i], sleepLostMinutes: 10 }));
    const checkIns = nights.slice(7).map((n) => check(n, { noCramp: true }));
    const f = periodFigures(nightsBetween(episodes, checkIns, nights[0]!, nights.at(-1)!), episodes);
    expect(f).toEqual({ nights: 14, known: 14, crampNights: 7, cramps: 7, crampNightsPerWeek: 3.5, crampsPerWeek: 3.5, medianIntensity: 5, sleepLostPerWeek: 35 });
  });

  it('leads with a change only when the two periods can be told apart, and never calls it a cause', () => {
    const before = days('2026-09-06', 28);
    const now = days('2026-10-04', 28);
    const check28 = (list: string[]) => list.map((n) => check(n));
    const beforeEps = before.filter((_, i) => i % 4 !== 0).map((n) => cramp(`${n}T23:00:00`, 0, { sites: [{ region: 'calf', side: 'left' }] }));
    const nowEps = now.filter((_, i) => i % 7 === 0).map((n) => cramp(`${n}T23:00:00`, 0, { sites: [{ region: 'calf', side: 'left' }] }));
    const s = summarize(
      { nights: nightsBetween(nowEps, check28(now), now[0]!, now.at(-1)!), episodes: nowEps },
      { nights: nightsBetween(beforeEps, check28(before), before[0]!, before.at(-1)!), episodes: beforeEps },
    );
    expect(s.notable).toEqual({ kind: 'change', direction: 'fewer', from: 5.25, to: 1 });
  });

  it('says the two periods cannot be told apart when nothing else stands out', () => {
    const before = days('2026-09-06', 28);
    const now = days('2026-10-04', 28);
    const periodOf = (list: string[]) => {
      const eps = list.filter((_, i) => i % 2 === 0).map((n, i) => cramp(`${addDay(n)}T0${i % 4}:30:00`, 0, { sites: [{ region: (['calf', 'arch', 'toes', 'heel'] as const)[i % 4] ?? 'calf', side: 'left' }] }));
      return { nights: nightsBetween(eps, list.map((n) => check(n)), list[0]!, list.at(-1)!), episodes: eps };
    };
    expect(summarize(periodOf(now), periodOf(before)).notable).toEqual({ kind: 'steady' });
    expect(summarize(periodOf(now)).notable).toBeUndefined();
  });

  it('otherwise leads with the place that has at least half of the cramps', () => {
    const now = days('2026-10-04', 28);
    const eps = now.slice(0, 14).map((n, i) => cramp(`${n}T23:00:00`, 0, { sites: [{ region: i < 8 ? 'calf' : 'arch', side: 'right' }] }));
    const s = summarize({ nights: nightsBetween(eps, [], now[0]!, now.at(-1)!), episodes: eps });
    expect(s.notable).toEqual({ kind: 'place', region: 'calf', side: 'right', count: 8, of: 14 });
  });

  it('or the hour that has a third of them', () => {
    const now = days('2026-10-04', 28);
    const eps = now.slice(0, 15).map((n, i) => cramp(`${n}T0${i % 3 === 0 ? 2 : (i % 6) + 3}:00:00`.replace(`${n}T`, `${addDay(n)}T`)));
    const s = summarize({ nights: nightsBetween(eps, [], now[0]!, now.at(-1)!), episodes: eps });
    expect(s.notable).toMatchObject({ kind: 'hour', hour: 2, count: 5, of: 15 });
  });
});

function addDay(night: string): string {
  return new Date(Date.parse(`${night}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
