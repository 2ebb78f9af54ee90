/**
 * Groups records into nights for the History list.
 */
import type { CheckIn } from './check-in';
import type { Episode } from './episode';
import { addNights, nightDate, type NightKey } from './night';

export interface NightEntry {
  night: NightKey;
  /** Newest first. */
  episodes: Episode[];
  checkIn?: CheckIn;
}

/** Nights that have an episode or a check-in, newest night first, each night's episodes newest first. */
export function groupByNight(episodes: readonly Episode[], checkIns: readonly CheckIn[]): NightEntry[] {
  const byNight = new Map<NightKey, NightEntry>();
  const entry = (night: NightKey): NightEntry => {
    let e = byNight.get(night);
    if (!e) {
      e = { night, episodes: [] };
      byNight.set(night, e);
    }
    return e;
  };
  for (const episode of episodes) entry(episode.night).episodes.push(episode);
  for (const checkIn of checkIns) entry(checkIn.night).checkIn = checkIn;
  const nights = [...byNight.values()].sort((a, b) => (a.night < b.night ? 1 : a.night > b.night ? -1 : 0));
  for (const n of nights) n.episodes.sort((a, b) => b.startedAt - a.startedAt);
  return nights;
}

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
