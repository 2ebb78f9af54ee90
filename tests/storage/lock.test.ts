/**
 * The lock as stored: what a copied browser profile would find (read with the plain IndexedDB API, as the
 * schema tests do), what a locked phone can and cannot do, and each change of state interrupted.
 */
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, getEpisode, updateEpisode } from '../../src/storage/episodes';
import { getCheckIn, saveCheckIn } from '../../src/storage/check-ins';
import { addChange } from '../../src/storage/changes';
import { addAnswerSet, saveAnswer } from '../../src/storage/answer-sets';
import { getSettings, updateSettings } from '../../src/storage/settings';
import { changeLockPassphrase, turnOffLock, turnOnLock, unlockWith } from '../../src/storage/lock';
import { forgetLock, lockNow, lockState, refreshLockState } from '../../src/storage/lock-state';
import { LockedError, READABLE_FIELDS } from '../../src/storage/lock-middleware';
import { DATABASE_NAME } from '../../src/storage/db';
import { deleteEverything, exportDiary, importFile, readWholeDiary } from '../../src/storage/backup';
import { saved } from '../support/saved';
import { readRawDatabase } from './raw-idb';

/** The format takes any count; tests use few so they stay quick. The app uses 600,000. */
const FAST = 1_000;
const PASSPHRASE = 'three cramps before dawn';

/** Every store's rows as IndexedDB holds them, without Dexie or the lock. */
const rawDiary = () => readRawDatabase(DATABASE_NAME);

/** A diary with something sensitive in every table. */
async function fillDiary() {
  const at = Date.now() - 3 * 3600_000;
  const episode = saved(await addEpisode(at));
  saved(await updateEpisode(episode.id, { sites: [{ region: 'calf', side: 'left' }], reliefTried: ['massage'], notes: 'after the long walk to Hollowmere', intensity: 7 }));
  saved(await saveCheckIn(episode.night, { alcoholDrinks: 3, fluidsMl: 500 }));
  const set = saved(await addAnswerSet('profile'));
  saved(await saveAnswer(set.id, 'medicines', () => ['statin']));
  saved(await addChange('medicine', 'Magnesium glycinate 200 mg', episode.night));
  saved(await updateSettings({ emergencyNumber: '112', clock: '24' }));
  return { episode: (await getEpisode(episode.id))!, night: episode.night };
}

const SECRETS = ['Hollowmere', 'calf', 'massage', 'statin', 'Magnesium', 'alcoholDrinks', 'clock'];

