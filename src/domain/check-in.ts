/**
 * The nightly check-in: one per night, the denominator every comparison needs (clinical-content.md §4).
 * The record, its limits, its schema (which the check-in screen, the Log's "No cramp" and the import all
 * check with) and its edit rules.
 */
import * as v from 'valibot';
import type { NightKey } from './night';
import { checkWith, night, ranged, time, uuid, type Checked, type Limit, type Same } from './record';

export const BEDROOM_FEELS = ['cold', 'cool', 'comfortable', 'warm', 'hot'] as const;
export type BedroomFeel = (typeof BEDROOM_FEELS)[number];

export interface CheckIn {
  /** UUID. */
  id: string;
  /** The night it describes; unique. */
  night: NightKey;
  /** "No cramp last night". False once an episode is logged for the night. */
  noCramp: boolean;
  alcoholDrinks?: number;
  caffeineDrinks?: number;
  caffeineAfter2pm?: boolean;
  fluidsMl?: number;
  exerciseMinutes?: number;
  hoursOnFeet?: number;
  stretchDone?: boolean;
  bedroom?: BedroomFeel;
  createdAt: number;
  updatedAt: number;
}

/** Whether the check-in says anything of the evening: what Log confirms as a finished check-in. */
export function hasEvening(c: CheckIn): boolean {
  return [c.alcoholDrinks, c.caffeineDrinks, c.caffeineAfter2pm, c.fluidsMl, c.exerciseMinutes, c.hoursOnFeet, c.stretchDone, c.bedroom].some((v) => v !== undefined);
}

export type CheckInPatch = Partial<Omit<CheckIn, 'id' | 'night' | 'createdAt' | 'updatedAt'>>;

export const CHECK_IN_LIMITS = {
  alcoholDrinks: { min: 0, max: 50, whole: true },
  caffeineDrinks: { min: 0, max: 30, whole: true },
  fluidsMl: { min: 0, max: 10_000, whole: true },
  exerciseMinutes: { min: 0, max: 1_440, whole: true },
  hoursOnFeet: { min: 0, max: 24 },
} as const satisfies Record<string, Limit>;

const entries = {
  id: uuid,
  night,
  noCramp: v.boolean(),
  alcoholDrinks: v.optional(ranged(CHECK_IN_LIMITS.alcoholDrinks)),
  caffeineDrinks: v.optional(ranged(CHECK_IN_LIMITS.caffeineDrinks)),
  caffeineAfter2pm: v.optional(v.boolean()),
  fluidsMl: v.optional(ranged(CHECK_IN_LIMITS.fluidsMl)),
  exerciseMinutes: v.optional(ranged(CHECK_IN_LIMITS.exerciseMinutes)),
  hoursOnFeet: v.optional(ranged(CHECK_IN_LIMITS.hoursOnFeet)),
  stretchDone: v.optional(v.boolean()),
  bedroom: v.optional(v.picklist(BEDROOM_FEELS)),
  createdAt: time,
  updatedAt: time,
};

/** A whole stored check-in. */
export const CheckInSchema = v.pipe(v.object(entries), v.forward(v.check((c) => c.createdAt <= c.updatedAt, 'inconsistent'), ['updatedAt']));

const tie: Same<v.InferOutput<typeof CheckInSchema>, CheckIn> = true;
void tie;

const CheckInPatchSchema = v.partial(v.omit(v.object(entries), ['id', 'night', 'createdAt', 'updatedAt']));

export function createCheckIn(id: string, night: NightKey, now: number): CheckIn {
  return { id, night, noCramp: false, createdAt: now, updatedAt: now };
}

/**
 * Checks an edit of the night's check-in (`current`, or a new one made with `newId`) and returns the
 * check-in it makes, or the first problem.
 */
export function checkCheckInEdit(current: CheckIn | undefined, patch: CheckInPatch, night: NightKey, newId: string, now: number): Checked<CheckIn> {
  const checked = checkWith(CheckInPatchSchema, patch);
  if (!checked.ok) return checked;
  const base = current ?? createCheckIn(newId, night, now);
  return checkWith(CheckInSchema, { ...base, ...patch, updatedAt: Math.max(now, base.updatedAt) });
}
