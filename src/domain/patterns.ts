/**
 * Pattern statistics (clinical-content.md §5 items 1-7), as pure functions over episodes and check-ins
 * for a run of nights. Every record carries the UTC offset in force when it was made, so nights and hours
 * are as the person lived them, across clock changes and travel; the range is given as nights.
 *
 * A night is "known" when it has a cramp or a check-in. Unknown nights are never counted as cramp-free:
 * rates are per known night, and comparisons use known nights only.
 */
import type { CheckIn } from './check-in';
import { isLong, REGIONS, RELIEFS, SIDES, type DurationBand, type Episode, type Region, type Relief, type Side } from './episode';
import { nightDate, type NightKey } from './night';
import { intervalsApart, median, tellApart, wilson } from './stats';

export interface Night {
  night: NightKey;
  known: boolean;
  cramps: number;
  checkIn?: CheckIn;
}

/** Every night from `first` to `last`, with its cramps and check-in. Linear in the records. */
export function nightsBetween(episodes: readonly Episode[], checkIns: readonly CheckIn[], first: NightKey, last: NightKey): Night[] {
  const cramps = new Map<NightKey, number>();
  for (const e of episodes) if (e.night >= first && e.night <= last) cramps.set(e.night, (cramps.get(e.night) ?? 0) + 1);
  const checks = new Map<NightKey, CheckIn>();
  for (const c of checkIns) if (c.night >= first && c.night <= last) checks.set(c.night, c);
  const out: Night[] = [];
  const start = nightDate(first).getTime();
  const count = Math.round((nightDate(last).getTime() - start) / 86_400_000) + 1;
  for (let i = 0; i < count; i++) {
    // Calendar days in UTC: no clock change can make one night twice or skip one.
    const night = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const n = cramps.get(night) ?? 0;
    const checkIn = checks.get(night);
    out.push({ night, known: n > 0 || checkIn !== undefined, cramps: n, checkIn });
  }
  return out;
}

export interface RatePoint {
  night: NightKey;
  /** Cramp nights per 7 known nights in the window ending this night; null with no known night in it. */
  crampNightsPerWeek: number | null;
  cramps: number | null;
}

/** Rolling rates over `window` nights, normalised per 7 known nights (sliding sums: linear time). */
export function rolling(nights: readonly Night[], window: number): RatePoint[] {
  let known = 0;
  let crampNights = 0;
  let cramps = 0;
  return nights.map((n, i) => {
    if (n.known) known++;
    if (n.cramps > 0) crampNights++;
    cramps += n.cramps;
    const old = nights[i - window];
    if (old) {
      if (old.known) known--;
      if (old.cramps > 0) crampNights--;
      cramps -= old.cramps;
    }
    return { night: n.night, crampNightsPerWeek: known > 0 ? (crampNights / known) * 7 : null, cramps: known > 0 ? (cramps / known) * 7 : null };
  });
}

export interface WeekBucket {
  /** First night of the 7. */
  start: NightKey;
  knownNights: number;
  crampNights: number;
  cramps: number;
  /** Mean intensity of rated cramps, if any. */
  intensity: number | null;
  /** How many cramps were rated (the weight of `intensity`). */
  rated: number;
  sleepLostMinutes: number;
  /** Weeks in the bucket: 1, or more once grouped by `groupWeeks`. */
  weeks: number;
}

