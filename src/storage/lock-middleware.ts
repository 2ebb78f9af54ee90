/**
 * The lock's one Dexie DBCore middleware: with the lock on, it stores the sensitive fields of every record
 * encrypted, and hands features the plain record back; features never see ciphertext.
 *
 * A stored record under the lock keeps only READABLE_FIELDS in the clear (what the indexes and the
 * queries need) and everything else in `sealed`:
 * - unlocked, with the data key (AES-256-GCM);
 * - locked, to the lock's public key (ECDH P-256 with a key pair of its own, then AES-256-GCM), so a
 *   locked phone can add to the diary without being able to read it.
 * Each sealed value is bound to its table and id (authenticated data), so it cannot be moved to another
 * record. Whether to seal is decided by the lock's row read in the same transaction as the write, so a
 * lock turned on or off in another tab, or in a transaction that did not finish, is never mistaken.
 *
 * Reading while locked, a sealed record is left out (as if absent), except those this page wrote while
 * locked (the cramp just logged, so its form can go on) and the settings row, whose readable part (the
 * theme and the emergency number) is returned alone. A write over a record that cannot be read is
 * refused (`LockedError`), so nothing half-known is ever written back.
 *
 * Web Crypto is asynchronous and IndexedDB commits a transaction left idle, so while a value is being
 * encrypted or opened, small reads keep the transaction busy (`keepAlive`).
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type * as LockKeys from './lock-keys';
import type { EphemeralKey, LockRow, Sealed, SealedToPublic, UnlockedKeys } from './lock-keys';

type LockKeysModule = typeof LockKeys;

/**
 * The cryptography, loaded the first time a diary with the lock needs it (a diary without one never
 * does), and asked for once: each `import()` of the build looks its files up in the page again.
 */
let cryptography: Promise<LockKeysModule> | undefined;
const crypt = () => (cryptography ??= import('./lock-keys'));

/** What stays readable, by table (the README lists it for readers). Every other field is sealed. */
export const READABLE_FIELDS = {
  episodes: ['id', 'night', 'startedAt', 'createdAt', 'updatedAt'],
  checkIns: ['id', 'night', 'createdAt', 'updatedAt'],
  answerSets: ['id', 'section', 'createdAt', 'updatedAt'],
  changes: ['id', 'startNight', 'createdAt', 'updatedAt'],
  // The theme and its hours paint the first frame; the emergency number is always reachable.
  settings: ['id', 'theme', 'nightFromHour', 'nightToHour', 'emergencyNumber', 'installHintDismissed', 'updatedAt'],
} as const satisfies Record<string, readonly string[]>;

export type SealedTable = keyof typeof READABLE_FIELDS;
export const SEALED_TABLES = Object.keys(READABLE_FIELDS) as SealedTable[];
export const LOCK_TABLE = 'lock';
export const LOCK_ID = 'lock';

const isSealedTable = (name: string): name is SealedTable => name in READABLE_FIELDS;

/** A write the lock refuses: the record is sealed and this page cannot read it. */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('The diary is locked: this record cannot be changed until it is unlocked.');
  }
}

type Row = Record<string, unknown> & { id: string };
type SealedField = (Sealed | SealedToPublic) & { lock: string };
type StoredRow = Row & { sealed?: SealedField };

const isSealedRow = (row: unknown): row is StoredRow & { sealed: SealedField } =>
  typeof row === 'object' && row !== null && typeof (row as StoredRow).sealed === 'object' && (row as StoredRow).sealed !== null;

/** The keys of the lock this page unlocked, held in memory only. */
let unlocked: { lock: string; keys: UnlockedKeys } | undefined;
/** Records this page wrote while locked, as written, so the form that made them can go on. */
const writtenWhileLocked = new Map<string, Row>();
/**
 * While unlocked, the opened text of each sealed record by table and id, with the IV it was sealed
 * under: a record read again (every live query after every save) is not decrypted again. Forgotten on
 * locking, with the keys.
 */
const opened = new Map<string, { iv: string; text: string }>();
/** The key for the next record written while locked, made ahead of the tap that needs it. */
let nextEphemeral: { publicKey: string; key: Promise<EphemeralKey> } | undefined;

export function holdKeys(lock: string, keys: UnlockedKeys): void {
  unlocked = { lock, keys };
  writtenWhileLocked.clear();
  opened.clear();
}

/** Forgets the keys and what was written while locked: nothing sealed can be read from here on. */
export function dropKeys(): void {
  unlocked = undefined;
  writtenWhileLocked.clear();
  opened.clear();
}

export const holdsKeysFor = (lock: string) => unlocked?.lock === lock;

/** True when this page wrote the record while locked, and so can still show it. */
export const wroteWhileLocked = (table: SealedTable, id: string) => writtenWhileLocked.has(`${table}/${id}`);

/** The lock's row as this page last saw it (lock-state.ts tells), so a write can start sealing before reading it again. */
let lastSeenLock: LockRow | undefined;

/** Tells the middleware the lock's row as read; when locked, a key is made ready for the next record. */
export function sawLock(row: LockRow | undefined): void {
  lastSeenLock = row;
  if (row && !holdsKeysFor(row.key)) prepareLockedWrite(row.keys.publicKey);
}

