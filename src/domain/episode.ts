/**
 * A cramp episode, as clinical-content.md §4 describes it. Plain data: the storage layer adds nothing but
 * persistence, and every field an edit can set is checked by `validateEpisodePatch`.
 */
import { nightOf, type NightKey } from './night';

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

/** The earliest start time the diary accepts (1 January 2000, UTC). */
export const EARLIEST_START = Date.UTC(2000, 0, 1);
/** How far into the future a start time may be, to allow for a clock a little ahead. */
export const FUTURE_SLACK_MS = 5 * 60_000;

export const LIMITS = {
  durationMinutes: { min: 0, max: 600 },
  intensity: { min: 0, max: 10 },
  sleepLostMinutes: { min: 0, max: 720 },
  roomTempC: { min: -10, max: 50 },
  fluidsMl: { min: 0, max: 10_000 },
  caffeineDrinks: { min: 0, max: 30 },
  alcoholDrinks: { min: 0, max: 50 },
  notesLength: { min: 0, max: 5_000 },
} as const;

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

export type PatchProblem = { field: string; reason: 'out-of-range' | 'not-a-number' | 'future' | 'too-early' | 'unknown-value' | 'too-long' };

function inRange(value: number | undefined, { min, max }: { min: number; max: number }): boolean {
  return value === undefined || (Number.isFinite(value) && value >= min && value <= max);
}

function allKnown<T extends string>(values: readonly string[] | undefined, known: readonly T[]): boolean {
  return values === undefined || values.every((v) => (known as readonly string[]).includes(v));
}

/**
 * Checks an edit before it is stored. Returns the first problem, or null when the patch is acceptable.
 * @param now epoch ms, to reject start times in the future
 */
export function validateEpisodePatch(patch: EpisodePatch, now: number): PatchProblem | null {
  if (patch.startedAt !== undefined) {
    if (!Number.isFinite(patch.startedAt)) return { field: 'startedAt', reason: 'not-a-number' };
    if (patch.startedAt > now + FUTURE_SLACK_MS) return { field: 'startedAt', reason: 'future' };
    if (patch.startedAt < EARLIEST_START) return { field: 'startedAt', reason: 'too-early' };
  }
  for (const field of ['durationMinutes', 'intensity', 'sleepLostMinutes', 'roomTempC', 'fluidsMl', 'caffeineDrinks', 'alcoholDrinks'] as const) {
    if (!inRange(patch[field], LIMITS[field])) return { field, reason: 'out-of-range' };
  }
  if (patch.intensity !== undefined && !Number.isInteger(patch.intensity)) return { field: 'intensity', reason: 'out-of-range' };
  if (patch.notes !== undefined && patch.notes.length > LIMITS.notesLength.max) return { field: 'notes', reason: 'too-long' };
  if (patch.context !== undefined && !CONTEXTS.includes(patch.context)) return { field: 'context', reason: 'unknown-value' };
  if (patch.durationBand !== undefined && !DURATION_BANDS.includes(patch.durationBand)) return { field: 'durationBand', reason: 'unknown-value' };
  if (!allKnown(patch.reliefTried, RELIEFS) || !allKnown(patch.reliefWorked, RELIEFS)) return { field: 'relief', reason: 'unknown-value' };
  if (!allKnown(patch.warnings, WARNINGS)) return { field: 'warnings', reason: 'unknown-value' };
  if (patch.sites?.some((s) => !REGIONS.includes(s.region) || !SIDES.includes(s.side))) return { field: 'sites', reason: 'unknown-value' };
  return null;
}

/**
 * Applies a validated patch. A changed start time moves the episode to its night and marks it logged later.
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