/** The range in 7-night buckets ending with the last night; the first bucket may be shorter. */
export function weekly(nights: readonly Night[], episodes: readonly Episode[]): WeekBucket[] {
  const byNight = new Map<NightKey, Episode[]>();
  for (const e of episodes) {
    const list = byNight.get(e.night);
    if (list) list.push(e);
    else byNight.set(e.night, [e]);
  }
  const buckets: WeekBucket[] = [];
  for (let end = nights.length; end > 0; end -= 7) {
    const slice = nights.slice(Math.max(0, end - 7), end);
    const start = nights[Math.max(0, end - 7)]?.night ?? '';
    const es = slice.flatMap((n) => byNight.get(n.night) ?? []);
    const rated = es.flatMap((e) => (e.intensity === undefined ? [] : [e.intensity]));
    buckets.unshift({
      start,
      knownNights: slice.filter((n) => n.known).length,
      crampNights: slice.filter((n) => n.cramps > 0).length,
      cramps: es.length,
      intensity: rated.length > 0 ? rated.reduce((a, b) => a + b, 0) / rated.length : null,
      rated: rated.length,
      sleepLostMinutes: es.reduce((sum, e) => sum + (e.sleepLostMinutes ?? 0), 0),
      weeks: 1,
    });
  }
  return buckets;
}

/**
 * At most `max` buckets, each the same whole number of consecutive weeks (the oldest may hold fewer),
 * ending with the latest week. Counts and sleep lost are summed and intensity is the mean over every rated
 * cramp, so no week is ever dropped: the buckets add up to the whole range.
 */
export function groupWeeks(buckets: readonly WeekBucket[], max = 26): WeekBucket[] {
  const size = Math.max(1, Math.ceil(buckets.length / max));
  if (size === 1) return [...buckets];
  const out: WeekBucket[] = [];
  for (let end = buckets.length; end > 0; end -= size) {
    const group = buckets.slice(Math.max(0, end - size), end);
    const rated = group.reduce((sum, b) => sum + b.rated, 0);
    out.unshift({
      start: group[0]?.start ?? '',
      knownNights: group.reduce((sum, b) => sum + b.knownNights, 0),
      crampNights: group.reduce((sum, b) => sum + b.crampNights, 0),
      cramps: group.reduce((sum, b) => sum + b.cramps, 0),
      intensity: rated > 0 ? group.reduce((sum, b) => sum + (b.intensity ?? 0) * b.rated, 0) / rated : null,
      rated,
      sleepLostMinutes: group.reduce((sum, b) => sum + b.sleepLostMinutes, 0),
      weeks: size,
    });
  }
  return out;
}

/** Cramps by the local hour they started (0-23), as lived: each episode's own UTC offset. */
export function hourHistogram(episodes: readonly Episode[]): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const e of episodes) {
    const hour = new Date(e.startedAt + e.utcOffsetMinutes * 60_000).getUTCHours();
    hours[hour] = (hours[hour] ?? 0) + 1;
  }
  return hours;
}

/** Minutes a cramp lasted: the exact minutes, else the middle of its band. */
export function durationMinutes(e: Episode): number | undefined {
  if (e.durationMinutes !== undefined) return e.durationMinutes;
  const mid: Record<DurationBand, number> = { 'under-1': 0.5, '1-5': 3, '5-10': 7.5, 'over-10': 12 };
  return e.durationBand ? mid[e.durationBand] : undefined;
}

export function durationMix(episodes: readonly Episode[]): { band: DurationBand | 'unknown'; count: number }[] {
  const counts = { 'under-1': 0, '1-5': 0, '5-10': 0, 'over-10': 0, unknown: 0 };
  for (const e of episodes) {
    const long = isLong(e);
    counts[long ? 'over-10' : (e.durationBand ?? 'unknown')]++;
  }
  return (Object.keys(counts) as (keyof typeof counts)[]).map((band) => ({ band, count: counts[band] }));
}

export function bodyMapCounts(episodes: readonly Episode[]): { region: Region; side: Side; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of episodes) for (const s of e.sites) counts.set(`${s.region}:${s.side}`, (counts.get(`${s.region}:${s.side}`) ?? 0) + 1);
  return REGIONS.flatMap((region) => SIDES.map((side) => ({ region, side, count: counts.get(`${region}:${side}`) ?? 0 })));
}

export interface ReliefRow {
  method: Relief;
  tried: number;
  worked: number;
  /** Median minutes the cramp lasted when this method helped; null with fewer than 3 timed cramps. */
  medianMinutesWhenWorked: number | null;
}

