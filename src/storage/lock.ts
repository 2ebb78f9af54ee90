/**
 * The optional lock: turning it on and off, unlocking, locking, changing the passphrase, and the state the
 * screens follow. The keys live in memory only (lock-middleware.ts holds them); the database keeps the
 * lock's one row (lock-keys.ts `LockRow`).
 *
 * Each change of state is one IndexedDB transaction, so a reload or a crash at any moment leaves the old
 * state or the new one, never a mix: turning on writes the lock's row and every record sealed together;
 * turning off deletes the row and writes every record plain together; a new passphrase rewrites the row
 * alone (the data key is only re-wrapped).
 */
import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { getDatabase } from './connection';
import { changePassphrase, createLock, unlock, type LockRow } from './lock-keys';
import { dropKeys, holdKeys, holdsKeysFor, LOCK_ID, SEALED_TABLES } from './lock-middleware';

/** `unknown` until the database has answered. */
export type LockState = 'unknown' | 'off' | 'locked' | 'unlocked';

export const AUTO_LOCK_CHOICES = [1, 5, 15, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

let state: LockState = 'unknown';
let row: LockRow | undefined;
const listeners = new Set<() => void>();

function publish(next: LockState, nextRow: LockRow | undefined): void {
  const changed = next !== state || nextRow?.autoLockMinutes !== row?.autoLockMinutes;
  state = next;
  row = nextRow;
  if (changed) for (const listener of listeners) listener();
}

/**
 * Tells every live query to read again, and Dexie to forget the results it keeps for them: after locking,
 * nothing read while unlocked may be shown again; after unlocking, everything sealed can be.
 */
function rereadEverything(): void {
  window.dispatchEvent(new CustomEvent('x-storagemutated-1', { detail: { all: true } }));
}

/** Sets the state from the lock's row: on with keys held (unlocked), on without (locked), or off. */
function follow(found: LockRow | undefined): void {
  if (!found) {
    if (state === 'unlocked' || state === 'locked') dropKeys();
    publish('off', undefined);
  } else if (holdsKeysFor(found.key)) {
    publish('unlocked', found);
  } else {
    // Turned on elsewhere, or a new lock: whatever this page held is not for it.
    dropKeys();
    publish('locked', found);
  }
}

/** Reads the lock's row now and sets the state from it. */
export async function refreshLockState(): Promise<LockState> {
  follow(await getDatabase().lock.get(LOCK_ID));
  return state;
}

/** While anything follows the state, the lock's row is watched, so turning it on or off in another tab shows here too. */
let watching: { unsubscribe(): void } | undefined;

/** Forgets the keys and the state, as a new page starts (tests, between diaries). */
export function forgetLock(): void {
  dropKeys();
  publish('unknown', undefined);
}

export const lockState = () => state;
export const autoLockMinutes = () => row?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  watching ??= liveQuery(() => getDatabase().lock.get(LOCK_ID)).subscribe({ next: follow, error: () => undefined });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      watching?.unsubscribe();
      watching = undefined;
    }
  };
}

export function useLockState(): LockState {
  return useSyncExternalStore(subscribe, lockState);
}

export function useAutoLockMinutes(): number {
  return useSyncExternalStore(subscribe, autoLockMinutes);
}

async function currentRow(): Promise<LockRow> {
  const found = await getDatabase().lock.get(LOCK_ID);
  if (!found) throw new Error('The lock is off.');
  return found;
}

/**
 * Turns the lock on: new keys under `passphrase`, and every record sealed with them in the same
 * transaction as the lock's row. `iterations` is lowered by tests only.
 */
export async function turnOnLock(passphrase: string, minutes: number = DEFAULT_AUTO_LOCK_MINUTES, iterations?: number): Promise<void> {
  const { record, keys } = await createLock(passphrase, iterations);
  const lock: LockRow = { id: LOCK_ID, key: crypto.randomUUID(), keys: record, autoLockMinutes: minutes, updatedAt: Date.now() };
  // Held before the transaction so the middleware seals with the new data key; no record names this
  // lock unless the transaction commits.
  holdKeys(lock.key, keys);
  const db = getDatabase();
  try {
    await db.transaction('rw', [db.lock, ...SEALED_TABLES.map((name) => db.table(name))], async () => {
      if (await db.lock.get(LOCK_ID)) throw new Error('The lock is already on.');
      await db.lock.put(lock);
      for (const name of SEALED_TABLES) {
        const table = db.table(name);
        await table.bulkPut(await table.toArray());
      }
    });
  } catch (error) {
    await refreshLockState();
    throw error;
  }
  publish('unlocked', lock);
  rereadEverything();
}

/** Opens the diary; false when the passphrase is not the lock's. */
export async function unlockWith(passphrase: string): Promise<boolean> {
  const lock = await currentRow();
  const keys = await unlock(lock.keys, passphrase);
  if (!keys) return false;
  holdKeys(lock.key, keys);
  publish('unlocked', lock);
  rereadEverything();
  return true;
}

/** Locks now: the keys are forgotten, and every screen reads again without them. */
export function lockNow(): void {
  if (state !== 'unlocked') return;
  dropKeys();
  publish('locked', row);
  rereadEverything();
}

/** A new passphrase for the same keys; false when `current` is not the lock's. */
export async function changeLockPassphrase(current: string, next: string, iterations?: number): Promise<boolean> {
  const lock = await currentRow();
  const keys = await changePassphrase(lock.keys, current, next, iterations);
  if (!keys) return false;
  const db = getDatabase();
  await db.transaction('rw', db.lock, async () => {
    const now = await db.lock.get(LOCK_ID);
    // Turned off or on again elsewhere in the meantime: this passphrase would wrap keys no record uses.
    if (now?.key !== lock.key) throw new Error('The lock changed in another tab.');
    await db.lock.put({ ...now, keys, updatedAt: Date.now() });
  });
  return true;
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.lock, async () => {
    const now = await db.lock.get(LOCK_ID);
    if (now) await db.lock.put({ ...now, autoLockMinutes: minutes, updatedAt: Date.now() });
  });
  await refreshLockState();
}

/**
 * Turns the lock off: every record written plain and the lock's row deleted in one transaction. Asks for
 * the passphrase again (false when wrong), so a phone left unlocked cannot have its lock removed.
 */
export async function turnOffLock(passphrase: string): Promise<boolean> {
  const lock = await currentRow();
  const keys = await unlock(lock.keys, passphrase);
  if (!keys) return false;
  holdKeys(lock.key, keys);
  const db = getDatabase();
  try {
    await db.transaction('rw', [db.lock, ...SEALED_TABLES.map((name) => db.table(name))], async () => {
      const all = [];
      for (const name of SEALED_TABLES) all.push([name, await db.table(name).toArray()] as const);
      await db.lock.delete(LOCK_ID);
      for (const [name, rows] of all) await db.table(name).bulkPut(rows);
    });
  } catch (error) {
    await refreshLockState();
    throw error;
  }
  dropKeys();
  publish('off', undefined);
  rereadEverything();
  return true;
}
