/**
 * The nightly check-in: one per night, the denominator every comparison needs (clinical-content.md §4).
 */
import type { NightKey } from './night';

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

export type CheckInPatch = Partial<Omit<CheckIn, 'id' | 'night' | 'createdAt' | 'updatedAt'>>;

export const CHECK_IN_LIMITS = {
  alcoholDrinks: { min: 0, max: 50 },
  caffeineDrinks: { min: 0, max: 30 },
  fluidsMl: { min: 0, max: 10_000 },
  exerciseMinutes: { min: 0, max: 1_440 },
  hoursOnFeet: { min: 0, max: 24 },
} as const;

export function createCheckIn(id: string, night: NightKey, now: number): CheckIn {
  return { id, night, noCramp: false, createdAt: now, updatedAt: now };
}

/** The first field of a check-in edit that is out of range or unknown, or null when it is acceptable. */
export function validateCheckInPatch(patch: CheckInPatch): string | null {
  for (const field of Object.keys(CHECK_IN_LIMITS) as (keyof typeof CHECK_IN_LIMITS)[]) {
    const value = patch[field];
    const { min, max } = CHECK_IN_LIMITS[field];
    if (value !== undefined && !(Number.isFinite(value) && value >= min && value <= max)) return field;
  }
  if (patch.bedroom !== undefined && !BEDROOM_FEELS.includes(patch.bedroom)) return 'bedroom';
  return null;
}
