/**
 * Nights: the unit a cramp diary counts in.
 *
 * A night is named by the calendar date of its evening ("2026-11-25" is the night from the evening of
 * 25 November to the morning of the 26th). Local wall-clock time decides the night, so the caller passes the
 * UTC offset that was in force at the moment; it is stored with each record so travel never moves a night.
 */

/** A night's name: the local date of its evening, `YYYY-MM-DD`. */
export type NightKey = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Local hour at which one night hands over to the next: times before noon belong to the previous evening. */
export const NIGHT_STARTS_AT_HOUR = 12;
/** From this local hour the evening's check-in is for tonight; before it, the one for last night is asked. */
export const EVENING_FROM_HOUR = 17;

const NIGHT_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function keyFromUtcDate(d: Date): NightKey {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The night an instant belongs to.
 * @param at instant in epoch milliseconds
 * @param utcOffsetMinutes local time minus UTC, in minutes (e.g. +60 in Paris in winter, -300 in New York)
 * @returns the evening's date; 02:00 on the 26th gives "…-25", 15:00 on the 26th gives "…-26"
 */
export function nightOf(at: number, utcOffsetMinutes: number): NightKey {
  const wall = new Date(at + utcOffsetMinutes * MINUTE_MS);
  const shifted = wall.getUTCHours() < NIGHT_STARTS_AT_HOUR ? new Date(wall.getTime() - DAY_MS) : wall;
  return keyFromUtcDate(shifted);
}

/**
 * The night a morning check-in is about: the night that has just ended (or, late in the evening, the
 * previous one, since tonight has not happened yet).
 */
export function lastNight(now: number, utcOffsetMinutes: number): NightKey {
  const wall = new Date(now + utcOffsetMinutes * MINUTE_MS);
  const night = nightOf(now, utcOffsetMinutes);
  return wall.getUTCHours() < NIGHT_STARTS_AT_HOUR ? night : addNights(night, -1);
}

/** True when `key` names a real calendar date in `YYYY-MM-DD` form (no 31 February). */
export function isNightKey(key: string): key is NightKey {
  const m = NIGHT_KEY.exec(key);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The night `days` after `key` (negative for before). Calendar arithmetic: unaffected by clock changes. */
export function addNights(key: NightKey, days: number): NightKey {
  const m = NIGHT_KEY.exec(key);
  if (!m) throw new RangeError(`Not a night: ${key}`);
  return keyFromUtcDate(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)));
}

/** A night's evening date as a UTC-midnight Date, for formatting with `timeZone: 'UTC'`. */
export function nightDate(key: NightKey): Date {
  const m = NIGHT_KEY.exec(key);
  if (!m) throw new RangeError(`Not a night: ${key}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * The check-in Log offers now: tonight's in the evening (from EVENING_FROM_HOUR until midnight), else last
 * night's (after midnight and through the day, the night that has just been or is still under way).
 */
export function checkInNight(now: number, utcOffsetMinutes: number): { night: NightKey; tonight: boolean } {
  const hour = new Date(now + utcOffsetMinutes * MINUTE_MS).getUTCHours();
  return hour >= EVENING_FROM_HOUR ? { night: nightOf(now, utcOffsetMinutes), tonight: true } : { night: lastNight(now, utcOffsetMinutes), tonight: false };
}
