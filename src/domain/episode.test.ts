import { describe, expect, it } from 'vitest';
import { applyEpisodePatch, createEpisode, sideOf, toggleIn, toggleSite, validateEpisodePatch, RELIEFS, type Episode } from './episode';

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

describe('validateEpisodePatch', () => {
  it('accepts ordinary details', () => {
    expect(validateEpisodePatch({ intensity: 7, durationBand: '1-5', sites: [{ region: 'calf', side: 'left' }], notes: 'woke me' }, NOW)).toBeNull();
  });

  it.each([
    [{ intensity: 11 }, 'intensity', 'out-of-range'],
    [{ intensity: 2.5 }, 'intensity', 'out-of-range'],
    [{ intensity: Number.NaN }, 'intensity', 'out-of-range'],
    [{ sleepLostMinutes: -5 }, 'sleepLostMinutes', 'out-of-range'],
    [{ roomTempC: 80 }, 'roomTempC', 'out-of-range'],
    [{ startedAt: NOW + 3_600_000 }, 'startedAt', 'future'],
    [{ startedAt: Date.parse('1999-12-31T00:00:00Z') }, 'startedAt', 'too-early'],
    [{ startedAt: Number.NaN }, 'startedAt', 'not-a-number'],
    [{ notes: 'x'.repeat(5001) }, 'notes', 'too-long'],
  ] as const)('rejects %o', (patch, field, reason) => {
    expect(validateEpisodePatch(patch, NOW)).toEqual({ field, reason });
  });

  it('rejects values from outside the lists', () => {
    expect(validateEpisodePatch({ context: 'dancing' } as never, NOW)?.field).toBe('context');
    expect(validateEpisodePatch({ reliefWorked: ['quinine'] } as never, NOW)?.field).toBe('relief');
    expect(validateEpisodePatch({ sites: [{ region: 'knee', side: 'left' }] } as never, NOW)?.field).toBe('sites');
    expect(validateEpisodePatch({ warnings: ['fever'] } as never, NOW)?.field).toBe('warnings');
  });

  it('allows a clock a few minutes ahead', () => {
    expect(validateEpisodePatch({ startedAt: NOW + 60_000 }, NOW)).toBeNull();
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
