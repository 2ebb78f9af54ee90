/**
 * The export file: a documented, versioned JSON format, how a file is checked before anything is
 * written, how files from older format versions are upgraded, and how an import is planned.
 *
 * Format (formatVersion 4):
 *   { format: "crampnote-diary", formatVersion: 4, exportedAt: ISO 8601,
 *     episodes: Episode[], checkIns: CheckIn[], answerSets: AnswerSet[], changes: Change[], settings?: Settings }
 * Version 1 had no `changes`. Versions 1 and 2 carried `settings.persistence`, the browser's answer about
 * protecting storage on the device that made the file; version 3 never carries it (it is not true of
 * another device), and older files lose it on import. Version 4 holds the evening (fluids, caffeine,
 * alcohol) on the night's check-in; older files have it copied there from the night's cramps on import.
 * Every record is exactly as stored, all fields included. A new format version adds an upgrade step to
 * UPGRADES (old file in, next version out) and a frozen example file under tests/fixtures/exports/.
 */
import * as v from 'valibot';
import { ChangeSchema, type Change } from './change';
import { CheckInSchema, type CheckIn } from './check-in';
import { EpisodeSchema, type Episode } from './episode';
import { AnswerSetSchema, type AnswerSet } from './guidance/answer-set';
import { describeIssue, isFuture, type Reason } from './record';
import { SettingsSchema, type Settings } from './settings';

export const FORMAT = 'crampnote-diary';
export const FORMAT_VERSION = 4;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface DiaryExport {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  exportedAt: string;
  episodes: Episode[];
  checkIns: CheckIn[];
  answerSets: AnswerSet[];
  changes: Change[];
  settings?: Settings;
}

const ExportSchema = v.object({
  format: v.literal(FORMAT),
  formatVersion: v.literal(FORMAT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  episodes: v.array(EpisodeSchema),
  checkIns: v.array(CheckInSchema),
  answerSets: v.array(AnswerSetSchema),
  changes: v.array(ChangeSchema),
  settings: v.optional(SettingsSchema),
});

/**
 * Upgrade steps for older files: UPGRADES[n] turns a version-n file into version n + 1.
 * Released steps are never edited; a new format version adds a step.
 */
export const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 -> 2: changes marked on the timeline arrived; a version-1 diary had none.
  1: (file) => ({ ...file, formatVersion: 2, changes: [] }),
  // 2 -> 3: the persistence answer describes the device that made the file, not this one: dropped.
  2: (file) => {
    const settings = file.settings;
    if (typeof settings !== 'object' || settings === null) return { ...file, formatVersion: 3 };
    const rest: Record<string, unknown> = { ...settings };
    delete rest.persistence;
    return { ...file, formatVersion: 3, settings: rest };
  },
  // 3 -> 4: the evening is asked once per night, on the check-in. What a cramp said is copied to its
  // night's check-in where that does not say (the largest of the night's cramps); a night without a
  // check-in gets one, whose id is made from the night, so that importing the same file twice still
  // changes nothing the second time. The cramps keep their values. (As schema version 5 does on a device.)
  3: (file) => {
    const fields = ['fluidsMl', 'caffeineDrinks', 'alcoholDrinks'] as const;
    const evening = new Map<string, Partial<Record<(typeof fields)[number] | 'at', number>>>();
    for (const e of Array.isArray(file.episodes) ? (file.episodes as Record<string, unknown>[]) : []) {
      if (typeof e !== 'object' || e === null || typeof e.night !== 'string' || typeof e.updatedAt !== 'number') continue;
      const found = evening.get(e.night) ?? {};
      for (const f of fields) {
        const value = e[f];
        if (typeof value === 'number') {
          found[f] = Math.max(found[f] ?? value, value);
          found.at = Math.max(found.at ?? e.updatedAt, e.updatedAt);
        }
      }
      if (found.at !== undefined) evening.set(e.night, found);
    }
    const checkIns = Array.isArray(file.checkIns) ? (file.checkIns as Record<string, unknown>[]).map((c) => ({ ...c })) : [];
    for (const [night, found] of evening) {
      let row = checkIns.find((c) => c.night === night);
      if (!row) {
        row = { id: `${night.replaceAll('-', '')}-0000-4000-8000-000000000000`, night, noCramp: false, createdAt: found.at, updatedAt: found.at };
        checkIns.push(row);
      }
      for (const f of fields) if (row[f] === undefined && found[f] !== undefined) row[f] = found[f];
    }
    return { ...file, formatVersion: 4, checkIns };
  },
};

export type ImportProblem =
  | { kind: 'too-large' }
  | { kind: 'unreadable' }
  | { kind: 'not-json' }
  | { kind: 'truncated' }
  | { kind: 'damaged' }
  | { kind: 'not-crampnote' }
  | { kind: 'newer-format'; version: number }
  | { kind: 'invalid'; where: string; why: Reason }
  | { kind: 'duplicate-id'; where: string; id: string }
  | { kind: 'duplicate-night'; night: string }
  | { kind: 'from-the-future'; where: string };

export type ParseResult = { ok: true; file: DiaryExport } | { ok: false; problem: ImportProblem };

export interface WholeDiary {
  episodes: Episode[];
  checkIns: CheckIn[];
  answerSets: AnswerSet[];
  changes: Change[];
  settings?: Settings;
}

export function exportFile(records: WholeDiary, now: number): DiaryExport {
  return { format: FORMAT, formatVersion: FORMAT_VERSION, exportedAt: new Date(now).toISOString(), ...records };
}

/**
 * Why text that failed to parse is not JSON, read from its structure rather than the engine's message
 * (which differs between browsers): "truncated" only when a JSON object starts and the text ends inside
 * it; "damaged" when an object starts and something inside or after it is wrong; otherwise "not-json".
 */
