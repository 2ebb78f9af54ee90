/**
 * Writes a database with the plain IndexedDB API, the way an older release left it on a device, without
 * going through today's schema code; and reads one back the same way, as a copied profile would show it.
 */

export interface FrozenDatabase {
  dexieVersion: number;
  stores: Record<string, { keyPath: string; indexes: [string, boolean][] }>;
  data: Record<string, unknown[]>;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export async function writeRawDatabase(name: string, frozen: FrozenDatabase): Promise<void> {
  // Dexie stores version n as IndexedDB version n * 10.
  const open = indexedDB.open(name, frozen.dexieVersion * 10);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [store, { keyPath, indexes }] of Object.entries(frozen.stores)) {
      const os = db.createObjectStore(store, { keyPath });
      for (const [index, unique] of indexes) {
        // Dexie names a compound index "[a+b]" and keys it by ['a', 'b'].
        const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index;
        os.createIndex(index, keyPath, { unique });
      }
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(frozen.data), 'readwrite');
  for (const [store, rows] of Object.entries(frozen.data)) for (const row of rows) tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Every store's rows as IndexedDB holds them, read with the plain API (no Dexie, no lock). */
export async function readRawDatabase(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const db = await request(indexedDB.open(name));
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const rows = await Promise.all(names.map(async (store) => [store, (await request(tx.objectStore(store).getAll())) as Record<string, unknown>[]] as const));
  db.close();
  return Object.fromEntries(rows);
}