describe('the lock as stored', () => {
  it('a page that does not know the lock was turned on (another tab, opened before) still writes sealed, and cannot read the diary', async () => {
    const { episode } = await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    forgetLock();
    expect(await getEpisode(episode.id)).toBeUndefined();
    const logged = saved(await addEpisode(Date.now() - 60_000));
    saved(await updateEpisode(logged.id, { notes: 'from the other tab at Quillbrook' }));
    const raw = await rawDiary();
    expect(JSON.stringify(raw)).not.toContain('Quillbrook');
    expect(raw.episodes?.find((e) => e.id === logged.id)?.sealed).toHaveProperty('ephemeral');
    expect(await refreshLockState()).toBe('locked');
  });

  it('with the lock on, every table reads back whole through the app, and the raw database holds none of its content', async () => {
    const { episode, night } = await fillDiary();
    const before = { episode, checkIn: await getCheckIn(night), settings: await getSettings(), answers: await getDatabase().answerSets.toArray(), changes: await getDatabase().changes.toArray() };
    await turnOnLock(PASSPHRASE, 5, FAST);
    expect(lockState()).toBe('unlocked');
    // Written before the lock and sealed by turning it on, or written after it: both read back whole.
    saved(await updateEpisode(episode.id, { notes: 'after the long walk to Hollowmere, again' }));
    expect(await getEpisode(episode.id)).toEqual({ ...episode, notes: 'after the long walk to Hollowmere, again', updatedAt: expect.any(Number) as number });
    expect(await getCheckIn(night)).toEqual(before.checkIn);
    expect(await getSettings()).toEqual(before.settings);
    expect(await getDatabase().answerSets.toArray()).toEqual(before.answers);
    expect(await getDatabase().changes.toArray()).toEqual(before.changes);
    expect(await getDatabase().episodes.where('night').equals(night).toArray()).toHaveLength(1);

    const raw = await rawDiary();
    const text = JSON.stringify(raw);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    for (const [table, fields] of Object.entries(READABLE_FIELDS)) {
      for (const row of raw[table] ?? []) expect(Object.keys(row).sort()).toEqual([...Object.keys(row).filter((k) => (fields as readonly string[]).includes(k)), 'sealed'].sort());
    }
    // What stays readable is what the README lists: here the night and the start time.
    expect(raw.episodes?.[0]).toMatchObject({ id: episode.id, night, startedAt: episode.startedAt });
  });

  it('an import into a diary with the lock on writes every table sealed, at once, and reads back whole', async () => {
    await fillDiary();
    const file = await exportDiary();
    await deleteEverything();
    await turnOnLock(PASSPHRASE, 5, FAST);
    const plan = await importFile(file);
    expect([plan.counts.episodes.added, plan.counts.checkIns.added, plan.counts.answerSets.added, plan.counts.changes.added]).toEqual([1, 1, 1, 1]);
    const text = JSON.stringify(await rawDiary());
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const back = await readWholeDiary();
    expect([back.episodes, back.checkIns, back.answerSets, back.changes]).toEqual([file.episodes, file.checkIns, file.answerSets, file.changes]);
    expect(back.settings).toMatchObject({ emergencyNumber: '112', clock: '24' });
  });

  it('locked, the diary reads as empty but for the theme and the emergency number, and refuses to overwrite what it cannot read', async () => {
    const { episode, night } = await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    lockNow();
    expect(lockState()).toBe('locked');
    expect(await getEpisode(episode.id)).toBeUndefined();
    expect(await getDatabase().episodes.toArray()).toEqual([]);
    expect(await getDatabase().episodes.where('night').equals(night).filter(() => true).toArray()).toEqual([]);
    expect(await getCheckIn(night)).toBeUndefined();
    expect(await getSettings()).toMatchObject({ emergencyNumber: '112', clock: 'auto' });
    await expect(updateSettings({ clock: '12' })).rejects.toBeInstanceOf(LockedError);
    await expect(getDatabase().episodes.put({ ...episode, notes: '' })).rejects.toBeInstanceOf(LockedError);
    expect(await unlockWith('not the passphrase')).toBe(false);
    expect(lockState()).toBe('locked');
    expect(await unlockWith(PASSPHRASE)).toBe(true);
    expect(await getEpisode(episode.id)).toEqual(episode);
    expect(await getSettings()).toMatchObject({ emergencyNumber: '112', clock: '24' });
  });

  it('a locked phone logs a cramp and fills in its details, cannot read it back once it forgets, and unlocking shows it', async () => {
    await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    lockNow();
    const logged = saved(await addEpisode(Date.now() - 60_000));
    saved(await updateEpisode(logged.id, { sites: [{ region: 'heel', side: 'right' }], notes: 'written in the dark at Quillbrook', intensity: 4 }));
    expect(await getEpisode(logged.id)).toMatchObject({ notes: 'written in the dark at Quillbrook', intensity: 4 });
    const raw = await rawDiary();
    expect(JSON.stringify(raw)).not.toContain('Quillbrook');
    expect(raw.episodes?.find((e) => e.id === logged.id)?.sealed).toHaveProperty('ephemeral');

    // A reload forgets what this page wrote: still locked, the record cannot be read.
    await unlockWith(PASSPHRASE);
    lockNow();
    expect(await getEpisode(logged.id)).toBeUndefined();
    expect(await unlockWith(PASSPHRASE)).toBe(true);
    expect(await getEpisode(logged.id)).toMatchObject({ id: logged.id, sites: [{ region: 'heel', side: 'right' }], notes: 'written in the dark at Quillbrook', intensity: 4 });
  });

  it('a new passphrase opens the same records and the old one no longer does', async () => {
    const { episode } = await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    expect(await changeLockPassphrase('wrong', 'new passphrase here', FAST)).toBe(false);
    expect(await changeLockPassphrase(PASSPHRASE, 'new passphrase here', FAST)).toBe(true);
    lockNow();
    expect(await unlockWith(PASSPHRASE)).toBe(false);
    expect(await unlockWith('new passphrase here')).toBe(true);
    expect(await getEpisode(episode.id)).toEqual(episode);
  });

  it('turning the lock off needs the passphrase, and leaves every record plain and whole', async () => {
    const { episode, night } = await fillDiary();
    const plain = await rawDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    lockNow();
    const logged = saved(await addEpisode(Date.now() - 60_000));
    await unlockWith(PASSPHRASE);
    expect(await turnOffLock('wrong')).toBe(false);
    expect(lockState()).toBe('unlocked');
    expect(await turnOffLock(PASSPHRASE)).toBe(true);
    expect(lockState()).toBe('off');
    const raw = await rawDiary();
    expect(raw.lock).toEqual([]);
    expect(JSON.stringify(raw)).not.toContain('"sealed"');
    expect(raw.episodes).toEqual(expect.arrayContaining([...(plain.episodes ?? []), expect.objectContaining({ id: logged.id })]));
    expect(raw.checkIns).toEqual(plain.checkIns);
    expect(raw.settings).toEqual(plain.settings);
    expect(await getEpisode(episode.id)).toEqual(episode);
    expect(await getCheckIn(night)).toMatchObject({ alcoholDrinks: 3 });
  });
});

