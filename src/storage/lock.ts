/**
 * The optional lock: turning it on and off, unlocking, and changing the passphrase (the state the screens
 * follow, and Lock now, are in lock-state.ts). The keys live in memory only (lock-middleware.ts holds
 * them); the database keeps the lock's one row (lock-keys.ts `LockRow`).
 *
 * Each change of state is one IndexedDB transaction, so a reload or a crash at any moment leaves the old
 * state or the new one, never a mix: turning on writes the lock's row and every record sealed together;
 * turning off deletes the row and writes every record plain together; a new passphrase rewrites the row
 * alone (the data key is only re-wrapped).
 */
import { getDatabase } from './connection';
import { createLock, changePassphrase, unlock, type LockRow } from './lock-keys';
import { dropKeys, holdKeys, LOCK_ID, SEALED_TABLES } from './lock-middleware';
import { DEFAULT_AUTO_LOCK_MINUTES, publish, refreshLockState, rereadEverything } from './lock-state';

/** The lock's table and every table it seals: the scope of turning it on or off. */
function everyTable() {
  const db = getDatabase();
  return [db.lock, ...SEALED_TABLES.map((name) => db.table(name))];
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
    await db.transaction('rw', everyTable(), async () => {
      if (await db.lock.get(LOCK_ID)) throw new Error('The lock is already on.');
      await db.lock.put(lock);
      for (const name of SEALED_TABLES) {
        const table = db.table(name);
        await table.bulkPut(await table.toArray());
      }
    });
  } catch (error) {
    // Nothing was written: the new keys open nothing, and are forgotten.
    dropKeys();
    await refreshLockState();
    throw error;
  }
  publish('unlocked', lock);
  rereadEverything();
}

/** Unwraps the lock's keys with `passphrase` and holds them; the lock's row, or null when the passphrase is not its. */
async function holdKeysOf(passphrase: string): Promise<LockRow | null> {
  const lock = await currentRow();
  const keys = await unlock(lock.keys, passphrase);
  if (!keys) return null;
  holdKeys(lock.key, keys);
  return lock;
}

/** Opens the diary; false when the passphrase is not the lock's. */
export async function unlockWith(passphrase: string): Promise<boolean> {
  const lock = await holdKeysOf(passphrase);
  if (!lock) return false;
  publish('unlocked', lock);
  rereadEverything();
  return true;
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
  if (!(await holdKeysOf(passphrase))) return false;
  const db = getDatabase();
  try {
    await db.transaction('rw', everyTable(), async () => {
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
