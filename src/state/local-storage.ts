/**
 * localStorage for the small UI stores, or memory where the browser refuses it (the state then lasts as
 * long as the page). Every key the app writes starts with KEY_PREFIX, so "delete everything" can clear them.
 */

/** Do not change without migrating: every key the app keeps in localStorage starts with this. */
export const KEY_PREFIX = 'crampnote-';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const memory = new Map<string, string>();
const fallback: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

export const uiStorage = () => safeLocalStorage() ?? fallback;

/** Every key kept, in localStorage or its in-memory stand-in. */
export const uiKeys = (): string[] => {
  const storage = safeLocalStorage();
  return storage ? Object.keys(storage) : [...memory.keys()];
};

/** Removes every key the app keeps in localStorage (and its in-memory stand-in). */
export function clearUiStorage(): void {
  memory.clear();
  const storage = safeLocalStorage();
  if (!storage) return;
  for (const key of uiKeys()) if (key.startsWith(KEY_PREFIX)) storage.removeItem(key);
}
