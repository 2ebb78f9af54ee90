/**
 * The findings that episodes themselves raise (a warning symptom, a long cramp that stretching did not
 * ease, relief by hanging the foot down), read with the person's answers, most urgent first. Only the
 * triggers from these episodes and the answers are kept: a finding about another night is not repeated.
 */
import type { Episode } from '../episode';
import type { Answers } from './questions';
import { evaluate, type Finding } from './rules';

export function episodeFindings(episodes: readonly Episode[], answers: Answers): Finding[] {
  if (episodes.length === 0) return [];
  const ids = new Set(episodes.map((e) => e.id));
  const latest = episodes.reduce((a, b) => (a.night > b.night ? a : b)).night;
  return evaluate({ answers, episodes, lastNight: latest })
    .map((f) => ({ ...f, triggers: f.triggers.filter((t) => t.kind !== 'episode' || ids.has(t.episodeId)) }))
    .filter((f) => f.triggers.some((t) => t.kind === 'episode'));
}
