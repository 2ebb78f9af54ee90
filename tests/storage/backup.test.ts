import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkExport, exportFile, FORMAT_VERSION, isEmptyPlan, parseExport, planImport, readJson, type DiaryExport } from '../../src/domain/backup';
import { applyImport, deleteEverything, exportDiary, importFile, markExported, prepareImport, readWholeDiary } from '../../src/storage/backup';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { diaryArb, episodeArb } from '../support/arbitraries';
import formatV1 from '../fixtures/exports/format-v1.json';
import formatV2 from '../fixtures/exports/format-v2.json';
import formatV3 from '../fixtures/exports/format-v3.json';
import formatV4 from '../fixtures/exports/format-v4.json';
import { saved } from '../support/saved';

const NOW = Date.UTC(2026, 10, 26, 8);
const none = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
const NO_COUNTS = { episodes: none, checkIns: none, answerSets: none, changes: none };
const text = (file: unknown) => JSON.stringify(file);
const prepare = (t: string) => prepareImport(async () => t, new TextEncoder().encode(t).length);
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function snapshot() {
  const all = await readWholeDiary();
  return { episodes: byId(all.episodes), checkIns: byId(all.checkIns), answerSets: byId(all.answerSets), changes: byId(all.changes), settings: all.settings };
}

async function clear() {
  const db = getDatabase();
  await Promise.all([db.episodes.clear(), db.checkIns.clear(), db.answerSets.clear(), db.changes.clear(), db.settings.clear()]);
}

