/**
 * Check-in repository: one check-in per night, created on first touch.
 */
import { checkCheckInEdit, type CheckIn, type CheckInPatch } from '../domain/check-in';
import type { NightKey } from '../domain/night';
import type { Checked } from '../domain/record';
import { getDatabase } from './connection';
import { takeOut } from './take-out';

export async function getCheckIn(night: NightKey): Promise<CheckIn | undefined> {
  return getDatabase().checkIns.where('night').equals(night).first();
}

/** Creates or updates the check-in of `night` with `patch`, in one transaction; nothing is written when a value is refused. */
export async function saveCheckIn(night: NightKey, patch: CheckInPatch, now = Date.now()): Promise<Checked<CheckIn>> {
  const db = getDatabase();
  return db.transaction('rw', db.checkIns, async () => {
    const current = await db.checkIns.where('night').equals(night).first();
    const checked = checkCheckInEdit(current, patch, night, crypto.randomUUID(), now);
    if (checked.ok) await db.checkIns.put(checked.value);
    return checked;
  });
}

/** Deletes a check-in and returns it, for Undo. */
export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return takeOut(getDatabase().checkIns, id);
}

export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await getDatabase().checkIns.put(checkIn);
}
