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

/** Do not change without adding migration logic: existing diaries live under this name. */
export const DATABASE_NAME = 'crampnote';

/** The newest schema version this code declares. A device holding a higher one was opened by a newer app. */
export const SCHEMA_VERSION = 4;

export class CrampnoteDatabase extends Dexie {
  episodes!: EntityTable<Episode, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  answerSets!: EntityTable<AnswerSet, 'id'>;
  changes!: EntityTable<Change, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);

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
  }
}
