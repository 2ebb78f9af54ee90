/**
 * Sorts storage failures into the few kinds a person can act on. IndexedDB reports a full disk as
 * QuotaExceededError, or as an AbortError of the transaction whose cause is one; Dexie wraps both.
 */

import type { StorageProblem } from '../domain/record';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  error?: unknown;
}

function names(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const e = error as ErrorLike;
  const own = typeof e.name === 'string' ? [e.name] : [];
  return [...own, ...names(e.inner, depth + 1), ...names(e.cause, depth + 1), ...names(e.error, depth + 1)];
}

export function classifyStorageError(error: unknown): StorageProblem {
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('LockedError')) return 'locked';
  if (all.includes('VersionError')) return 'newer-version';
  if (all.includes('DatabaseClosedError') || all.includes('VersionChangeError')) return 'closed-by-upgrade';
  if (all.some((n) => ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'OpenFailedError'].includes(n))) {
    return 'unavailable';
  }
  return 'unknown';
}
