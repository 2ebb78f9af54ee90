import { describe, expect, it } from 'vitest';
import { CrampnoteDatabase, SCHEMA_VERSION } from '../../src/storage/db';
import v1 from '../fixtures/db-v1.json';
import v2 from '../fixtures/db-v2.json';
import v3 from '../fixtures/db-v3.json';
import v4 from '../fixtures/db-v4.json';
import { writeRawDatabase, type FrozenDatabase } from './raw-idb';

const FIXTURES: [string, FrozenDatabase][] = [
  ['version 1', v1 as unknown as FrozenDatabase],
  ['version 2', v2 as unknown as FrozenDatabase],
  ['version 3', v3 as unknown as FrozenDatabase],
  ['version 4', v4 as unknown as FrozenDatabase],
];

/** Version 4 stopped storing the browser's persistence answer: the one field an upgrade removes. */
const withoutPersistence = (rows: unknown[] = []) => rows.map((row) => Object.fromEntries(Object.entries(row as object).filter(([k]) => k !== 'persistence')));

describe('databases written by earlier versions', () => {
  it.each(FIXTURES)('a %s database opens with today\'s code and reads back whole', async (_label, frozen) => {
    const name = `fixture-${frozen.dexieVersion}`;
    await writeRawDatabase(name, frozen);
    const db = new CrampnoteDatabase(name);
    await db.open();
    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await db.episodes.toArray())).toEqual(sortById(frozen.data.episodes as { id: string }[]));
    expect(sortById(await db.checkIns.toArray())).toEqual(sortById(frozen.data.checkIns as { id: string }[]));
    expect(await db.settings.toArray()).toEqual(withoutPersistence(frozen.data.settings));
    expect(sortById(await db.answerSets.toArray())).toEqual(sortById((frozen.data.answerSets ?? []) as { id: string }[]));
    expect(sortById(await db.changes.toArray())).toEqual(sortById((frozen.data.changes ?? []) as { id: string }[]));
    expect(db.verno).toBe(SCHEMA_VERSION);
    // The indexes a release declared still answer queries.
    expect(await db.episodes.where('night').equals('2026-11-24').count()).toBe(1);
    expect(await db.checkIns.where('night').equals('2026-11-23').count()).toBe(1);
    expect(await db.answerSets.where('[section+updatedAt]').between(['symptoms', -Infinity], ['symptoms', Infinity]).count()).toBe(
      (frozen.data.answerSets ?? []).filter((s) => (s as { section: string }).section === 'symptoms').length,
    );
    db.close();
    await db.delete();
  });
});
