/**
 * CSV exports for spreadsheets: one file of episodes, one of check-ins. RFC 4180 quoting, ISO 8601 times
 * with the UTC offset in force when the cramp started, and units in the column names. A cell that a
 * spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
import type { CheckIn } from './check-in';
import type { Episode } from './episode';

type Cell = string | number | boolean | undefined;

function escape(cell: Cell): string {
  if (cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(escape).join(',')).join('\r\n') + '\r\n';
}

/** An instant as local ISO 8601 with its offset, e.g. 2026-11-26T02:14:00+01:00. */
export function isoWithOffset(at: number, utcOffsetMinutes: number): string {
  const local = new Date(at + utcOffsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const list = (values: readonly string[]) => values.join('; ');
const utc = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

export function episodesCsv(episodes: readonly Episode[]): string {
  return csv(
    ['id', 'started_at', 'night', 'logged_later', 'context', 'sites', 'duration_band', 'duration_minutes', 'intensity_0_to_10', 'relief_tried', 'relief_worked', 'sleep_lost_minutes', 'room_temp_c', 'fluids_ml', 'caffeine_drinks', 'alcohol_drinks', 'warnings', 'notes', 'created_at', 'updated_at'],
    [...episodes]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((e) => [
        e.id, isoWithOffset(e.startedAt, e.utcOffsetMinutes), e.night, e.loggedLater, e.context, list(e.sites.map((s) => `${s.side} ${s.region}`)),
        e.durationBand, e.durationMinutes, e.intensity, list(e.reliefTried), list(e.reliefWorked), e.sleepLostMinutes, e.roomTempC, e.fluidsMl,
        e.caffeineDrinks, e.alcoholDrinks, list(e.warnings), e.notes, utc(e.createdAt), utc(e.updatedAt),
      ]),
  );
}

export function checkInsCsv(checkIns: readonly CheckIn[]): string {
  return csv(
    ['id', 'night', 'no_cramp', 'alcohol_drinks', 'caffeine_drinks', 'caffeine_after_2pm', 'fluids_ml', 'exercise_minutes', 'hours_on_feet', 'bedtime_stretch', 'bedroom', 'created_at', 'updated_at'],
    [...checkIns]
      .sort((a, b) => (a.night < b.night ? -1 : 1))
      .map((c) => [c.id, c.night, c.noCramp, c.alcoholDrinks, c.caffeineDrinks, c.caffeineAfter2pm, c.fluidsMl, c.exerciseMinutes, c.hoursOnFeet, c.stretchDone, c.bedroom, utc(c.createdAt), utc(c.updatedAt)]),
  );
}