/** Gets a key ready for the next record written while locked to this public key. */
function prepareLockedWrite(publicKey: string): void {
  if (nextEphemeral?.publicKey === publicKey) return;
  const key = crypt().then((c) => c.ephemeralKeyFor(publicKey));
  key.catch(() => undefined);
  nextEphemeral = { publicKey, key };
}

/** The ready key, if it is for this public key, and another made ready for the next record. */
function takeEphemeral(publicKey: string): Promise<EphemeralKey> {
  const ready = nextEphemeral?.publicKey === publicKey ? nextEphemeral.key : crypt().then((c) => c.ephemeralKeyFor(publicKey));
  nextEphemeral = undefined;
  prepareLockedWrite(publicKey);
  return ready;
}

const bindingOf = (table: SealedTable, id: string) => `${table}/${id}`;

function split(table: SealedTable, row: Row): { readable: Row; hidden: Record<string, unknown> } {
  const names: readonly string[] = READABLE_FIELDS[table];
  const readable: Record<string, unknown> = {};
  const hidden: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) (names.includes(name) ? readable : hidden)[name] = value;
  return { readable: readable as Row, hidden };
}

async function seal(table: SealedTable, row: Row, lock: LockRow): Promise<StoredRow> {
  const { readable, hidden } = split(table, row);
  const binding = bindingOf(table, row.id);
  const text = JSON.stringify(hidden);
  const { encryptText, sealTextWith } = await crypt();
  if (unlocked?.lock === lock.key) {
    const sealed = await encryptText(unlocked.keys.dataKey, text, binding);
    opened.set(binding, { iv: sealed.iv, text });
    return { ...readable, sealed: { lock: lock.key, ...sealed } };
  }
  const sealed = await sealTextWith(await takeEphemeral(lock.keys.publicKey), text, binding);
  return { ...readable, sealed: { lock: lock.key, ...sealed } };
}

/** What opening a stored record comes to without any cryptography: the record, undefined (unreadable here), or NEEDS_KEYS. */
const NEEDS_KEYS = Symbol('needs keys');

function openAtOnce(table: SealedTable, stored: unknown): unknown {
  if (!isSealedRow(stored)) return stored;
  const { sealed, ...readable } = stored;
  const binding = bindingOf(table, stored.id);
  if (unlocked?.lock === sealed.lock) {
    const known = opened.get(binding);
    return known?.iv === sealed.iv ? { ...(JSON.parse(known.text) as Record<string, unknown>), ...readable } : NEEDS_KEYS;
  }
  return rememberedAsStored(table, stored) ?? (table === 'settings' ? readable : undefined);
}

/** The record as this page wrote it while locked, if what is stored is still that version. */
function rememberedAsStored(table: SealedTable, stored: StoredRow): Row | undefined {
  const remembered = writtenWhileLocked.get(bindingOf(table, stored.id));
  return remembered?.updatedAt === stored.updatedAt ? remembered : undefined;
}

/** The plain record, or undefined when this page cannot read it. */
async function open(table: SealedTable, stored: unknown): Promise<unknown> {
  const now = openAtOnce(table, stored);
  if (now !== NEEDS_KEYS || !unlocked || !isSealedRow(stored)) return now === NEEDS_KEYS ? undefined : now;
  const { sealed, ...readable } = stored;
  const binding = bindingOf(table, stored.id);
  const { decryptText, openTextFromPublic } = await crypt();
  const text = 'ephemeral' in sealed ? await openTextFromPublic(unlocked.keys.privateKey, sealed, binding) : await decryptText(unlocked.keys.dataKey, sealed, binding);
  opened.set(binding, { iv: sealed.iv, text });
  return { ...(JSON.parse(text) as Record<string, unknown>), ...readable };
}

/** True when this page can read the stored record (or it is not sealed). */
function readable(table: SealedTable, stored: unknown): boolean {
  if (!isSealedRow(stored)) return true;
  return unlocked?.lock === stored.sealed.lock || rememberedAsStored(table, stored) !== undefined;
}

/**
 * Waits for `work` (Web Crypto) without letting the transaction commit: a small read keeps it busy until
 * the work is done, and the result is handed back inside that read's callback, where the transaction
 * still takes requests.
 */
function keepAlive<T>(trans: DBCoreTransaction, store: string, work: Promise<T>): Promise<T> {
  const idb = trans as unknown as IDBTransaction;
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | undefined;
    work.then(
      (value) => (settle = () => resolve(value)),
      (error: unknown) => (settle = () => reject(error instanceof Error ? error : new Error(String(error)))),
    );
    const spin = () => {
      if (settle) return settle();
      try {
        const request = idb.objectStore(store).get(-Infinity);
        request.onsuccess = spin;
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    spin();
  });
}

/** A promise, and whether it has settled yet (seen only after the microtasks that settle it). */
function tracked<T>(promise: Promise<T>): { promise: Promise<T>; done: boolean } {
  const handle = { promise, done: false };
  promise.then(
    () => void (handle.done = true),
    () => void (handle.done = true),
  );
  return handle;
}

