/**
 * The cramp form's rules beyond the record itself: the one relief list (tried, then "it helped") and whether
 * the form opens with every field. Apart from episode.ts, which the bedside start loads, so the start does not.
 */
import { RELIEFS, toggleIn, type Episode, type Relief } from './episode';

/**
 * Marks a relief method tried or not, in the one relief list: untrying it also unmarks "it helped", and
 * "Nothing" excludes every method (choosing it clears them, choosing a method clears it).
 */
export function toggleTried(episode: Pick<Episode, 'reliefTried' | 'reliefWorked'>, relief: Relief): Pick<Episode, 'reliefTried' | 'reliefWorked'> {
  if (episode.reliefTried.includes(relief)) {
    return { reliefTried: episode.reliefTried.filter((r) => r !== relief), reliefWorked: episode.reliefWorked.filter((r) => r !== relief) };
  }
  if (relief === 'nothing') return { reliefTried: ['nothing'], reliefWorked: [] };
  return { reliefTried: toggleIn(episode.reliefTried.filter((r) => r !== 'nothing'), relief, RELIEFS), reliefWorked: episode.reliefWorked.filter((r) => r !== 'nothing') };
}

/** Marks a method as having helped or not; one that helped was tried. "Nothing" cannot have helped. */
export function toggleHelped(episode: Pick<Episode, 'reliefTried' | 'reliefWorked'>, relief: Exclude<Relief, 'nothing'>): Pick<Episode, 'reliefTried' | 'reliefWorked'> {
  const worked = toggleIn(episode.reliefWorked.filter((r) => r !== 'nothing'), relief, RELIEFS);
  const tried = episode.reliefTried.includes(relief) ? episode.reliefTried : toggleIn(episode.reliefTried.filter((r) => r !== 'nothing'), relief, RELIEFS);
  return { reliefTried: tried, reliefWorked: worked };
}

/** Whether anything beyond the short night form is recorded, so the form shows it open. */
export function hasMoreDetails(e: Episode): boolean {
  return e.context !== undefined || e.durationBand !== undefined || e.durationMinutes !== undefined || e.sleepLostMinutes !== undefined
    || e.roomTempC !== undefined || e.fluidsMl !== undefined || e.caffeineDrinks !== undefined || e.alcoholDrinks !== undefined
    || e.warnings.length > 0 || e.notes !== '';
}
