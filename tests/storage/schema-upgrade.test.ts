import { describe, expect, it } from 'vitest';
import { CrampnoteDatabase, DATABASE_NAME, SCHEMA_VERSION } from '../../src/storage/db';
import v1 from '../fixtures/db-v1.json';
import v2 from '../fixtures/db-v2.json';
import v3 from '../fixtures/db-v3.json';
import v4 from '../fixtures/db-v4.json';
import v5 from '../fixtures/db-v5.json';
import locked from '../fixtures/db-v6-locked.json';
import { getDatabase, resetDatabase } from '../../src/storage/connection';
import { unlockWith } from '../../src/storage/lock';
import { refreshLockState } from '../../src/storage/lock-state';
import { writeRawDatabase, type FrozenDatabase } from './raw-idb';

const FIXTURES: [string, FrozenDatabase][] = [
  ['version 1', v1 as unknown as FrozenDatabase],
  ['version 2', v2 as unknown as FrozenDatabase],
  ['version 3', v3 as unknown as FrozenDatabase],
  ['version 4', v4 as unknown as FrozenDatabase],
  ['version 5', v5 as unknown as FrozenDatabase],
];

/**
 * Version 5 asks the evening once per night, on the check-in: the fixtures' cramp on 24 November said
 * 750 ml, 1 caffeinated and 2 alcoholic drinks, and that night had no check-in, so the upgrade makes one.
 */
const withEvening = (frozen: FrozenDatabase, rows: unknown[]) =>
  frozen.dexieVersion >= 5
    ? rows
    : [...rows, { id: expect.stringMatching(/^[0-9a-f-]{36}$/), night: '2026-11-24', noCramp: false, fluidsMl: 750, caffeineDrinks: 1, alcoholDrinks: 2, createdAt: 1795593600000, updatedAt: 1795593600000 }];

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
    const byNight = <T,>(rows: T[]) => [...rows].sort((a, b) => String((a as { night: string }).night).localeCompare((b as { night: string }).night));
    expect(byNight(await db.checkIns.toArray())).toEqual(byNight(withEvening(frozen, frozen.data.checkIns ?? [])));
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

describe('the version 5 upgrade: the evening once per night', () => {
  it('copies what cramps said to their night\'s check-in where it does not say, the largest of the night, and leaves the cramps as they were', async () => {
    const frozen = structuredClone(v4) as unknown as FrozenDatabase;
    const [first] = frozen.data.episodes as Record<string, unknown>[];
    const cramp = (id: string, night: string, evening: object) => ({ ...first, id, night, fluidsMl: undefined, caffeineDrinks: undefined, alcoholDrinks: undefined, ...evening });
    const strip = (row: object) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
    frozen.data.episodes = [
      strip(cramp('6f1c2d9e-1a7b-4c53-9d2e-0b8f4a6c1e11', '2026-11-20', { alcoholDrinks: 1, fluidsMl: 500, updatedAt: 1795000000000 })),
      strip(cramp('6f1c2d9e-1a7b-4c53-9d2e-0b8f4a6c1e12', '2026-11-20', { alcoholDrinks: 3, updatedAt: 1795000100000 })),
      strip(cramp('6f1c2d9e-1a7b-4c53-9d2e-0b8f4a6c1e13', '2026-11-21', {})),
    ];
    frozen.data.checkIns = [{ id: '0a4b8c2d-3e5f-4a6b-8c7d-9e0f1a2b3c11', night: '2026-11-20', noCramp: false, caffeineDrinks: 4, fluidsMl: 900, createdAt: 1794990000000, updatedAt: 1794990000000 }];
    await writeRawDatabase('evening-upgrade', frozen);
    const db = new CrampnoteDatabase('evening-upgrade');
    await db.open();
    // The check-in's own fluids and caffeine stand; the alcohol is the night's largest.
    expect(await db.checkIns.toArray()).toEqual([{ ...frozen.data.checkIns[0] as object, alcoholDrinks: 3 }]);
    // A night whose cramps said nothing of the evening gets no check-in.
    expect(await db.checkIns.where('night').equals('2026-11-21').count()).toBe(0);
    expect(await db.episodes.orderBy('id').toArray()).toEqual(frozen.data.episodes);
    db.close();
    await db.delete();
  });
});

/**
 * A diary locked under schema version 6: version 5's fixture with the lock turned on, and a cramp logged
 * while locked (sealed to the public key). The sealed format is a released data format like the schema:
 * this file is frozen, and today's code must unlock it and read every record back whole.
 */
describe('a locked version 6 diary', () => {
  it('reads as empty while locked, and unlocks to every record whole', async () => {
    const frozen = locked as unknown as FrozenDatabase & { passphrase: string; writtenWhileLocked: { id: string } };
    resetDatabase().close({ disableAutoOpen: false });
    await writeRawDatabase(DATABASE_NAME, frozen);
    const db = getDatabase();
    expect(await refreshLockState()).toBe('locked');
    expect(await db.episodes.toArray()).toEqual([]);
    expect(await unlockWith('not the passphrase')).toBe(false);
    expect(await unlockWith(frozen.passphrase)).toBe(true);

    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const episodes = await db.episodes.toArray();
    expect(sortById(episodes.filter((e) => e.id !== frozen.writtenWhileLocked.id))).toEqual(sortById(v5.data.episodes as { id: string }[]));
    expect(episodes.find((e) => e.id === frozen.writtenWhileLocked.id)).toMatchObject(frozen.writtenWhileLocked);
    expect(sortById(await db.checkIns.toArray())).toEqual(sortById(v5.data.checkIns as { id: string }[]));
    expect(await db.settings.toArray()).toEqual(v5.data.settings);
    expect(sortById(await db.answerSets.toArray())).toEqual(sortById(v5.data.answerSets as { id: string }[]));
    expect(sortById(await db.changes.toArray())).toEqual(sortById(v5.data.changes as { id: string }[]));
    expect(await db.episodes.where('night').equals('2026-11-24').count()).toBe(2);
  });
});
