/**
 * Owns the app's single database connection and reports the problems that make it unusable: it cannot
 * open (private mode, storage switched off, a newer version already on the device) or another tab is
 * upgrading it. Listeners (the app shell) turn these into plain-words messages; no data is touched.
 */
import { CrampnoteDatabase, SCHEMA_VERSION } from './db';
import type { StorageProblem } from '../domain/record';
import { classifyStorageError } from './errors';

type Listener = (problem: StorageProblem) => void;

let database: CrampnoteDatabase | undefined;
const listeners = new Set<Listener>();

function report(problem: StorageProblem): void {
  for (const listener of listeners) listener(problem);
}

/** Reports a failed read or write in words the shell can show (see errors.ts). */
export function reportStorageProblem(error: unknown): void {
  report(classifyStorageError(error));
}

/** Subscribes to connection problems; returns the unsubscribe function. */
export function onConnectionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function connect(name?: string): CrampnoteDatabase {
  const db = new CrampnoteDatabase(name);
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Another tab deletes the diary (no new version) or runs a newer app that must upgrade: let it, and
    // stop using this connection here.
    db.close({ disableAutoOpen: true });
    report(event.newVersion === null ? 'deleted-elsewhere' : 'closed-by-upgrade');
    return false;
  });
  db.on('blocked', () => report('blocked'));
  return db;
}

/** The shared database. Created on first use; it opens itself lazily on the first query. */
export function getDatabase(): CrampnoteDatabase {
  database ??= connect();
  return database;
}

/**
 * Opens the database now, so a failure shows at start rather than on the first tap.
 * Resolves to the problem, or null when the database is ready.
 */
export async function openDatabase(): Promise<StorageProblem | null> {
  const db = getDatabase();
  try {
    await db.open();
    // Dexie stores schema version n as IndexedDB version n * 10, and opens a newer database without error.
    if (db.backendDB().version / 10 > SCHEMA_VERSION) {
      // A newer app has upgraded this diary. This older code must not write records it does not know
      // the shape of: stop, and ask for a reload, which brings the newer app.
      db.close({ disableAutoOpen: true });
      report('newer-version');
      return 'newer-version';
    }
    return null;
  } catch (error) {
    const problem = classifyStorageError(error);
    report(problem);
    return problem;
  }
}

/** Closes and forgets the connection (tests, and deleting everything). */
export function resetDatabase(name?: string): CrampnoteDatabase {
  database?.close();
  database = connect(name);
  return database;
}
