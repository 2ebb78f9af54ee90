/**
 * Changes marked on the timeline: a medicine started or changed, or a self-care experiment.
 */
import { checkNewChange, type Change, type ChangeKind } from '../domain/change';
import type { NightKey } from '../domain/night';
import type { Checked } from '../domain/record';
import { getDatabase } from './connection';
import { takeOut } from './take-out';

/** Adds a change; nothing is written when the label or the date is refused. */
export async function addChange(kind: ChangeKind, label: string, startNight: NightKey, now = Date.now()): Promise<Checked<Change>> {
  const checked = checkNewChange(crypto.randomUUID(), kind, label, startNight, now);
  if (checked.ok) await getDatabase().changes.add(checked.value);
  return checked;
}

export async function deleteChange(id: string): Promise<Change | undefined> {
  return takeOut(getDatabase().changes, id);
}

export async function restoreChange(change: Change): Promise<void> {
  await getDatabase().changes.put(change);
}
