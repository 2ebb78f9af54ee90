import { describe, expect, it } from 'vitest';
import { applyEpisodePatch, checkEpisodeEdit, createEpisode, lacksDetails, sideOf, timedDuration, toggleIn, toggleSite, RELIEFS, type Episode, type EpisodePatch } from './episode';
import { hasMoreDetails, toggleHelped, toggleTried } from './episode-details';
import type { RecordProblem } from './record';

function problemOf(patch: EpisodePatch, now: number): RecordProblem | null {
  const checked = checkEpisodeEdit(buildEpisode(), patch, now);
  return checked.ok ? null : checked.problem;
}

const NOW = Date.parse('2026-11-26T03:00:00Z');

function buildEpisode(overrides: Partial<Episode> = {}): Episode {
  return { ...createEpisode('00000000-0000-4000-8000-000000000001', NOW, 0), ...overrides };
}

describe('createEpisode', () => {
  it('is a one-tap log: the time and its night, nothing else filled in', () => {
    const e = buildEpisode();
    expect(e.night).toBe('2026-11-25');
    expect(e.loggedLater).toBe(false);
    expect(e.sites).toEqual([]);
    expect(e.createdAt).toBe(NOW);
    expect(e.updatedAt).toBe(NOW);
  });
});

describe('checkEpisodeEdit', () => {
  it('accepts ordinary details', () => {
    expect(problemOf({ intensity: 7, durationBand: '1-5', sites: [{ region: 'calf', side: 'left' }], notes: 'woke me' }, NOW)).toBeNull();
  });

  it.each([
    [{ intensity: 11 }, 'intensity', 'out-of-range'],
    [{ intensity: 2.5 }, 'intensity', 'not-whole'],
    [{ intensity: Number.NaN }, 'intensity', 'not-a-number'],
    [{ fluidsMl: Number.POSITIVE_INFINITY }, 'fluidsMl', 'not-a-number'],
    [{ utcOffsetMinutes: 15 * 60 }, 'utcOffsetMinutes', 'out-of-range'],
    [{ sleepLostMinutes: -5 }, 'sleepLostMinutes', 'out-of-range'],
    [{ roomTempC: 80 }, 'roomTempC', 'out-of-range'],
    [{ startedAt: NOW + 3_600_000 }, 'startedAt', 'future'],
    [{ startedAt: Date.parse('1999-12-31T00:00:00Z') }, 'startedAt', 'too-early'],
    [{ startedAt: Number.NaN }, 'startedAt', 'not-a-number'],
    [{ notes: 'x'.repeat(5001) }, 'notes', 'too-long'],
  ] as const)('rejects %o', (patch, field, reason) => {
    expect(problemOf(patch, NOW)).toEqual({ field, reason });
  });

  it('rejects values from outside the lists', () => {
    expect(problemOf({ context: 'dancing' } as never, NOW)).toEqual({ field: 'context', reason: 'unknown-value' });
    expect(problemOf({ reliefWorked: ['stretch', 'quinine'] } as never, NOW)).toEqual({ field: 'reliefWorked[1]', reason: 'unknown-value' });
    expect(problemOf({ sites: [{ region: 'knee', side: 'left' }] } as never, NOW)).toEqual({ field: 'sites[0].region', reason: 'unknown-value' });
    expect(problemOf({ warnings: ['fever'] } as never, NOW)).toEqual({ field: 'warnings[0]', reason: 'unknown-value' });
  });

  it('allows a clock a few minutes ahead', () => {
    expect(problemOf({ startedAt: NOW + 60_000 }, NOW)).toBeNull();
  });

  it('returns the edited episode, moved to its night', () => {
    const checked = checkEpisodeEdit(buildEpisode(), { startedAt: Date.parse('2026-11-24T23:00:00Z'), intensity: 4 }, NOW + 1000);
    expect(checked).toMatchObject({ ok: true, value: { night: '2026-11-24', intensity: 4, loggedLater: true, updatedAt: NOW + 1000 } });
  });
});

describe('applyEpisodePatch', () => {
  it('moves a corrected start time to its night and marks it logged later', () => {
    const edited = applyEpisodePatch(buildEpisode(), { startedAt: Date.parse('2026-11-24T23:00:00Z') }, NOW + 1000);
    expect(edited.night).toBe('2026-11-24');
    expect(edited.loggedLater).toBe(true);
    expect(edited.updatedAt).toBe(NOW + 1000);
  });

  it('leaves the night and the flag alone for other details', () => {
    const edited = applyEpisodePatch(buildEpisode(), { intensity: 4 }, NOW + 1000);
    expect(edited.night).toBe('2026-11-25');
    expect(edited.loggedLater).toBe(false);
    expect(edited.intensity).toBe(4);
  });

  it('never moves updatedAt backwards when the clock does', () => {
    expect(applyEpisodePatch(buildEpisode(), { intensity: 1 }, NOW - 60_000).updatedAt).toBe(NOW);
  });
});

