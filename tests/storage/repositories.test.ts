import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, deleteEpisode, getEpisode, restoreEpisode, updateEpisode } from '../../src/storage/episodes';
import { deleteCheckIn, getCheckIn, restoreCheckIn, saveCheckIn } from '../../src/storage/check-ins';
import { addChange } from '../../src/storage/changes';
import { addAnswerSet, completeAnswerSet, saveAnswer } from '../../src/storage/answer-sets';
import { classifyStorageError } from '../../src/storage/errors';
import { getSettings, updateSettings } from '../../src/storage/settings';
import { saved } from '../support/saved';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function quotaError(): Error {
  const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
}

describe('episodes', () => {
  it('saves a one-tap log with a UUID key, at the given time, on its night', async () => {
    const at = new Date(2026, 10, 26, 2, 30).getTime();
    const e = saved(await addEpisode(at));
    expect(e.id).toMatch(UUID);
    expect(await getEpisode(e.id)).toEqual(e);
    expect(e.night).toBe('2026-11-25');
  });

  it('keeps "no cramp" honest: logging a cramp that night clears it', async () => {
    saved(await saveCheckIn('2026-11-25', { noCramp: true, alcoholDrinks: 1 }));
    saved(await addEpisode(new Date(2026, 10, 26, 3, 0).getTime()));
    expect(await getCheckIn('2026-11-25')).toMatchObject({ noCramp: false, alcoholDrinks: 1 });
  });

  it('rejects an impossible edit and leaves the record as it was', async () => {
    const e = saved(await addEpisode(Date.now() - 60_000));
    expect(await updateEpisode(e.id, { intensity: 42 })).toEqual({ ok: false, problem: { field: 'intensity', reason: 'out-of-range' } });
    expect(await updateEpisode(e.id, { intensity: 6.5 })).toEqual({ ok: false, problem: { field: 'intensity', reason: 'not-whole' } });
    expect(await updateEpisode(e.id, { startedAt: Date.now() + 86_400_000 })).toEqual({ ok: false, problem: { field: 'startedAt', reason: 'future' } });
    expect(await updateEpisode(e.id, { startedAt: Number.NaN })).toMatchObject({ ok: false, problem: { field: 'startedAt' } });
    expect(await updateEpisode(e.id, { notes: 'x'.repeat(5_001) })).toEqual({ ok: false, problem: { field: 'notes', reason: 'too-long' } });
    expect(await updateEpisode(e.id, { context: 'dancing' } as never)).toEqual({ ok: false, problem: { field: 'context', reason: 'unknown-value' } });
    expect(await getEpisode(e.id)).toEqual(e);
  });

  it('applies toggles to the stored copy, so quick taps never undo each other', async () => {
    const e = saved(await addEpisode());
    await Promise.all([
      updateEpisode(e.id, (cur) => ({ warnings: [...cur.warnings, 'numbness'] })),
      updateEpisode(e.id, (cur) => ({ warnings: [...cur.warnings, 'weakness'] })),
    ]);
    expect((await getEpisode(e.id))?.warnings).toEqual(['numbness', 'weakness']);
  });

  it('restores a deleted episode exactly', async () => {
    const e = saved(await addEpisode());
    const edited = saved(await updateEpisode(e.id, { intensity: 6, notes: 'left calf' }));
    const removed = await deleteEpisode(e.id);
    expect(await getEpisode(e.id)).toBeUndefined();
    await restoreEpisode(removed!);
    expect(await getEpisode(e.id)).toEqual(edited);
  });

  it('when the disk is full, the write fails as "quota" and the stored record is untouched', async () => {
    const e = saved(await addEpisode());
    vi.spyOn(getDatabase().episodes, 'put').mockRejectedValueOnce(quotaError());
    const failure = await updateEpisode(e.id, { notes: 'lost?' }).catch((err: unknown) => err);
    expect(classifyStorageError(failure)).toBe('quota');
    expect(await getEpisode(e.id)).toEqual(e);
  });
});

