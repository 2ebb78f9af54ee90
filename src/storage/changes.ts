/**
 * Changes marked on the timeline: a medicine started or changed, or a self-care experiment.
 */
import { CHANGE_LABEL_MAX, type Change, type ChangeKind } from '../domain/change';
import { isNightKey, type NightKey } from '../domain/night';
import { getDatabase } from './connection';
import { takeOut } from './take-out';

export class InvalidChangeError extends Error {
  constructor() {
    super('A change needs a real date and a short label');
    this.name = 'InvalidChangeError';
  }
}

export async function addChange(kind: ChangeKind, label: string, startNight: NightKey, now = Date.now()): Promise<Change> {
  const trimmed = label.trim();
  if (!isNightKey(startNight) || trimmed.length === 0 || trimmed.length > CHANGE_LABEL_MAX) throw new InvalidChangeError();
  const change: Change = { id: crypto.randomUUID(), kind, label: trimmed, startNight, createdAt: now, updatedAt: now };
  await getDatabase().changes.add(change);
  return change;
}

export async function deleteChange(id: string): Promise<Change | undefined> {
  return takeOut(getDatabase().changes, id);
}

export async function restoreChange(change: Change): Promise<void> {
  await getDatabase().changes.put(change);
}