/** Which relief helped and how fast, fastest first among methods with enough timed cramps. */
export function reliefTable(episodes: readonly Episode[]): ReliefRow[] {
  const rows = RELIEFS.filter((r) => r !== 'nothing').map((method): ReliefRow => {
    const worked = episodes.filter((e) => e.reliefWorked.includes(method));
    const timed = worked.flatMap((e) => {
      const d = durationMinutes(e);
      return d === undefined ? [] : [d];
    });
    return {
      method,
      tried: episodes.filter((e) => e.reliefTried.includes(method) || e.reliefWorked.includes(method)).length,
      worked: worked.length,
      medianMinutesWhenWorked: timed.length >= 3 ? median(timed) : null,
    };
  });
  return rows
    .filter((r) => r.tried > 0)
    .sort((a, b) => (a.medianMinutesWhenWorked ?? Infinity) - (b.medianMinutesWhenWorked ?? Infinity) || b.worked - a.worked);
}

/** The evening's fluids that count as "a lot" in the comparison. */
export const FLUIDS_THRESHOLD_ML = 1500;

export const FACTORS = ['alcohol', 'caffeine', 'caffeine-late', 'fluids', 'exercise', 'on-feet', 'warm-room', 'stretch'] as const;
export type Factor = (typeof FACTORS)[number];

/** Whether a night had the factor; undefined when the check-in does not say. */
const FACTOR_TEST: Record<Factor, (c: CheckIn) => boolean | undefined> = {
  alcohol: (c) => (c.alcoholDrinks === undefined ? undefined : c.alcoholDrinks >= 3),
  caffeine: (c) => (c.caffeineDrinks === undefined ? undefined : c.caffeineDrinks > 0),
  'caffeine-late': (c) => c.caffeineAfter2pm,
  fluids: (c) => (c.fluidsMl === undefined ? undefined : c.fluidsMl >= FLUIDS_THRESHOLD_ML),
  exercise: (c) => (c.exerciseMinutes === undefined ? undefined : c.exerciseMinutes >= 20),
  'on-feet': (c) => (c.hoursOnFeet === undefined ? undefined : c.hoursOnFeet >= 6),
  'warm-room': (c) => (c.bedroom === undefined ? undefined : c.bedroom === 'warm' || c.bedroom === 'hot'),
  stretch: (c) => c.stretchDone,
};

/** At least this many known nights before any comparison, and this many in each group. */
export const MIN_NIGHTS_LOGGED = 14;
export const MIN_NIGHTS_PER_GROUP = 5;

export interface Comparison {
  factor: Factor;
  with: { nights: number; crampNights: number };
  without: { nights: number; crampNights: number };
  /** Nights still needed before it can be shown: overall, and in each group. 0 everywhere when shown. */
  needed: { logged: number; with: number; without: number };
  shown: boolean;
  /** 95% intervals of the share of cramp nights in each group. */
  intervals: { with: { low: number; high: number }; without: { low: number; high: number } };
  /** True when the intervals do not overlap: the diary can tell the two rates apart. */
  apart: boolean;
}

type NightTest = (c: CheckIn) => boolean | undefined;

/** Known nights with a check-in that says, split by a test, with what is still needed to compare them (§5). */
function compareBy(nights: readonly Night[], test: NightTest): Omit<Comparison, 'factor'> {
  const logged = nights.filter((n) => n.known).length;
  const withF = { nights: 0, crampNights: 0 };
  const withoutF = { nights: 0, crampNights: 0 };
  for (const n of nights) {
    if (!n.known || !n.checkIn) continue;
    const has = test(n.checkIn);
    if (has === undefined) continue;
    const group = has ? withF : withoutF;
    group.nights++;
    if (n.cramps > 0) group.crampNights++;
  }
  const needed = {
    logged: Math.max(0, MIN_NIGHTS_LOGGED - logged),
    with: Math.max(0, MIN_NIGHTS_PER_GROUP - withF.nights),
    without: Math.max(0, MIN_NIGHTS_PER_GROUP - withoutF.nights),
  };
  const intervals = { with: wilson(withF.crampNights, withF.nights), without: wilson(withoutF.crampNights, withoutF.nights) };
  return { with: withF, without: withoutF, needed, shown: needed.logged + needed.with + needed.without === 0, intervals, apart: intervalsApart(intervals.with, intervals.without) };
}