describe('export then import', () => {
  it('into an empty diary gives back identical records, for many random diaries', async () => {
    await fc.assert(
      fc.asyncProperty(diaryArb, async (diary) => {
        await clear();
        await applyImport({ ...diary, counts: NO_COUNTS });
        const before = await snapshot();
        const file = text(await exportDiary(NOW));
        await clear();
        const prepared = await prepare(file);
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
        await applyImport(prepared.plan);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('a record changed after the preview is not replaced by the older one from the file, and the summary says what was written', async () => {
    const e = saved(await addEpisode(NOW - 3_600_000));
    saved(await updateEpisode(e.id, { notes: 'from the file' }, NOW - 3_000_000));
    const file = text(await exportDiary(NOW));
    const inFile = (await getDatabase().episodes.get(e.id))!;
    await getDatabase().episodes.put({ ...inFile, notes: 'older than the file', updatedAt: NOW - 3_500_000 });
    const prepared = await prepare(file);
    if (!prepared.ok) throw new Error('the file should be valid');
    expect(prepared.plan.counts.episodes.updated).toBe(1);
    // Between the preview and "Import", another tab writes a newer note.
    await getDatabase().episodes.put({ ...inFile, notes: 'newer, typed in another tab', updatedAt: NOW - 1_000 });
    const written = await importFile(prepared.file);
    expect((await getDatabase().episodes.get(e.id))?.notes).toBe('newer, typed in another tab');
    expect(written.counts.episodes).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 0 });
  });

  it('an export is remembered even when no setting was ever changed', async () => {
    saved(await addEpisode(NOW - 3_600_000));
    expect(await getDatabase().settings.get('app')).toBeUndefined();
    await markExported(NOW);
    expect((await getDatabase().settings.get('app'))?.lastExportAt).toBe(NOW);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const e = saved(await addEpisode(NOW - 3_600_000));
    saved(await updateEpisode(e.id, { notes: 'calf' }, NOW - 3_000_000));
    const file = text(await exportDiary(NOW));
    await clear();
    const first = await prepare(file);
    expect(first.ok && first.plan.counts.episodes).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 0 });
    if (first.ok) await applyImport(first.plan);
    const after = await snapshot();
    const second = await prepare(file);
    expect(second.ok && second.plan.counts.episodes).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 0 });
    expect(second.ok && second.plan.episodes).toEqual([]);
    expect(await snapshot()).toEqual(after);
  });

  it('matches by id: the newer updatedAt wins, an equal time with different content is a conflict kept as it is here', async () => {
    const [a, b, c] = fc.sample(episodeArb, 3);
    const local = [a!, { ...b!, notes: 'mine' }, { ...c!, notes: 'here' }];
    const incoming = [
      { ...a!, notes: 'newer', updatedAt: a!.updatedAt + 1000 },
      { ...b!, notes: 'older', updatedAt: b!.updatedAt - 1000 },
      { ...c!, notes: 'there' },
    ];
    const plan = planImport({ episodes: local, checkIns: [], answerSets: [], changes: [] }, exportFile({ episodes: incoming, checkIns: [], answerSets: [], changes: [] }, NOW));
    expect(plan.counts.episodes).toEqual({ added: 0, updated: 1, unchanged: 1, conflicts: 1 });
    expect(plan.episodes.map((e) => e.notes)).toEqual(['newer']);
  });

  it('a second check-in for a night this diary already has is a conflict, not a duplicate', async () => {
    const plan = planImport(
      { episodes: [], checkIns: [{ id: '0a4b8c2d-3e5f-4a6b-8c7d-9e0f1a2b3c01', night: '2026-11-23', noCramp: true, createdAt: 1, updatedAt: 1 }], answerSets: [], changes: [] },
      exportFile({ episodes: [], checkIns: [{ id: '0a4b8c2d-3e5f-4a6b-8c7d-9e0f1a2b3c02', night: '2026-11-23', noCramp: false, createdAt: NOW - 9e7, updatedAt: NOW - 9e7 }], answerSets: [], changes: [] }, NOW),
    );
    expect(plan.counts.checkIns).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 1 });
    expect(plan.checkIns).toEqual([]);
  });

  it('an import is all or nothing: a failure part way leaves the diary exactly as it was', async () => {
    saved(await addEpisode(NOW - 3_600_000));
    const before = await snapshot();
    const [e] = fc.sample(episodeArb, 1);
    vi.spyOn(getDatabase().checkIns, 'bulkPut').mockRejectedValue(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    await expect(applyImport({ episodes: [e!], checkIns: [], answerSets: [], changes: [], counts: NO_COUNTS })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('files from every format version', () => {
  it.each([['1', formatV1], ['2', formatV2], ['3', formatV3], ['4', formatV4]])('format %s is upgraded and reads back whole', async (_v, raw) => {
    const file = raw as unknown as DiaryExport;
    // Before format 4 the evening was on each cramp: the 24 November cramp's is copied to a check-in for
    // its night, made with an id of its own night's digits.
    const madeForEvening = file.formatVersion >= 4 ? [] : [{ id: '20261124-0000-4000-8000-000000000000', night: '2026-11-24', noCramp: false, fluidsMl: 750, caffeineDrinks: 1, alcoholDrinks: 2, createdAt: 1795593600000, updatedAt: 1795593600000 }];
    const prepared = await prepare(text(file));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
    expect(prepared.file.formatVersion).toBe(FORMAT_VERSION);
    await applyImport(prepared.plan);
    const all = await snapshot();
    expect(all.episodes).toEqual(byId(file.episodes));
    expect(all.checkIns).toEqual(byId([...file.checkIns, ...madeForEvening]));
    expect(all.answerSets).toEqual(byId(file.answerSets));
    expect(all.changes).toEqual(byId(file.changes ?? []));
    // Whether storage is protected is the browser's answer on each device: never carried by a file.
    const settings: Record<string, unknown> = { ...file.settings };
    delete settings.persistence;
    expect(all.settings).toEqual(settings);
    expect(all.settings).not.toHaveProperty('persistence');
  });

  it('a file from before format 4 gives the evening of its cramps to their nights, the largest of each night, and a second import changes nothing', async () => {
    const file = structuredClone(formatV3) as unknown as DiaryExport;
    const [cramp] = file.episodes;
    file.episodes.push({ ...cramp!, id: '6f1c2d9e-1a7b-4c53-9d2e-0b8f4a6c1e09', alcoholDrinks: 4, fluidsMl: undefined, updatedAt: cramp!.updatedAt + 1 });
    const first = await prepare(text(file));
    if (!first.ok) throw new Error(JSON.stringify(first.problem));
    await applyImport(first.plan);
    const night = (await snapshot()).checkIns.find((c) => c.night === '2026-11-24');
    expect(night).toMatchObject({ alcoholDrinks: 4, fluidsMl: 750, caffeineDrinks: 1, noCramp: false, updatedAt: cramp!.updatedAt + 1 });
    const again = await prepare(text(file));
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    expect(isEmptyPlan(again.plan)).toBe(true);
  });

  it('an export never carries whether storage was protected on the device that made it', async () => {
    const prepared = await prepare(text(formatV2 as unknown as DiaryExport));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
    await applyImport(prepared.plan);
    const exported = await exportDiary(Date.parse('2026-11-26T08:00:00Z'));
    expect(exported.formatVersion).toBe(4);
    expect(JSON.stringify(exported)).not.toContain('persistence');
  });
});

describe('bad files', () => {
  const valid = formatV4 as unknown as DiaryExport;
  const variant = (change: (f: Record<string, unknown>) => void) => {
    const f = structuredClone(valid) as unknown as Record<string, unknown>;
    change(f);
    return text(f);
  };
  const episodes = (f: Record<string, unknown>) => f.episodes as Record<string, unknown>[];

  it.each([
    ['not JSON', 'hello, doctor', 'not-json'],
    ['truncated', text(valid).slice(0, 900), 'truncated'],
    ['cut off right after a string', `${text(valid).slice(0, text(valid).indexOf('"episodes"'))}"epis`, 'truncated'],
    ['a valid export followed by trailing characters', `${text(valid)}\n}garbage`, 'damaged'],
    ['a complete file with a missing comma', text(valid).replace('","formatVersion"', '" "formatVersion"').replace(/,"formatVersion"/, ' "formatVersion"'), 'damaged'],
    ["another app's JSON", text({ data: [1, 2, 3], app: 'other' }), 'not-crampnote'],
    ['a JSON list', '[1,2,3]', 'not-crampnote'],
    ['a newer format version', variant((f) => (f.formatVersion = FORMAT_VERSION + 1)), 'newer-format'],
    ['format version 0', variant((f) => (f.formatVersion = 0)), 'not-crampnote'],
    ['wrong types', variant((f) => (episodes(f)[0]!.intensity = 'seven')), 'invalid'],
    ['an impossible date', variant((f) => (episodes(f)[0]!.night = '2026-02-30')), 'invalid'],
    ['a start time before 2000', variant((f) => (episodes(f)[0]!.startedAt = Date.UTC(1999, 0, 1))), 'invalid'],
    ['a night that does not match its time', variant((f) => (episodes(f)[0]!.night = '2020-01-01')), 'invalid'],
    ['a time after the file was made', variant((f) => (f.exportedAt = '2026-01-01T00:00:00.000Z')), 'from-the-future'],
    ['duplicate ids', variant((f) => f.episodes = [episodes(f)[0], episodes(f)[0]]), 'duplicate-id'],
    ['an answer no question offers', variant((f) => ((f.answerSets as { answers: Record<string, unknown> }[])[0]!.answers.age = '200')), 'invalid'],
  ])('%s: refused with its reason, diary untouched', async (_name, file, kind) => {
    saved(await addEpisode(NOW - 3_600_000));
    const before = await snapshot();
    const prepared = await prepare(file);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.problem.kind).toBe(kind);
    expect(await snapshot()).toEqual(before);
  });

  it('a file with records from after it was made names the first of them, in the order of the file', () => {
    const later = Date.parse(valid.exportedAt) + 86_400_000;
    const checkInLater = JSON.parse(variant((f) => ((f.checkIns as { updatedAt: number }[])[1]!.updatedAt = later))) as unknown;
    expect(checkExport(checkInLater)).toEqual({ ok: false, problem: { kind: 'from-the-future', where: 'checkIns[1]' } });
    const both = variant((f) => {
      (f.checkIns as { updatedAt: number }[])[0]!.updatedAt = later;
      (f.changes as { updatedAt: number }[])[0]!.updatedAt = later;
      episodes(f)[1]!.updatedAt = later;
    });
    expect(parseExport(both, both.length)).toEqual({ ok: false, problem: { kind: 'from-the-future', where: 'episodes[1]' } });
  });

  it('a file is read as JSON once; checking the parsed value gives what checking the text gives', () => {
    const file = text(valid);
    const json = readJson(file, file.length);
    if (!json.ok) throw new Error(json.problem.kind);
    expect(checkExport(json.value)).toEqual(parseExport(file, file.length));
    expect(readJson('{"format":', 10)).toEqual({ ok: false, problem: { kind: 'truncated' } });
    expect(readJson('{}', 100 * 1024 * 1024)).toEqual({ ok: false, problem: { kind: 'too-large' } });
  });

  it('a 100 MB file is refused before it is read', async () => {
    let read = false;
    const prepared = await prepareImport(async () => {
      read = true;
      return '';
    }, 100 * 1024 * 1024);
    expect(prepared).toEqual({ ok: false, problem: { kind: 'too-large' } });
    expect(read).toBe(false);
  });

  it('a file that cannot be read is reported, not thrown', async () => {
    expect(await prepareImport(() => Promise.reject(new Error('gone')), 10)).toEqual({ ok: false, problem: { kind: 'unreadable' } });
  });

  it('fuzz: no malformed input throws past the importer or changes the diary', async () => {
    saved(await addEpisode(NOW - 3_600_000));
    const before = await snapshot();
    const good = text(valid);
    const malformed = fc.oneof(
      fc.string(),
      fc.json(),
      fc.integer({ min: 0, max: good.length }).map((n) => good.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => good.slice(0, i) + s + good.slice(i + 1)),
      fc.anything().map((x) => JSON.stringify({ ...valid, episodes: [x] }) ?? ''),
      fc.anything().map((x) => JSON.stringify({ format: 'crampnote-diary', formatVersion: FORMAT_VERSION, exportedAt: valid.exportedAt, episodes: [], checkIns: x, answerSets: [], changes: [] }) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const prepared = await prepare(input);
        if (prepared.ok) return; // a mutation can still be a valid file; only a plan, never a write
        expect(typeof prepared.problem.kind).toBe('string');
      }),
      { numRuns: 400 },
    );
    expect(await snapshot()).toEqual(before);
    expect(() => parseExport('\u0000\uffff', 2)).not.toThrow();
  });
});

describe('delete everything', () => {
  it('empties the diary and leaves a working, empty database', async () => {
    saved(await addEpisode(NOW - 3_600_000));
    await deleteEverything();
    expect(await getDatabase().episodes.count()).toBe(0);
    saved(await addEpisode(NOW - 1_000));
    expect(await getDatabase().episodes.count()).toBe(1);
  });
});
