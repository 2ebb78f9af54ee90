/**
 * Check-in repository: one check-in per night, created on first touch.
 */
import { createCheckIn, validateCheckInPatch, type CheckIn, type CheckInPatch } from '../domain/check-in';
import type { NightKey } from '../domain/night';
import { getDatabase } from './connection';
import { takeOut } from './take-out';

export class InvalidCheckInError extends Error {
  constructor(readonly field: string) {
    super(`Invalid ${field}`);
    this.name = 'InvalidCheckInError';
  }
}

export async function getCheckIn(night: NightKey): Promise<CheckIn | undefined> {
  return getDatabase().checkIns.where('night').equals(night).first();
}

/** Creates or updates the check-in of `night` with `patch`, in one transaction. */
export async function saveCheckIn(night: NightKey, patch: CheckInPatch, now = Date.now()): Promise<CheckIn> {
  const field = validateCheckInPatch(patch);
  if (field) throw new InvalidCheckInError(field);
  const db = getDatabase();
  return db.transaction('rw', db.checkIns, async () => {
    const current = (await db.checkIns.where('night').equals(night).first()) ?? createCheckIn(crypto.randomUUID(), night, now);
    const next: CheckIn = { ...current, ...patch, updatedAt: Math.max(now, current.updatedAt) };
    await db.checkIns.put(next);
    return next;
  });
}

/** Deletes a check-in and returns it, for Undo. */
export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return takeOut(getDatabase().checkIns, id);
}

export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await getDatabase().checkIns.put(checkIn);
}
