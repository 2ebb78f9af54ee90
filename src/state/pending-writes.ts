/**
 * Every write still in flight, so the shell can wait for all of them before it reloads for an update.
 * IndexedDB runs read-write transactions on the same table in the order they were made, so writes
 * pushed keystroke by keystroke land in order without any queue of our own.
 */

import { flushFields } from './unsaved';

const inFlight = new Set<Promise<unknown>>();

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const forget = () => inFlight.delete(write);
  write.then(forget, forget);
  return write;
}

/** Resolves once every write started so far has finished, whether it succeeded or not. */
export async function flushAllSaves(): Promise<void> {
  flushFields();
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
