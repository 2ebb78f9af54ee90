/**
 * Whether the lock is on, and unlocked here: the state the screens follow, kept from the lock's row (read
 * at start and watched, so a lock turned on or off in another tab shows here too), and Lock now. Small and
 * on the bedside start; turning the lock on and off, and unlocking, are in lock.ts, loaded by the screens
 * that do them.
 */
import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { getDatabase } from './connection';
import type { LockRow } from './lock-keys';
import { dropKeys, holdsKeysFor, LOCK_ID, sawLock } from './lock-middleware';

/** `unknown` until the database has answered. */
export type LockState = 'unknown' | 'off' | 'locked' | 'unlocked';

export const AUTO_LOCK_CHOICES = [1, 5, 15, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

let state: LockState = 'unknown';
let row: LockRow | undefined;
const listeners = new Set<() => void>();

/** Sets the state (lock.ts, after a change it made). */
export function publish(next: LockState, nextRow: LockRow | undefined): void {
  const changed = next !== state || nextRow?.autoLockMinutes !== row?.autoLockMinutes;
  state = next;
  row = nextRow;
  if (changed) for (const listener of listeners) listener();
  // The middleware starts sealing with this row, and, when locked, makes ready the key the next tap's
  // record is encrypted with.
  sawLock(nextRow);
}

/**
 * Tells every live query to read again, and Dexie to forget the results it keeps for them: after locking,
 * nothing read while unlocked may be shown again; after unlocking, everything sealed can be.
 */
export function rereadEverything(): void {
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

/** Locks now: the keys are forgotten, and every screen reads again without them. */
export function lockNow(): void {
  if (state !== 'unlocked') return;
  dropKeys();
  publish('locked', row);
  rereadEverything();
}