export function syntaxProblem(text: string): 'truncated' | 'damaged' | 'not-json' {
  const body = text.trim();
  if (!body.startsWith('{')) return 'not-json';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return 'damaged'; // closed before the end: something inside or after it is wrong
      if (depth < 0) return 'damaged';
    }
  }
  return 'truncated';
}

function firstDuplicate(ids: string[]): string | undefined {
  const seen = new Set<string>();
  return ids.find((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** A file's text read as JSON, once, for every check that follows (an encrypted backup or a diary file). */
export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: ImportProblem };

/**
 * Reads a file's text as JSON. Never throws: text that is not JSON comes back as its problem.
 * @param byteLength the file's size, checked before parsing
 */
export function readJson(text: string, byteLength: number): JsonReading {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { kind: syntaxProblem(text) } };
  }
}

/**
 * Reads and checks a whole file. Never throws: any problem comes back as a value.
 * @param byteLength the file's size, checked before parsing
 */
export function parseExport(text: string, byteLength: number): ParseResult {
  const json = readJson(text, byteLength);
  return json.ok ? checkExport(json.value) : json;
}

/** Checks a file already read as JSON (see readJson), as parseExport does. */
export function checkExport(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== FORMAT) {
    return { ok: false, problem: { kind: 'not-crampnote' } };
  }
  let file = raw as Record<string, unknown>;
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'not-crampnote' } };
  if (version > FORMAT_VERSION) return { ok: false, problem: { kind: 'newer-format', version } };
  for (let n = version; n < FORMAT_VERSION; n++) {
    const step = UPGRADES[n];
    if (!step) return { ok: false, problem: { kind: 'not-crampnote' } };
    file = step(file);
  }

  const result = v.safeParse(ExportSchema, file);
  if (!result.success) {
    return { ok: false, problem: { kind: 'invalid', ...describeIssue(result.issues[0]) } };
  }
  const data = result.output as DiaryExport;
  for (const [where, list] of [['episodes', data.episodes], ['checkIns', data.checkIns], ['answerSets', data.answerSets], ['changes', data.changes]] as const) {
    const dup = firstDuplicate(list.map((r) => r.id));
    if (dup) return { ok: false, problem: { kind: 'duplicate-id', where, id: dup } };
  }
  const dupNight = firstDuplicate(data.checkIns.map((c) => c.night));
  if (dupNight) return { ok: false, problem: { kind: 'duplicate-night', night: dupNight } };
  const madeAt = Date.parse(data.exportedAt);
  // The first record from after the file was made is named; no label is made for the thousands that are fine.
  const firstFuture = <T,>(where: string, list: readonly T[], at: (record: T) => number) => {
    const i = list.findIndex((record) => isFuture(at(record), madeAt));
    return i < 0 ? undefined : `${where}[${i}]`;
  };
  const future =
    firstFuture('episodes', data.episodes, (e) => Math.max(e.startedAt, e.updatedAt)) ??
    firstFuture('checkIns', data.checkIns, (c) => c.updatedAt) ??
    firstFuture('answerSets', data.answerSets, (s) => s.updatedAt) ??
    firstFuture('changes', data.changes, (c) => c.updatedAt);
  if (future) return { ok: false, problem: { kind: 'from-the-future', where: future } };
  return { ok: true, file: data };
}

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Kept as they are on this device: the same record changed at the same moment, or a second check-in for a night. */
  conflicts: number;
}

export interface ImportPlan extends WholeDiary {
  counts: { episodes: TableCounts; checkIns: TableCounts; answerSets: TableCounts; changes: TableCounts };
}

/** Key order does not matter; values are plain JSON. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function planTable<T extends { id: string; updatedAt: number }>(local: readonly T[], incoming: readonly T[], clash?: (r: T) => boolean): { write: T[]; counts: TableCounts } {
  const byId = new Map(local.map((r) => [r.id, r]));
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  const write: T[] = [];
  for (const r of incoming) {
    const mine = byId.get(r.id);
    if (!mine) {
      if (clash?.(r)) counts.conflicts++;
      else {
        write.push(r);
        counts.added++;
      }
    } else if (sameRecord(mine, r) || r.updatedAt < mine.updatedAt) counts.unchanged++;
    else if (r.updatedAt > mine.updatedAt) {
      write.push(r);
      counts.updated++;
    } else counts.conflicts++;
  }
  return { write, counts };
}

/**
 * What importing `file` into a diary holding `local` would change. Records are matched by id and the
 * newer `updatedAt` wins, so importing the same file twice changes nothing the second time.
 */
export function planImport(local: WholeDiary, file: DiaryExport): ImportPlan {
  const nights = new Map(local.checkIns.map((c) => [c.night, c.id]));
  const episodes = planTable(local.episodes, file.episodes);
  const checkIns = planTable(local.checkIns, file.checkIns, (c) => nights.has(c.night) && nights.get(c.night) !== c.id);
  const answerSets = planTable(local.answerSets, file.answerSets);
  const changes = planTable(local.changes, file.changes);
  const settings = file.settings && (!local.settings || file.settings.updatedAt > local.settings.updatedAt) ? file.settings : undefined;
  return {
    episodes: episodes.write,
    checkIns: checkIns.write,
    answerSets: answerSets.write,
    changes: changes.write,
    settings,
    counts: { episodes: episodes.counts, checkIns: checkIns.counts, answerSets: answerSets.counts, changes: changes.counts },
  };
}

/** True when applying the plan would change nothing. */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return plan.episodes.length + plan.checkIns.length + plan.answerSets.length + plan.changes.length === 0 && !plan.settings;
}
