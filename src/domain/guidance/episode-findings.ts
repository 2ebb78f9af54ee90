/**
 * The findings that episodes themselves raise (a warning symptom, a long cramp that stretching did not
 * ease, relief by hanging the foot down), read with the person's answers, most urgent first. Only the
 * triggers from these episodes are kept: a finding about another night is not repeated.
 *
 * A warning sign is current for CURRENT_FOR_MS after the cramp started; after that it is reported with
 * its date (`episodeReports`), never as an instruction.
 */
import type { Episode } from '../episode';
import type { Answers } from './questions';
import { evaluate, reportedEarlier, type Finding, type PastReport } from './rules';

const input = (episodes: readonly Episode[], answers: Answers, now: number) => ({
  answers,
  episodes,
  lastNight: episodes.reduce((a, b) => (a.night > b.night ? a : b)).night,
  now,
  answeredAt: now,
});

export function episodeFindings(episodes: readonly Episode[], answers: Answers, now: number): Finding[] {
  if (episodes.length === 0) return [];
  const ids = new Set(episodes.map((e) => e.id));
  return evaluate(input(episodes, answers, now))
    .map((f) => ({ ...f, triggers: f.triggers.filter((t) => t.kind !== 'episode' || ids.has(t.episodeId)) }))
    .filter((f) => f.triggers.some((t) => t.kind === 'episode'));
}

/** Urgent signs these episodes recorded that are no longer current, dated. */
export function episodeReports(episodes: readonly Episode[], now: number): PastReport[] {
  if (episodes.length === 0) return [];
  return reportedEarlier(input(episodes, {}, now)).filter((r) => r.trigger.kind === 'episode');
}
