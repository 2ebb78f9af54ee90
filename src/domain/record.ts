/**
 * What every stored record shares: the building blocks of the record schemas, the one rule for times in
 * the future, and problems as values. Each record kind's own module (episode, check-in, settings, answer
 * set, change) holds its schema, its limits and its edit rules; the forms, the one-tap log, settings, the
 * wizard and the import all check with that same schema.
 */
import * as v from 'valibot';
import { isNightKey } from './night';

/** Why a value was refused. The catalogue has a sentence for each. */
const REASONS = ['out-of-range', 'not-whole', 'not-a-number', 'future', 'too-early', 'unknown-value', 'too-long', 'empty', 'not-a-date', 'not-dialable', 'inconsistent'] as const;
export type Reason = (typeof REASONS)[number];

/** A refused value: which field of which record, and why. */
export interface RecordProblem {
  field: string;
  reason: Reason;
}

/** The result of a check or a write: the record, or the problem that stopped it (nothing written). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

export function accepted<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refused<T = never>(field: string, reason: Reason): Checked<T> {
  return { ok: false, problem: { field, reason } };
}

/** The failures of storage itself that a person can act on (see storage/errors.ts). */
export type StorageProblem = 'quota' | 'unavailable' | 'newer-version' | 'closed-by-upgrade' | 'deleted-elsewhere' | 'blocked' | 'locked' | 'unknown';

/** The earliest time the diary accepts (1 January 2000, UTC). */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/**
 * How far after the moment of checking a time may be, to allow for a clock a little ahead: a start time
 * typed in a form is checked against now, and every time in an imported file against the moment the file
 * was made.
 */
const FUTURE_SLACK_MS = 5 * 60_000;

export function isFuture(time: number, now: number): boolean {
  return time > now + FUTURE_SLACK_MS;
}

export interface Limit {
  min: number;
  max: number;
  /** Only whole numbers. */
  whole?: boolean;
}

/**
 * What text typed into a number field means for a field with `limit`: the number, nothing (an empty field
 * clears the value), or why it cannot be stored. The field shows the reason; the stored record is checked
 * by the same limit.
 */
export function readTyped(text: string, limit: Limit): Checked<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return accepted(undefined);
  const n = Number(trimmed);
  const reason = limitProblem(n, limit);
  return reason ? refused('value', reason) : accepted(n);
}

/** Why `n` is outside `limit`, or undefined when it is within it (as `ranged(limit)` checks it). */
export function limitProblem(n: number, limit: Limit): Reason | undefined {
  if (!Number.isFinite(n)) return 'not-a-number';
  if (limit.whole && !Number.isInteger(n)) return 'not-whole';
  if (n < limit.min || n > limit.max) return 'out-of-range';
  return undefined;
}

/**
 * A stored limit in the unit a person types in, narrowed to one decimal so that every value typed within
 * it converts back inside the stored limit.
 * @param toDisplay converts a stored value to the person's unit (increasing)
 */
export function limitInUnit(limit: Limit, toDisplay: (stored: number) => number, whole: boolean): Limit {
  const step = whole ? 1 : 10;
  return { min: Math.ceil(toDisplay(limit.min) * step) / step, max: Math.floor(toDisplay(limit.max) * step) / step, whole };
}

export const uuid = v.pipe(v.string(), v.uuid());
export const time = v.pipe(v.number('not-a-number'), v.integer('not-whole'), v.minValue(EARLIEST_TIME, 'too-early'));
export const night = v.pipe(v.string(), v.check(isNightKey, 'not-a-date'));

/** A number within a limit; messages are reasons, so a refusal names its reason. */
export function ranged(limit: Limit) {
  const finite = v.pipe(v.number('not-a-number'), v.finite('not-a-number'), v.minValue(limit.min, 'out-of-range'), v.maxValue(limit.max, 'out-of-range'));
  return limit.whole ? v.pipe(finite, v.integer('not-whole')) : finite;
}

function reasonOf(issue: v.BaseIssue<unknown>): Reason {
  if ((REASONS as readonly string[]).includes(issue.message)) return issue.message as Reason;
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    case 'integer':
      return 'not-whole';
    case 'number':
    case 'finite':
      return 'not-a-number';
    case 'max_length':
      return 'too-long';
    case 'min_length':
      return 'empty';
    default:
      return 'unknown-value';
  }
}

function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '') || 'record';
}

/** The first problem a schema finds in `value`, as a value. */
export function checkWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return accepted(result.output);
  const issue = result.issues[0];
  return refused(fieldOf(issue), reasonOf(issue));
}

/**
 * True when a schema's output and a record type have the same fields of the same types. Each record module
 * states `const tie: Same<...> = true`, so a field added to one and not the other fails the type-check.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;

/** Where a problem is in a file and why, in words for the import message. */
export function describeIssue(issue: v.BaseIssue<unknown>): { where: string; why: Reason } {
  return { where: fieldOf(issue), why: reasonOf(issue) };
}
