/**
 * History's month: calendar months of nights, and what each night of a month shows. Apart from the
 * night grouping (history.ts), so the bedside start does not load it.
 */
import type { NightEntry } from './history';
import { addNights, nightDate, type NightKey } from './night';

/** A calendar month, "2026-11". */
export type MonthKey = `${number}-${string}`;

export const monthOf = (night: NightKey): MonthKey => night.slice(0, 7) as MonthKey;

/** The month `count` months after `month` (negative for before). */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + count, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` as MonthKey;
}

/** The first and last night of a month. */
export function monthNights(month: MonthKey): { first: NightKey; last: NightKey } {
  const first = `${month}-01` as NightKey;
  return { first, last: addNights(`${addMonths(month, 1)}-01` as NightKey, -1) };
}

/**
 * What a night of the calendar shows: cramps, a night checked in as without a cramp, a night not
 * recorded (nothing, or a check-in that does not say), or a night still to come.
 */
export type NightKind = 'cramps' | 'no-cramp' | 'unknown' | 'to-come';

export interface CalendarNight {
  night: NightKey;
  day: number;
  kind: NightKind;
  cramps: number;
  /** Whether a record exists to open (a night with nothing recorded has none). */
  recorded: boolean;
}

/**
 * The month as weeks of seven, each night in its weekday column (`firstDay` 1 = Monday ... 7 = Sunday, as
 * `Intl.Locale` weekInfo gives it); days of other months are null.
 */
export function monthCalendar(month: MonthKey, nights: readonly NightEntry[], lastNight: NightKey, firstDay: number): (CalendarNight | null)[][] {
  const byNight = new Map(nights.map((n) => [n.night, n]));
  const { first, last } = monthNights(month);
  // getUTCDay: 0 = Sunday; weekInfo: 7 = Sunday.
  const weekday = (key: NightKey) => nightDate(key).getUTCDay() || 7;
  const lead = (weekday(first) - firstDay + 7) % 7;
  const cells: (CalendarNight | null)[] = Array.from({ length: lead }, () => null);
  for (let night = first; night <= last; night = addNights(night, 1)) {
    const entry = byNight.get(night);
    const cramps = entry?.episodes.length ?? 0;
    const kind: NightKind = night > lastNight && cramps === 0 ? 'to-come' : cramps > 0 ? 'cramps' : entry?.checkIn?.noCramp ? 'no-cramp' : 'unknown';
    cells.push({ night, day: Number(night.slice(8)), kind, cramps, recorded: entry !== undefined });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
