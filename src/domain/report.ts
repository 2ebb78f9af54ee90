/**
 * The figures of the clinician report (clinical-content.md §5 item 8) for a run of nights: rates,
 * durations, intensity, sleep lost, where and which side, relief, warning signs. Pure: records in,
 * numbers out. Nights with neither a cramp nor a check-in are unknown and are not counted as cramp-free.
 */
import type { CheckIn } from './check-in';
import { DURATION_BANDS, isLong, RELIEFS, WARNINGS, type DurationBand, type Episode, type Region, type Relief, type Side, type WarningSymptom } from './episode';
import { addNights, type NightKey } from './night';
import { bodyMapCounts } from './patterns';
import { median } from './stats';

export interface ReportSummary {
  firstNight: NightKey;
  lastNight: NightKey;
  nights: number;
  /** Nights with a cramp or a check-in. */
  nightsRecorded: number;
  crampNights: number;
  cramps: number;
  /** Per 7 nights of the period. */
  crampNightsPerWeek: number;
  crampsPerWeek: number;
  durations: Record<DurationBand | 'unknown', number>;
  /** Cramps longer than 10 minutes (band or exact minutes). */
  over10: number;
  intensity?: { median: number; min: number; max: number; rated: number };
  sleepLostMinutes: number;
  sites: { region: Region; side: Side; count: number }[];
  relief: { method: Relief; tried: number; worked: number }[];
  warnings: { symptom: WarningSymptom; count: number }[];
}

/**
 * @param lastNight the last night of the period
 * @param nights how many nights the period covers, ending with `lastNight`
 */
export function summarise(episodes: readonly Episode[], checkIns: readonly CheckIn[], lastNight: NightKey, nights: number): ReportSummary {
  const firstNight = addNights(lastNight, -(nights - 1));
  const inRange = (n: NightKey) => n >= firstNight && n <= lastNight;
  const es = episodes.filter((e) => inRange(e.night));
  const crampNightSet = new Set(es.map((e) => e.night));
  const recorded = new Set([...crampNightSet, ...checkIns.filter((c) => inRange(c.night)).map((c) => c.night)]);
  const weeks = nights / 7;

  const durations = Object.fromEntries([...DURATION_BANDS, 'unknown'].map((b) => [b, 0])) as ReportSummary['durations'];
  for (const e of es) durations[e.durationBand ?? 'unknown']++;
  const rated = es.flatMap((e) => (e.intensity === undefined ? [] : [e.intensity]));

  const sites = bodyMapCounts(es).filter((s) => s.count > 0);

  return {
    firstNight,
    lastNight,
    nights,
    nightsRecorded: recorded.size,
    crampNights: crampNightSet.size,
    cramps: es.length,
    crampNightsPerWeek: crampNightSet.size / weeks,
    crampsPerWeek: es.length / weeks,
    durations,
    over10: es.filter(isLong).length,
    intensity: rated.length > 0 ? { median: median(rated), min: Math.min(...rated), max: Math.max(...rated), rated: rated.length } : undefined,
    sleepLostMinutes: es.reduce((sum, e) => sum + (e.sleepLostMinutes ?? 0), 0),
    sites,
    relief: RELIEFS.map((method) => ({
      method,
      tried: es.filter((e) => e.reliefTried.includes(method)).length,
      worked: es.filter((e) => e.reliefWorked.includes(method)).length,
    })).filter((r) => r.tried + r.worked > 0),
    warnings: WARNINGS.map((symptom) => ({ symptom, count: es.filter((e) => e.warnings.includes(symptom)).length })).filter((w) => w.count > 0),
  };
}
