/**
 * The one IndexedDB database on the device, and the only place that declares its schema.
 *
 * !!! DATA SAFETY: the database name, table names, primary keys and every `db.version(n)` below are
 * released data formats. Never edit or remove a released version: add `version(n + 1)` with an upgrade
 * function, add a frozen fixture for version n to tests/fixtures/, and extend tests/storage/schema-upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Change } from '../domain/change';
import type { CheckIn } from '../domain/check-in';
import type { Episode } from '../domain/episode';
import type { AnswerSet } from '../domain/guidance/answer-set';
import type { Settings } from '../domain/settings';
import type { LockRow } from './lock-keys';
import { lockMiddleware } from './lock-middleware';

/** Do not change without adding migration logic: existing diaries live under this name. */
export const DATABASE_NAME = 'crampnote';

/** The newest schema version this code declares. A device holding a higher one was opened by a newer app. */
export const SCHEMA_VERSION = 6;

export class CrampnoteDatabase extends Dexie {
  episodes!: EntityTable<Episode, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  answerSets!: EntityTable<AnswerSet, 'id'>;
  changes!: EntityTable<Change, 'id'>;
  lock!: EntityTable<LockRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // With the lock on, records are stored sealed; every connection reads and writes through the lock.
    this.use(lockMiddleware);

    // Version 1 (released 2026-11): episodes by start time and night, one check-in per night, one settings row.
    this.version(1).stores({
      episodes: 'id, startedAt, night, updatedAt',
      checkIns: 'id, &night, updatedAt',
      settings: 'id',
    });

    // Version 2 (released 2026-11): wizard answers, dated. A new table only: nothing to upgrade.
    this.version(2).stores({
      answerSets: 'id, [section+updatedAt]',
    });

    // Version 3 (released 2026-11): changes marked on the timeline (medicines, self-care experiments).
    this.version(3).stores({
      changes: 'id, startNight',
    });

    // Version 4 (released 2026-11): whether the browser protects the diary is asked of the browser each
    // time, never stored (a stored answer travelled in exports to devices where it was not true).
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('settings')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            delete row.persistence;
          }),
      );
    // Version 5 (released 2026-11): the evening (fluids, caffeine, alcohol) is asked once per night, on the
    // night's check-in, which the cramp form now shows and edits too. What earlier versions kept on each
    // cramp is copied to its night's check-in where the check-in does not say (the largest of the night's
    // cramps, since "since the afternoon" only grows through a night); a night without a check-in gets
    // one. The cramps keep their values as they were, so nothing an export carried is lost.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const evening = new Map<string, { fluidsMl?: number; caffeineDrinks?: number; alcoholDrinks?: number; at: number }>();
        await tx.table('episodes').each((e: Record<string, unknown>) => {
          const night = e.night as string;
          const found = evening.get(night) ?? { at: 0 };
          for (const field of ['fluidsMl', 'caffeineDrinks', 'alcoholDrinks'] as const) {
            const value = e[field];
            if (typeof value === 'number') found[field] = Math.max(found[field] ?? value, value);
          }
          if (found.fluidsMl !== undefined || found.caffeineDrinks !== undefined || found.alcoholDrinks !== undefined) {
            found.at = Math.max(found.at, e.updatedAt as number);
            evening.set(night, found);
          }
        });
        const checkIns = tx.table('checkIns');
        for (const [night, found] of evening) {
          const current = (await checkIns.where('night').equals(night).first()) as Record<string, unknown> | undefined;
          const row: Record<string, unknown> = current ?? { id: crypto.randomUUID(), night, noCramp: false, createdAt: found.at, updatedAt: found.at };
          for (const field of ['fluidsMl', 'caffeineDrinks', 'alcoholDrinks'] as const) {
            if (row[field] === undefined && found[field] !== undefined) row[field] = found[field];
          }
          await checkIns.put(row);
        }
      });

    // Version 6 (released 2026-11): the optional lock. One row holds its wrapped keys; with the lock on,
    // the lock middleware (lock-middleware.ts) stores the other tables' sensitive fields encrypted. A new
    // table only: nothing to upgrade. From here on, an upgrade may find a locked diary, whose sealed
    // fields it cannot read: upgrades may only read and write the fields the middleware leaves readable.
    this.version(6).stores({
      lock: 'id',
    });
  }
}
