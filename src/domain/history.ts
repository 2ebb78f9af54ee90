/**
 * Groups records into nights for the History list.
 */
import type { CheckIn } from './check-in';
import type { Episode } from './episode';
import type { NightKey } from './night';

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