export function compareFactors(nights: readonly Night[]): Comparison[] {
  return FACTORS.map((factor) => ({ factor, ...compareBy(nights, FACTOR_TEST[factor]) }));
}

/**
 * True when the person's own diary shows cramps on a larger share of nights when the bedroom felt cold or
 * cool than on other nights, with enough nights to compare (§5). Used only to offer the warm-bedding tip.
 */
export function colderNightsWorse(nights: readonly Night[]): boolean {
  const c = compareBy(nights, (checkIn) => (checkIn.bedroom === undefined ? undefined : checkIn.bedroom === 'cold' || checkIn.bedroom === 'cool'));
  return c.shown && c.with.crampNights / c.with.nights > c.without.crampNights / c.without.nights;
}

export interface BeforeAfter {
  before: { nights: number; crampNights: number; perWeek: number | null };
  after: { nights: number; crampNights: number; perWeek: number | null };
  /** Nights in each window (up to six weeks, less when the diary is shorter). */
  window: number;
  /** Known nights still needed (§5: 14 in all, 5 on each side); 0 everywhere when shown. */
  needed: { logged: number; before: number; after: number };
  shown: boolean;
}

/**
 * Cramp nights in equal windows of nights before and from `startNight`. Shown only with the same minimum
 * as every comparison: 14 known nights in the two windows together and 5 on each side.
 */
export function beforeAfter(nights: readonly Night[], startNight: NightKey, maxWindow = 42): BeforeAfter {
  const index = nights.findIndex((n) => n.night >= startNight);
  const from = index === -1 ? nights.length : index;
  const window = Math.min(maxWindow, from, nights.length - from);
  const side = (slice: readonly Night[]) => {
    const known = slice.filter((n) => n.known);
    const crampNights = known.filter((n) => n.cramps > 0).length;
    return { nights: known.length, crampNights, perWeek: known.length > 0 ? (crampNights / known.length) * 7 : null };
  };
  const before = side(nights.slice(from - window, from));
  const after = side(nights.slice(from, from + window));
  const needed = {
    logged: Math.max(0, MIN_NIGHTS_LOGGED - before.nights - after.nights),
    before: Math.max(0, MIN_NIGHTS_PER_GROUP - before.nights),
    after: Math.max(0, MIN_NIGHTS_PER_GROUP - after.nights),
  };
  return { before, after, window, needed, shown: needed.logged + needed.before + needed.after === 0 };
}

/** A period's figures for the summary card: per week means per 7 known nights. */
export interface PeriodFigures {
  nights: number;
  known: number;
  crampNights: number;
  cramps: number;
  /** Per 7 known nights; null with no known night. */
  crampNightsPerWeek: number | null;
  crampsPerWeek: number | null;
  /** Median of rated cramps; null when none was rated. */
  medianIntensity: number | null;
  /** Minutes of sleep lost per 7 known nights; null with no known night. */
  sleepLostPerWeek: number | null;
}

/** The episodes of a run of nights (which is consecutive: a range of keys). */
function within(nights: readonly Night[], episodes: readonly Episode[]): readonly Episode[] {
  const first = nights[0]?.night;
  const last = nights.at(-1)?.night;
  if (first === undefined || last === undefined) return [];
  return episodes.every((e) => e.night >= first && e.night <= last) ? episodes : episodes.filter((e) => e.night >= first && e.night <= last);
}

