/**
 * Persistent storage: asks the browser not to evict the diary under storage pressure, and reports how
 * much space the diary uses. Browsers without the Storage API answer "unsupported".
 */

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/** The browser's answer now: whether it will keep the diary under storage pressure. Never stored. */
export async function persistenceNow(): Promise<'granted' | 'not-granted' | 'unsupported'> {
  if (!navigator.storage?.persisted) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

export async function requestPersistence(): Promise<PersistenceResult> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Bytes used and available to this app, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return usage !== undefined && quota !== undefined ? { usage, quota } : undefined;
  } catch {
    return undefined;
  }
}
