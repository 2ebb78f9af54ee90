/**
 * The figures of the clinician report (clinical-content.md §5 item 8) for a run of nights: rates,
 * the weekly trend, durations, intensity, sleep lost, where and which side, relief, warning signs, and
 * the notes when the person includes them. Pure: records in, numbers out. Every figure is computed by the
 * same functions as Patterns, so the two always agree for the same period: rates are per 7 recorded
 * nights, and nights with neither a cramp nor a check-in are unknown, never counted as cramp-free.
 */
import type { Change } from './change';
import type { CheckIn } from './check-in';
import { WARNINGS, type Episode, type WarningSymptom } from './episode';
import { addNights, type NightKey } from './night';
import { bodyMapCounts, durationMix, nightsBetween, periodFigures, reliefTable, weekly, type PeriodFigures, type ReliefRow, type WeekBucket } from './patterns';
import { median } from './stats';

export interface ReportSummary {
  firstNight: NightKey;
  lastNight: NightKey;
  figures: PeriodFigures;
  /** Week by week, oldest first: the trend on page one. */
  weeks: WeekBucket[];
  durations: ReturnType<typeof durationMix>;
  /** Cramps longer than 10 minutes (band or exact minutes). */
  over10: number;
  intensity?: { median: number; min: number; max: number; rated: number };
  sleepLostMinutes: number;
  sites: ReturnType<typeof bodyMapCounts>;
  relief: ReliefRow[];
  warnings: { symptom: WarningSymptom; count: number }[];
  /** Medicines started or changed, marked on the timeline, up to the end of the period. */
  medicineChanges: Change[];
  /** Cramps with notes, oldest first; only read when the person includes their notes. */
  notes: { startedAt: number; utcOffsetMinutes: number; text: string }[];
}

/**
 * @param lastNight the last night of the period
 * @param nights how many nights the period covers, ending with `lastNight`
 */
export function summarise(episodes: readonly Episode[], checkIns: readonly CheckIn[], lastNight: NightKey, nights: number, changes: readonly Change[] = []): ReportSummary {
  const firstNight = addNights(lastNight, -(nights - 1));
  const es = episodes.filter((e) => e.night >= firstNight && e.night <= lastNight);
  const run = nightsBetween(es, checkIns, firstNight, lastNight);
  const rated = es.flatMap((e) => (e.intensity === undefined ? [] : [e.intensity]));
  const durations = durationMix(es);
  return {
    firstNight,
    lastNight,
    figures: periodFigures(run, es),
    weeks: weekly(run, es),
    durations,
    over10: durations.find((d) => d.band === 'over-10')?.count ?? 0,
    intensity: rated.length > 0 ? { median: median(rated), min: Math.min(...rated), max: Math.max(...rated), rated: rated.length } : undefined,
    sleepLostMinutes: es.reduce((sum, e) => sum + (e.sleepLostMinutes ?? 0), 0),
    sites: bodyMapCounts(es).filter((s) => s.count > 0),
    relief: reliefTable(es),
    warnings: WARNINGS.map((symptom) => ({ symptom, count: es.filter((e) => e.warnings.includes(symptom)).length })).filter((w) => w.count > 0),
    medicineChanges: changes.filter((c) => c.kind === 'medicine' && c.startNight <= lastNight).sort((a, b) => a.startNight.localeCompare(b.startNight)),
    notes: es.filter((e) => e.notes.trim() !== '').sort((a, b) => a.startedAt - b.startedAt).map((e) => ({ startedAt: e.startedAt, utcOffsetMinutes: e.utcOffsetMinutes, text: e.notes.trim() })),
  };
}