describe('check-ins', () => {
  it('keeps one check-in per night, updated in place', async () => {
    const first = saved(await saveCheckIn('2026-11-25', { noCramp: true }));
    const second = saved(await saveCheckIn('2026-11-25', { bedroom: 'warm' }));
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ noCramp: true, bedroom: 'warm' });
    expect(await getDatabase().checkIns.count()).toBe(1);
  });

  it('rejects impossible values without writing', async () => {
    expect(await saveCheckIn('2026-11-25', { hoursOnFeet: 30 })).toEqual({ ok: false, problem: { field: 'hoursOnFeet', reason: 'out-of-range' } });
    expect(await saveCheckIn('2026-11-25', { bedroom: 'tropical' } as never)).toEqual({ ok: false, problem: { field: 'bedroom', reason: 'unknown-value' } });
    expect(await getCheckIn('2026-11-25')).toBeUndefined();
  });

  it('restores a deleted check-in exactly', async () => {
    const c = saved(await saveCheckIn('2026-11-25', { fluidsMl: 500 }));
    await deleteCheckIn(c.id);
    await restoreCheckIn(c);
    expect(await getCheckIn('2026-11-25')).toEqual(c);
  });
});

describe('settings', () => {
  it('starts from locale defaults and keeps changes', async () => {
    expect((await getSettings()).theme).toBe('always');
    saved(await updateSettings({ temperatureUnit: 'f', theme: 'device' }));
    expect(await getSettings()).toMatchObject({ temperatureUnit: 'f', theme: 'device' });
  });

  it('refuses settings the record cannot hold, and keeps the ones it had', async () => {
    saved(await updateSettings({ emergencyNumber: '999' }));
    expect(await updateSettings({ emergencyNumber: 'call me' })).toEqual({ ok: false, problem: { field: 'emergencyNumber', reason: 'not-dialable' } });
    expect(await updateSettings({ nightFromHour: 24 })).toEqual({ ok: false, problem: { field: 'nightFromHour', reason: 'out-of-range' } });
    expect(await updateSettings({ theme: 'sepia' } as never)).toEqual({ ok: false, problem: { field: 'theme', reason: 'unknown-value' } });
    expect(await getSettings()).toMatchObject({ emergencyNumber: '999', nightFromHour: 20, theme: 'always' });
  });
});

describe('changes', () => {
  it('stores a trimmed label and refuses an empty one or an impossible date', async () => {
    expect(saved(await addChange('medicine', '  new water tablet ', '2026-11-20')).label).toBe('new water tablet');
    expect(await addChange('medicine', '   ', '2026-11-20')).toEqual({ ok: false, problem: { field: 'label', reason: 'empty' } });
    expect(await addChange('experiment', 'stretching', '2026-02-30')).toEqual({ ok: false, problem: { field: 'startNight', reason: 'not-a-date' } });
    expect(await getDatabase().changes.count()).toBe(1);
  });
});

describe('answer sets', () => {
  it('stores answers the questions offer and refuses others, writing nothing', async () => {
    const set = saved(await addAnswerSet('profile'));
    saved(await saveAnswer(set.id, 'alcohol-per-week', () => 12));
    expect(await saveAnswer(set.id, 'alcohol-per-week', () => 12.5)).toEqual({ ok: false, problem: { field: 'alcohol-per-week', reason: 'unknown-value' } });
    expect(await saveAnswer(set.id, 'age', () => '66')).toEqual({ ok: false, problem: { field: 'age', reason: 'unknown-value' } });
    expect((await getDatabase().answerSets.get(set.id))?.answers).toEqual({ 'alcohol-per-week': 12 });
    expect(saved(await completeAnswerSet(set.id)).completedAt).toBeGreaterThan(0);
  });
});

describe('classifyStorageError', () => {
  it('recognises a full disk however it arrives', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(quotaError())).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', cause: { name: 'QuotaExceededError' } })).toBe('quota');
  });
  it('recognises a database from a newer version, and storage that cannot be used', () => {
    expect(classifyStorageError({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe('newer-version');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('closed-by-upgrade');
    expect(classifyStorageError('weird')).toBe('unknown');
  });
});
