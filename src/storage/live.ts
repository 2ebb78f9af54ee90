/**
 * Live queries: React hooks that re-render when the records they read change, in this tab or another.
 * Persisted data is read only through these, never copied into a store.
 */
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import type { Change } from '../domain/change';
import type { CheckIn } from '../domain/check-in';
import type { Episode } from '../domain/episode';
import { groupByNight, type NightEntry } from '../domain/history';
import type { NightKey } from '../domain/night';
import type { Settings } from '../domain/settings';
import { getDatabase, reportStorageProblem } from './connection';
import type { AnswerSet } from '../domain/guidance/answer-set';
import { latestAnswerSet, latestCompletedAnswerSet } from './answer-queries';
import { justLoggedEpisode } from './episodes';
import { getSettings } from './settings';

/**
 * A live query that never throws into rendering: dexie-react-hooks rethrows a failed query during render,
 * which would blank the whole app (and the emergency signs with it) when storage fails. A failure is
 * reported to the shell, which says what happened, and the query reads as still loading.
 */
function useLiveQuery<T>(querier: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  return useDexieLiveQuery(
    async () => {
      try {
        return await querier();
      } catch (error) {
        reportStorageProblem(error);
        return undefined;
      }
    },
    deps,
    initial,
  );
}

/** `undefined` while loading, `null` when there is no such episode. */
export function useEpisode(id: string): Episode | null | undefined {
  return useLiveQuery(async () => (await getDatabase().episodes.get(id)) ?? null, [id], justLoggedEpisode(id));
}

export function useCheckIn(night: NightKey): CheckIn | null | undefined {
  return useLiveQuery(async () => (await getDatabase().checkIns.where('night').equals(night).first()) ?? null, [night]);
}

/**
 * The check-ins of two nights in one query (`null` for a night without one), as Log needs last night's and
 * the one it offers, often the same night; `undefined` while loading.
 */
export function useCheckInsOf(first: NightKey, second: NightKey): [CheckIn | null, CheckIn | null] | undefined {
  return useLiveQuery(async () => {
    const found = await getDatabase().checkIns.where('night').anyOf([first, second]).toArray();
    const of = (night: NightKey) => found.find((c) => c.night === night) ?? null;
    return [of(first), of(second)];
  }, [first, second]);
}

/** The cramps of one night, earliest first; `undefined` while loading. */
export function useEpisodesOfNight(night: NightKey): Episode[] | undefined {
  return useLiveQuery(async () => (await getDatabase().episodes.where('night').equals(night).toArray()).sort((a, b) => a.startedAt - b.startedAt), [night]);
}

export function useEpisodeCountOfNight(night: NightKey): number | undefined {
  return useLiveQuery(() => getDatabase().episodes.where('night').equals(night).count(), [night]);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(getSettings, []);
}

/** Nights from `first` to `last` (both included), newest first; `undefined` while loading. */
export function useNightsBetween(first: NightKey, last: NightKey): NightEntry[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [episodes, checkIns] = await Promise.all([
      db.episodes.where('night').between(first, last, true, true).toArray(),
      db.checkIns.where('night').between(first, last, true, true).toArray(),
    ]);
    return groupByNight(episodes, checkIns);
  }, [first, last]);
}

/** Whether any record exists from before `night`, so History can offer the months before. */
export function useHasNightsBefore(night: NightKey): boolean | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [e, c] = await Promise.all([db.episodes.where('night').below(night).count(), db.checkIns.where('night').below(night).count()]);
    return e + c > 0;
  }, [night]);
}

/** True once any episode was ever logged (the iOS install hint shows only before the first). */
export function useHasAnyEpisode(): boolean | undefined {
  return useLiveQuery(async () => (await getDatabase().episodes.count()) > 0, []);
}

export function useAnswerSet(id: string | undefined): AnswerSet | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDatabase().answerSets.get(id)) ?? null) : null), [id]);
}

/** The latest profile and the latest completed symptom answers, for guidance. `undefined` while loading. */
export function useGuidanceAnswers(): { profile?: AnswerSet; symptoms?: AnswerSet } | undefined {
  return useLiveQuery(async () => ({ profile: await latestAnswerSet('profile'), symptoms: await latestCompletedAnswerSet('symptoms') }), []);
}

/**
 * What the Log screen checks for urgent messages: the latest profile and symptom answers (finished or not:
 * an urgent answer survives "Skip for now") and the episodes that started after `since` (epoch ms).
 */
export function useRecentGuidance(since: number): { profile?: AnswerSet; symptoms?: AnswerSet; episodes: Episode[] } | undefined {
  return useLiveQuery(
    async () => ({
      profile: await latestAnswerSet('profile'),
      symptoms: await latestAnswerSet('symptoms'),
      episodes: await getDatabase().episodes.where('startedAt').aboveOrEqual(since).toArray(),
    }),
    [since],
  );
}

/**
 * When an episode last recorded a warning symptom, after `since` (epoch ms); null when none did, and
 * without reading anything when there is no `since`. Read newest first, stopping at the first found: it
 * runs again after every save on Log, so it must not read a whole diary.
 */
export function useLastWarningAfter(since: number | undefined): number | null | undefined {
  return useLiveQuery(async () => {
    if (since === undefined) return null;
    const newest = await getDatabase().episodes.where('updatedAt').above(since).reverse().filter((e) => e.warnings.length > 0).first();
    return newest?.updatedAt ?? null;
  }, [since]);
}

/**
 * Records made after `since` (epoch ms), up to `enough` of each kind: how many, and when the oldest of
 * them was made. Read through the updatedAt index (a record made after `since` was also last changed
 * after it), so the Log screen never reads a whole diary to decide on a reminder.
 */
export function useRecordsSince(since: number, enough: number): { count: number; oldest?: number } | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [episodes, checkIns] = await Promise.all([
      db.episodes.where('updatedAt').above(since).filter((r) => r.createdAt > since).limit(enough).toArray(),
      db.checkIns.where('updatedAt').above(since).filter((r) => r.createdAt > since).limit(enough).toArray(),
    ]);
    const times = [...episodes, ...checkIns].map((r) => r.createdAt);
    return { count: times.length, oldest: times.length > 0 ? Math.min(...times) : undefined };
  }, [since, enough]);
}

export function useChanges(): Change[] | undefined {
  return useLiveQuery(() => getDatabase().changes.orderBy('startNight').toArray(), []);
}

export interface RangeRecords {
  /** The range asked for: a first night, or "all". */
  key: NightKey | 'all';
  /** The first night of the data: the asked-for night, or the diary's first for "all". */
  firstNight: NightKey | null;
  episodes: Episode[];
  checkIns: CheckIn[];
}

/**
 * Episodes and check-ins from `from` on (or all of them), read together and labelled with what was
 * asked, so a screen can tell a result for its current range from the previous one still on show.
 */
export function useRecordsFrom(from: NightKey | 'all'): RangeRecords | undefined {
  return useLiveQuery(async (): Promise<RangeRecords> => {
    const db = getDatabase();
    const [episodes, checkIns] = await Promise.all(
      from === 'all' ? [db.episodes.toArray(), db.checkIns.toArray()] : [db.episodes.where('night').aboveOrEqual(from).toArray(), db.checkIns.where('night').aboveOrEqual(from).toArray()],
    );
    let firstNight: NightKey | null = from === 'all' ? null : from;
    if (from === 'all') for (const r of [...episodes, ...checkIns]) if (firstNight === null || r.night < firstNight) firstNight = r.night;
    return { key: from, firstNight, episodes, checkIns };
  }, [from]);
}