/** Makes the n-th write (counting from 0) fail, as a crash or a reload at that moment would end the transaction. */
function failingAt(n: number): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: `fail-at-${n}`,
    level: -20,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => (writes++ === n ? Promise.reject(new Error('interrupted')) : table.mutate(req)),
        };
      },
    }),
  };
}

async function interrupt(step: number, change: () => Promise<unknown>): Promise<void> {
  const db = getDatabase();
  const failing = failingAt(step);
  db.close({ disableAutoOpen: false });
  db.use(failing);
  try {
    await expect(change()).rejects.toThrow('interrupted');
  } finally {
    db.close({ disableAutoOpen: false });
    db.unuse({ stack: 'dbcore', name: failing.name ?? '' });
  }
}

describe('each change of the lock, interrupted at each step', () => {
  // Turning on or off writes the lock's row and then each of the five tables: six steps.
  const STEPS = [0, 1, 2, 3, 4, 5];

  it.each(STEPS)('turning on, stopped at write %i, leaves the diary as it was and unlocked', async (step) => {
    const { episode } = await fillDiary();
    const before = await rawDiary();
    await interrupt(step, () => turnOnLock(PASSPHRASE, 5, FAST));
    expect(await rawDiary()).toEqual(before);
    expect(lockState()).toBe('off');
    expect(await getEpisode(episode.id)).toEqual(episode);
    // And it can be turned on afterwards.
    await turnOnLock(PASSPHRASE, 5, FAST);
    expect(JSON.stringify(await rawDiary())).not.toContain('Hollowmere');
  });

  it.each(STEPS)('turning off, stopped at write %i, leaves it locked and whole', async (step) => {
    const { episode } = await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    const before = await rawDiary();
    await interrupt(step, () => turnOffLock(PASSPHRASE));
    expect(await rawDiary()).toEqual(before);
    expect(lockState()).toBe('unlocked');
    expect(await getEpisode(episode.id)).toEqual(episode);
    expect(await turnOffLock(PASSPHRASE)).toBe(true);
    expect(JSON.stringify(await rawDiary())).toContain('Hollowmere');
  });

  it('a new passphrase, stopped at its one write, leaves the old one working', async () => {
    const { episode } = await fillDiary();
    await turnOnLock(PASSPHRASE, 5, FAST);
    await interrupt(0, () => changeLockPassphrase(PASSPHRASE, 'never stored', FAST));
    lockNow();
    expect(await unlockWith('never stored')).toBe(false);
    expect(await unlockWith(PASSPHRASE)).toBe(true);
    expect(await getEpisode(episode.id)).toEqual(episode);
  });
});
