/**
 * Episode repository: every read and write of cramp episodes goes through here.
 */
import { checkEpisodeEdit, checkNewEpisode, createEpisode, type Episode, type EpisodePatch } from '../domain/episode';
import type { Checked } from '../domain/record';
import { deviceUtcOffset } from '../platform/locale';
import { getDatabase } from './connection';
import { takeOut } from './take-out';

/**
 * The one-tap log: saves an episode that started at `at` and returns it. If the night's check-in said
 * "no cramp", it is corrected in the same transaction.
 */
export async function addEpisode(at = Date.now()): Promise<Checked<Episode>> {
  const db = getDatabase();
  const checked = checkNewEpisode(createEpisode(crypto.randomUUID(), at, deviceUtcOffset(at)), Date.now());
  if (!checked.ok) return checked;
  const episode = checked.value;
  await db.transaction('rw', db.episodes, db.checkIns, async () => {
    await db.episodes.add(episode);
    // While locked, the check-in cannot be read (nor corrected): unlocking shows the cramp, which wins.
    const checkIn = await db.checkIns.where('night').equals(episode.night).first();
    if (checkIn?.noCramp) await db.checkIns.put({ ...checkIn, noCramp: false, updatedAt: at });
  });
  justLogged = episode;
  return checked;
}

/**
 * The episode the one-tap log has just written, so its details screen can show it on the first frame
 * instead of waiting for the first read. Only ever a copy of what was committed.
 */
let justLogged: Episode | undefined;

export function justLoggedEpisode(id: string): Episode | undefined {
  return justLogged?.id === id ? justLogged : undefined;
}

export async function getEpisode(id: string): Promise<Episode | undefined> {
  return getDatabase().episodes.get(id);
}

/**
 * Saves an edit. `change` is a patch, or a function of the stored episode that returns one (for toggles,
 * so two quick taps never work from the same stale copy). Resolves to the problem (nothing written) when
 * a value is impossible, and rejects with the storage error when the write fails; either way the stored
 * record is as it was.
 */
export async function updateEpisode(id: string, change: EpisodePatch | ((current: Episode) => EpisodePatch), now = Date.now()): Promise<Checked<Episode>> {
  const db = getDatabase();
  return db.transaction('rw', db.episodes, async () => {
    const current = await db.episodes.get(id);
    if (!current) throw new Error(`No episode ${id}`);
    const patch = typeof change === 'function' ? change(current) : change;
    const withOffset = patch.startedAt !== undefined && Number.isFinite(patch.startedAt) ? { ...patch, utcOffsetMinutes: deviceUtcOffset(patch.startedAt) } : patch;
    const checked = checkEpisodeEdit(current, withOffset, now);
    if (checked.ok) await db.episodes.put(checked.value);
    return checked;
  });
}

/** Deletes an episode and returns it whole, so Undo can put it back exactly. */
export async function deleteEpisode(id: string): Promise<Episode | undefined> {
  return takeOut(getDatabase().episodes, id);
}

/** Puts back a deleted episode exactly as it was (Undo). */
export async function restoreEpisode(episode: Episode): Promise<void> {
  await getDatabase().episodes.put(episode);
}
