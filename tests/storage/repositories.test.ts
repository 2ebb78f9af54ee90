import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, deleteEpisode, getEpisode, InvalidEditError, restoreEpisode, updateEpisode } from '../../src/storage/episodes';
import { deleteCheckIn, getCheckIn, InvalidCheckInError, restoreCheckIn, saveCheckIn } from '../../src/storage/check-ins';
import { classifyStorageError } from '../../src/storage/errors';
import { getSettings, updateSettings } from '../../src/storage/settings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function quotaError(): Error {
  const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
}

describe('episodes', () => {
  it('saves a one-tap log with a UUID key, at the given time, on its night', async () => {
    const at = new Date(2026, 10, 26, 2, 30).getTime();
    const e = await addEpisode(at);
    expect(e.id).toMatch(UUID);
    expect(await getEpisode(e.id)).toEqual(e);
    expect(e.night).toBe('2026-11-25');
  });

  it('keeps "no cramp" honest: logging a cramp that night clears it', async () => {
    await saveCheckIn('2026-11-25', { noCramp: true, alcoholDrinks: 1 });
    await addEpisode(new Date(2026, 10, 26, 3, 0).getTime());
    expect(await getCheckIn('2026-11-25')).toMatchObject({ noCramp: false, alcoholDrinks: 1 });
  });

  it('rejects an impossible edit and leaves the record as it was', async () => {
    const e = await addEpisode(Date.now() - 60_000);
    await expect(updateEpisode(e.id, { intensity: 42 })).rejects.toBeInstanceOf(InvalidEditError);
    await expect(updateEpisode(e.id, { startedAt: Date.now() + 86_400_000 })).rejects.toMatchObject({ problem: { reason: 'future' } });
    expect(await getEpisode(e.id)).toEqual(e);
  });

  it('applies toggles to the stored copy, so quick taps never undo each other', async () => {
    const e = await addEpisode();
    await Promise.all([
      updateEpisode(e.id, (cur) => ({ warnings: [...cur.warnings, 'numbness'] })),
      updateEpisode(e.id, (cur) => ({ warnings: [...cur.warnings, 'weakness'] })),
    ]);
    expect((await getEpisode(e.id))?.warnings).toEqual(['numbness', 'weakness']);
  });

  it('restores a deleted episode exactly', async () => {
    const e = await addEpisode();
    const edited = await updateEpisode(e.id, { intensity: 6, notes: 'left calf' });
    const removed = await deleteEpisode(e.id);
    expect(await getEpisode(e.id)).toBeUndefined();
    await restoreEpisode(removed!);
    expect(await getEpisode(e.id)).toEqual(edited);
  });

  it('when the disk is full, the write fails as "quota" and the stored record is untouched', async () => {
    const e = await addEpisode();
    vi.spyOn(getDatabase().episodes, 'put').mockRejectedValueOnce(quotaError());
    const failure = await updateEpisode(e.id, { notes: 'lost?' }).catch((err: unknown) => err);
    expect(classifyStorageError(failure)).toBe('quota');
    expect(await getEpisode(e.id)).toEqual(e);
  });
});

describe('check-ins', () => {
  it('keeps one check-in per night, updated in place', async () => {
    const first = await saveCheckIn('2026-11-25', { noCramp: true });
    const second = await saveCheckIn('2026-11-25', { bedroom: 'warm' });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ noCramp: true, bedroom: 'warm' });
    expect(await getDatabase().checkIns.count()).toBe(1);
  });

  it('rejects impossible values without writing', async () => {
    await expect(saveCheckIn('2026-11-25', { hoursOnFeet: 30 })).rejects.toBeInstanceOf(InvalidCheckInError);
    expect(await getCheckIn('2026-11-25')).toBeUndefined();
  });

  it('restores a deleted check-in exactly', async () => {
    const c = await saveCheckIn('2026-11-25', { fluidsMl: 500 });
    await deleteCheckIn(c.id);
    await restoreCheckIn(c);
    expect(await getCheckIn('2026-11-25')).toEqual(c);
  });
});

describe('settings', () => {
  it('starts from locale defaults and keeps changes', async () => {
    expect((await getSettings()).theme).toBe('always');
    await updateSettings({ temperatureUnit: 'f', theme: 'device' });
    expect(await getSettings()).toMatchObject({ temperatureUnit: 'f', theme: 'device' });
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
