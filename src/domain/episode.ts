/**
 * A cramp episode, as clinical-content.md §4 describes it: the record, its limits, its schema (which the
 * one-tap log, the details form and the import all check with) and its edit rules. Plain data: the
 * storage layer adds nothing but persistence.
 */
import * as v from 'valibot';
import { nightOf, type NightKey } from './night';
import { accepted, checkWith, isFuture, night, ranged, refused, time, uuid, type Checked, type Limit, type Same } from './record';

export const REGIONS = ['toes', 'ball', 'arch', 'heel', 'top', 'ankle', 'calf', 'shin', 'thigh'] as const;
export type Region = (typeof REGIONS)[number];

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** One place that cramped: a region on one leg. Both legs are two sites. */
export interface Site {
  region: Region;
  side: Side;
}

export const CONTEXTS = ['falling-asleep', 'woke-me', 'awake-in-bed', 'daytime-rest', 'exercise'] as const;
export type EpisodeContext = (typeof CONTEXTS)[number];

export const DURATION_BANDS = ['under-1', '1-5', '5-10', 'over-10'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

export const RELIEFS = ['stretch', 'stand-walk', 'massage', 'heat', 'hang-foot', 'medicine', 'nothing'] as const;
export type Relief = (typeof RELIEFS)[number];

export const WARNINGS = ['numbness', 'cold-pale-blue', 'calf-swelling', 'weakness', 'twitching', 'urge-to-move'] as const;
export type WarningSymptom = (typeof WARNINGS)[number];

export interface Episode {
  /** UUID. */
  id: string;
  /** When the cramp started, epoch ms. */
  startedAt: number;
  /** Local time minus UTC at `startedAt`, minutes. */
  utcOffsetMinutes: number;
  /** The night it belongs to, derived from `startedAt` and the offset. */
  night: NightKey;
  /** True once the start time was changed after the one-tap log. */
  loggedLater: boolean;
  context?: EpisodeContext;
  sites: Site[];
  durationBand?: DurationBand;
  /** Exact minutes, when the person knows them. */
  durationMinutes?: number;
  /** 0 (none) to 10 (worst imaginable). */
  intensity?: number;
  reliefTried: Relief[];
  reliefWorked: Relief[];
  sleepLostMinutes?: number;
  /** Bedroom temperature, °C (shown in the person's unit). */
  roomTempC?: number;
  /** Since the afternoon, millilitres. */
  fluidsMl?: number;
  /** Since the afternoon, drinks. */
  caffeineDrinks?: number;
  /** Since the afternoon, standard drinks. */
  alcoholDrinks?: number;
  warnings: WarningSymptom[];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

/** What an edit may change. `night`, `id` and the timestamps are derived, never set directly. */
export type EpisodePatch = Partial<Omit<Episode, 'id' | 'night' | 'createdAt' | 'updatedAt' | 'loggedLater'>>;

export const LIMITS = {
  durationMinutes: { min: 0, max: 600, whole: true },
  intensity: { min: 0, max: 10, whole: true },
  sleepLostMinutes: { min: 0, max: 720, whole: true },
  roomTempC: { min: -10, max: 50 },
  fluidsMl: { min: 0, max: 10_000, whole: true },
  caffeineDrinks: { min: 0, max: 30, whole: true },
  alcoholDrinks: { min: 0, max: 50, whole: true },
  utcOffsetMinutes: { min: -14 * 60, max: 14 * 60, whole: true },
} as const satisfies Record<string, Limit>;

export const NOTES_MAX = 5_000;


const entries = {
  id: uuid,
  startedAt: time,
  utcOffsetMinutes: ranged(LIMITS.utcOffsetMinutes),
  night,
  loggedLater: v.boolean(),
  context: v.optional(v.picklist(CONTEXTS)),
  sites: v.array(v.object({ region: v.picklist(REGIONS), side: v.picklist(SIDES) })),
  durationBand: v.optional(v.picklist(DURATION_BANDS)),
  durationMinutes: v.optional(ranged(LIMITS.durationMinutes)),
  intensity: v.optional(ranged(LIMITS.intensity)),
  reliefTried: v.array(v.picklist(RELIEFS)),
  reliefWorked: v.array(v.picklist(RELIEFS)),
  sleepLostMinutes: v.optional(ranged(LIMITS.sleepLostMinutes)),
  roomTempC: v.optional(ranged(LIMITS.roomTempC)),
  fluidsMl: v.optional(ranged(LIMITS.fluidsMl)),
  caffeineDrinks: v.optional(ranged(LIMITS.caffeineDrinks)),
  alcoholDrinks: v.optional(ranged(LIMITS.alcoholDrinks)),
  warnings: v.array(v.picklist(WARNINGS)),
  notes: v.pipe(v.string(), v.maxLength(NOTES_MAX, 'too-long')),
  createdAt: time,
  updatedAt: time,
};

/** A whole stored episode. */
export const EpisodeSchema = v.pipe(
  v.object(entries),
  v.forward(v.check((e) => e.night === nightOf(e.startedAt, e.utcOffsetMinutes), 'inconsistent'), ['night']),
  v.forward(v.check((e) => e.createdAt <= e.updatedAt, 'inconsistent'), ['updatedAt']),
);

const tie: Same<v.InferOutput<typeof EpisodeSchema>, Episode> = true;
void tie;

/** What an edit may set: any editable field, each checked as the stored record is. */
const EpisodePatchSchema = v.partial(v.omit(v.object(entries), ['id', 'night', 'createdAt', 'updatedAt', 'loggedLater']));

/** A new episode that started at `at`: the one-tap log. */
export function createEpisode(id: string, at: number, utcOffsetMinutes: number): Episode {
  return {
    id,
    startedAt: at,
    utcOffsetMinutes,
    night: nightOf(at, utcOffsetMinutes),
    loggedLater: false,
    sites: [],
    reliefTried: [],
    reliefWorked: [],
    warnings: [],
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

/** The one-tap log's new episode, checked as any stored episode is. */
export function checkNewEpisode(episode: Episode, now: number): Checked<Episode> {
  if (isFuture(episode.startedAt, now)) return refused('startedAt', 'future');
  return checkWith(EpisodeSchema, episode);
}

/**
 * Checks an edit of `current` and returns the episode it makes, or the first problem (then nothing may
 * be written). Start times after now are refused.
 * @param now epoch ms of the edit, becomes `updatedAt`
 */
export function checkEpisodeEdit(current: Episode, patch: EpisodePatch, now: number): Checked<Episode> {
  const checked = checkWith(EpisodePatchSchema, patch);
  if (!checked.ok) return checked;
  if (patch.startedAt !== undefined && isFuture(patch.startedAt, now)) return refused('startedAt', 'future');
  const next = applyEpisodePatch(current, patch, now);
  return next.night === nightOf(next.startedAt, next.utcOffsetMinutes) ? accepted(next) : refused('startedAt', 'inconsistent');
}

/**
 * Applies a checked patch. A changed start time moves the episode to its night and marks it logged later.
 * @param now epoch ms of the edit, becomes `updatedAt`
 */
export function applyEpisodePatch(episode: Episode, patch: EpisodePatch, now: number): Episode {
  const next: Episode = { ...episode, ...patch, updatedAt: Math.max(now, episode.updatedAt) };
  if (patch.startedAt !== undefined && patch.startedAt !== episode.startedAt) {
    next.loggedLater = true;
    next.night = nightOf(next.startedAt, next.utcOffsetMinutes);
  } else if (patch.utcOffsetMinutes !== undefined) {
    next.night = nightOf(next.startedAt, next.utcOffsetMinutes);
  }
  return next;
}

/** How many minutes make a cramp long: a cramp over 10 minutes that stretching does not ease is urgent today (clinical-content.md §3). */
const LONG_CRAMP_MINUTES = 10;

/** Whether a cramp lasted over ten minutes, by its band or its exact minutes. */
export function isLong(e: Pick<Episode, 'durationBand' | 'durationMinutes'>): boolean {
  return e.durationBand === 'over-10' || (e.durationMinutes !== undefined && e.durationMinutes > LONG_CRAMP_MINUTES);
}

/** The band a number of minutes falls in. */
export function bandOf(minutes: number): DurationBand {
  if (minutes < 1) return 'under-1';
  if (minutes <= 5) return '1-5';
  if (minutes <= LONG_CRAMP_MINUTES) return '5-10';
  return 'over-10';
}

/** How long after the log tap the cramp timer is offered: a cramp that has not ended by then was not timed. */
export const TIMER_WINDOW_MS = 60 * 60_000;

/**
 * What "The cramp is over" records: the minutes from the log tap to now (whole, within the limit) and
 * their band, or nothing once the window has passed or a duration is already recorded.
 */
export function timedDuration(episode: Episode, now: number): Pick<EpisodePatch, 'durationMinutes' | 'durationBand'> | undefined {
  const elapsed = now - episode.startedAt;
  if (episode.loggedLater || episode.durationMinutes !== undefined || episode.durationBand !== undefined || elapsed < 0 || elapsed > TIMER_WINDOW_MS) return undefined;
  const minutes = elapsed / 60_000;
  // Under a minute the band says it all; "0 minutes" would not.
  if (minutes < 1) return { durationBand: 'under-1' };
  return { durationMinutes: Math.min(LIMITS.durationMinutes.max, Math.round(minutes)), durationBand: bandOf(minutes) };
}

/** Toggles `value` in a list, keeping the list's canonical order from `all`. */
export function toggleIn<T extends string>(list: readonly NoInfer<T>[], value: NoInfer<T>, all: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return all.filter((v) => set.has(v));
}

/** Adds or removes one site, keeping sites in body-map order. */
export function toggleSite(sites: readonly Site[], site: Site): Site[] {
  const has = sites.some((s) => s.region === site.region && s.side === site.side);
  const next = has ? sites.filter((s) => !(s.region === site.region && s.side === site.side)) : [...sites, site];
  return [...next].sort((a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || SIDES.indexOf(a.side) - SIDES.indexOf(b.side));
}

/** Which side(s) a region cramped on: 'both' when left and right are both recorded. */
export function sideOf(sites: readonly Site[], region: Region): Side | 'both' | undefined {
  const sides = new Set(sites.filter((s) => s.region === region).map((s) => s.side));
  if (sides.size === 2) return 'both';
  return sides.values().next().value;
}

/**
 * Whether a cramp still lacks what the morning should ask for: where, how bad, or all of when, how long
 * and sleep lost (the short night form asks only where, how bad and what helped).
 */
export function lacksDetails(e: Episode): boolean {
  return e.sites.length === 0 || e.intensity === undefined
    || (e.context === undefined && e.durationBand === undefined && e.durationMinutes === undefined && e.sleepLostMinutes === undefined);
}