const anySealed = (values: readonly unknown[]) => values.some(isSealedRow);

/** Opens every value; only those not opened before wait for Web Crypto (and keep the transaction busy). */
function openAll(trans: DBCoreTransaction, table: SealedTable, values: readonly unknown[]): Promise<unknown[]> {
  if (!anySealed(values)) return Promise.resolve([...values]);
  const now = values.map((value) => openAtOnce(table, value));
  if (!now.includes(NEEDS_KEYS)) return Promise.resolve(now);
  return keepAlive(trans, table, Promise.all(now.map((value, i) => (value === NEEDS_KEYS ? open(table, values[i]) : value))));
}

/** A cursor whose values are opened before the caller sees them; records this page cannot read are stepped over. */
function openingCursor(cursor: DBCoreCursor, table: SealedTable): DBCoreCursor {
  let value: unknown;
  const wrapped: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key as unknown;
    },
    get primaryKey() {
      return cursor.primaryKey as unknown;
    },
    get value() {
      return value;
    },
    get done() {
      return cursor.done;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    stop: (result?: unknown) => cursor.stop(result),
    fail: (error: Error) => cursor.fail(error),
    next() {
      let gotOne = 1;
      return this.start(() => (gotOne-- ? this.continue() : this.stop())).then(() => this);
    },
    start: (onNext: () => void) =>
      cursor.start(() => {
        const stored = cursor.value as unknown;
        const now = openAtOnce(table, stored);
        if (now !== NEEDS_KEYS) {
          if (now === undefined) return cursor.continue();
          value = now;
          onNext();
          return;
        }
        keepAlive(cursor.trans, table, open(table, stored)).then(
          (opened) => {
            if (opened === undefined) return cursor.continue();
            value = opened;
            onNext();
          },
          (error: Error) => cursor.fail(error),
        );
      }),
  };
  return wrapped;
}

const hasLockTable = (core: DBCore) => core.schema.tables.some((t) => t.name === LOCK_TABLE);

function lockingTable(down: DBCore, table: DBCoreTable, name: SealedTable): DBCoreTable {
  /** The lock's row as this transaction sees it; none in an upgrade from before the lock existed. */
  async function lockOf(trans: DBCoreTransaction): Promise<LockRow | undefined> {
    if (!hasLockTable(down)) return undefined;
    return (await down.table(LOCK_TABLE).get({ trans, key: LOCK_ID })) as LockRow | undefined;
  }

  async function mutate(req: DBCoreMutateRequest) {
    if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
    const values = req.values as Row[];
    const sealAll = (lock: LockRow) => tracked(Promise.all(values.map((value) => seal(name, value, lock))));
    // Sealing starts with the lock this page last saw while the lock's row is read in the write's own
    // transaction, which decides; a different row there means sealing again for it.
    const guess = lastSeenLock;
    const early = guess && sealAll(guess);
    const lock = await lockOf(req.trans);
    if (!lock) return table.mutate(req);
    if (req.type === 'put' && !holdsKeysFor(lock.key)) {
      const current: unknown[] = await table.getMany({ trans: req.trans, keys: req.keys ?? values.map((v) => v.id) });
      if (current.some((stored) => stored !== undefined && !readable(name, stored))) throw new LockedError();
    }
    // Written while locked: this page remembers the record as written, so its form can go on.
    if (!holdsKeysFor(lock.key)) for (const value of values) writtenWhileLocked.set(bindingOf(name, value.id), value);
    const sealing = early && guess.key === lock.key && guess.keys.publicKey === lock.keys.publicKey ? early : sealAll(lock);
    // Already done (the usual case for one record): no need to keep the transaction busy.
    const sealed = sealing.done ? await sealing.promise : await keepAlive(req.trans, name, sealing.promise);
    return table.mutate({ ...req, values: sealed });
  }

  return {
    ...table,
    mutate,
    async get(req) {
      const stored: unknown = await table.get(req);
      const now = openAtOnce(name, stored);
      return now === NEEDS_KEYS ? keepAlive(req.trans, name, open(name, stored)) : now;
    },
    async getMany(req) {
      return openAll(req.trans, name, await table.getMany(req));
    },
    async query(req) {
      const response = await table.query(req);
      if (!req.values || !anySealed(response.result)) return response;
      const opened = await openAll(req.trans, name, response.result);
      return { ...response, result: opened.filter((value) => value !== undefined) };
    },
    async openCursor(req) {
      const cursor = await table.openCursor(req);
      return cursor && req.values ? openingCursor(cursor, name) : cursor;
    },
  };
}

export const lockMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CrampnoteLock',
  // Below Dexie's own middlewares (hooks, cache, observation), which all see plain records.
  level: -10,
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      // A write reads the lock's row in its own transaction.
      const needsLock = mode === 'readwrite' && stores.some(isSealedTable) && !stores.includes(LOCK_TABLE) && hasLockTable(down);
      return down.transaction(needsLock ? [...stores, LOCK_TABLE] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return isSealedTable(name) ? lockingTable(down, table, name) : table;
    },
  }),
};