export function periodFigures(nights: readonly Night[], episodes: readonly Episode[]): PeriodFigures {
  const es = within(nights, episodes);
  const known = nights.filter((n) => n.known).length;
  const crampNights = nights.filter((n) => n.cramps > 0).length;
  const cramps = nights.reduce((sum, n) => sum + n.cramps, 0);
  const rated = es.flatMap((e) => (e.intensity === undefined ? [] : [e.intensity]));
  const perWeek = (v: number) => (known > 0 ? (v / known) * 7 : null);
  return {
    nights: nights.length,
    known,
    crampNights,
    cramps,
    crampNightsPerWeek: perWeek(crampNights),
    crampsPerWeek: perWeek(cramps),
    medianIntensity: rated.length > 0 ? median(rated) : null,
    sleepLostPerWeek: perWeek(es.reduce((sum, e) => sum + (e.sleepLostMinutes ?? 0), 0)),
  };
}

/** The one observation the summary leads with: what the data supports, never a cause. */
export type Notable =
  | { kind: 'change'; direction: 'fewer' | 'more'; from: number; to: number }
  | { kind: 'place'; region: Region; side: Side; count: number; of: number }
  | { kind: 'hour'; hour: number; count: number; of: number }
  /** Compared with the period before, no difference the diary can tell apart from chance. */
  | { kind: 'steady' };

export interface Summary {
  current: PeriodFigures;
  /** The period of the same length just before, when the diary reaches back that far. */
  previous?: PeriodFigures;
  /** Known nights still needed before patterns mean anything (§5: 14); 0 when enough. */
  needed: number;
  notable?: Notable;
}

/** Cramps a place or an hour must account for, at the least, to be the notable observation. */
const MIN_CRAMPS_FOR_NOTABLE = 5;

/**
 * What the chosen period shows, against the one before: the figures, how many nights are still needed,
 * and the one notable observation. A change in cramp nights leads only when the two periods' 95%
 * intervals do not overlap; otherwise a place with at least half of the cramps, or an hour with a third;
 * otherwise, when there is a period before to compare with, that no difference can be told apart.
 */
export function summarize(current: { nights: readonly Night[]; episodes: readonly Episode[] }, previous?: { nights: readonly Night[]; episodes: readonly Episode[] }): Summary {
  const now = periodFigures(current.nights, current.episodes);
  const before = previous && previous.nights.some((n) => n.known) ? periodFigures(previous.nights, previous.episodes) : undefined;
  const needed = Math.max(0, MIN_NIGHTS_LOGGED - now.known);
  const summary: Summary = { current: now, previous: before, needed };
  if (needed > 0) return summary;
  const comparable = before !== undefined && before.known >= MIN_NIGHTS_LOGGED && now.crampNightsPerWeek !== null && before.crampNightsPerWeek !== null;
  if (comparable && now.crampNightsPerWeek !== null && before.crampNightsPerWeek !== null) {
    if (tellApart({ successes: now.crampNights, n: now.known }, { successes: before.crampNights, n: before.known })) {
      return { ...summary, notable: { kind: 'change', direction: now.crampNightsPerWeek < before.crampNightsPerWeek ? 'fewer' : 'more', from: before.crampNightsPerWeek, to: now.crampNightsPerWeek } };
    }
  }
  const es = within(current.nights, current.episodes);
  if (es.length >= MIN_CRAMPS_FOR_NOTABLE) {
    const top = [...bodyMapCounts(es)].sort((a, b) => b.count - a.count)[0];
    if (top && top.count * 2 >= es.length) return { ...summary, notable: { kind: 'place', region: top.region, side: top.side, count: top.count, of: es.length } };
    const hours = hourHistogram(es);
    const peak = hours.reduce((best, c, h) => (c > (hours[best] ?? 0) ? h : best), 0);
    if ((hours[peak] ?? 0) * 3 >= es.length) return { ...summary, notable: { kind: 'hour', hour: peak, count: hours[peak] ?? 0, of: es.length } };
  }
  return comparable ? { ...summary, notable: { kind: 'steady' } } : summary;
}