describe('toggles', () => {
  it('adds and removes list values in canonical order', () => {
    expect(toggleIn(['massage'], 'stretch', RELIEFS)).toEqual(['stretch', 'massage']);
    expect(toggleIn(['stretch', 'massage'], 'stretch', RELIEFS)).toEqual(['massage']);
  });

  it('records a region on both legs as two sites, read back as "both"', () => {
    const one = toggleSite([], { region: 'calf', side: 'right' });
    const both = toggleSite(one, { region: 'calf', side: 'left' });
    expect(both).toEqual([{ region: 'calf', side: 'left' }, { region: 'calf', side: 'right' }]);
    expect(sideOf(both, 'calf')).toBe('both');
    expect(sideOf(one, 'calf')).toBe('right');
    expect(sideOf(toggleSite(both, { region: 'calf', side: 'left' }), 'calf')).toBe('right');
    expect(sideOf([], 'calf')).toBeUndefined();
  });
});

describe('the one relief list', () => {
  const none = { reliefTried: [], reliefWorked: [] };

  it('"it helped" marks a method tried as well, and untrying a method unmarks its help', () => {
    const helped = toggleHelped(none, 'massage');
    expect(helped).toEqual({ reliefTried: ['massage'], reliefWorked: ['massage'] });
    expect(toggleHelped(helped, 'massage')).toEqual({ reliefTried: ['massage'], reliefWorked: [] });
    expect(toggleTried(helped, 'massage')).toEqual({ reliefTried: [], reliefWorked: [] });
    expect(toggleTried(toggleTried(none, 'heat'), 'stretch')).toEqual({ reliefTried: ['stretch', 'heat'], reliefWorked: [] });
  });

  it('"Nothing" and a method exclude each other', () => {
    const tried = { reliefTried: ['stretch' as const, 'heat' as const], reliefWorked: ['heat' as const] };
    expect(toggleTried(tried, 'nothing')).toEqual({ reliefTried: ['nothing'], reliefWorked: [] });
    expect(toggleTried({ reliefTried: ['nothing'], reliefWorked: [] }, 'massage')).toEqual({ reliefTried: ['massage'], reliefWorked: [] });
    expect(toggleHelped({ reliefTried: ['nothing'], reliefWorked: ['nothing'] }, 'heat')).toEqual({ reliefTried: ['heat'], reliefWorked: ['heat'] });
  });
});

describe('what the morning asks again', () => {
  it('a cramp lacks details until it has where, how bad, and one of when, how long or sleep lost', () => {
    const shortForm = buildEpisode({ sites: [{ region: 'calf', side: 'left' }], intensity: 6, reliefTried: ['stretch'] });
    expect(lacksDetails(buildEpisode())).toBe(true);
    expect(lacksDetails(shortForm)).toBe(true);
    expect(hasMoreDetails(shortForm)).toBe(false);
    expect(lacksDetails({ ...shortForm, context: 'woke-me' })).toBe(false);
    expect(lacksDetails({ ...shortForm, durationBand: '1-5' })).toBe(false);
    expect(lacksDetails({ ...shortForm, durationBand: '1-5', intensity: undefined })).toBe(true);
    expect(hasMoreDetails({ ...shortForm, notes: 'after a long walk' })).toBe(true);
    expect(hasMoreDetails({ ...shortForm, warnings: ['numbness'] })).toBe(true);
  });
});

describe('the cramp timer', () => {
  it('records the minutes from the log tap and their band', () => {
    const e = buildEpisode();
    expect(timedDuration(e, NOW + 40_000)).toEqual({ durationBand: 'under-1' });
    expect(timedDuration(e, NOW + 3 * 60_000 + 10_000)).toEqual({ durationMinutes: 3, durationBand: '1-5' });
    expect(timedDuration(e, NOW + 12 * 60_000)).toEqual({ durationMinutes: 12, durationBand: 'over-10' });
  });

  it('is not offered once a duration is recorded, for a cramp logged later, or after an hour', () => {
    expect(timedDuration(buildEpisode({ durationBand: '1-5' }), NOW + 60_000)).toBeUndefined();
    expect(timedDuration(buildEpisode({ loggedLater: true }), NOW + 60_000)).toBeUndefined();
    expect(timedDuration(buildEpisode(), NOW + 61 * 60_000)).toBeUndefined();
  });
});
