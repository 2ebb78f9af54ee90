/**
 * Reading the stored answer sets: the answers as the rules take them, with their time, and when to ask
 * the symptom questions again. (The record itself and its rules are in answer-set.ts.)
 */
import type { AnswerSet } from './answer-set';
import type { Answers } from './questions';

/** Profile and symptom answers read together, as the rules take them. */
export function combineAnswers(profile?: AnswerSet, symptoms?: AnswerSet): Answers {
  return { ...profile?.answers, ...symptoms?.answers };
}

/**
 * The answers as the rules read them, with the time they were given: red flags live in the symptom set,
 * so its last change dates them.
 */
export function answersWithTime(profile?: AnswerSet, symptoms?: AnswerSet): { answers: Answers; answeredAt?: number } {
  return { answers: combineAnswers(profile, symptoms), answeredAt: symptoms?.updatedAt };
}

/** How often the symptom questions are offered again. */
export const SYMPTOMS_REASK_DAYS = 28;

/**
 * Whether to offer the symptom questions again: never answered, answered 4 weeks ago or more, or an
 * episode with a warning symptom was logged after the last answers.
 * @param lastWarningAt epoch ms of the newest episode that recorded a warning symptom, if any
 */
export function shouldReask(lastCompleted: AnswerSet | undefined, now: number, lastWarningAt?: number): 'first' | 'due' | 'warning' | null {
  if (!lastCompleted?.completedAt) return 'first';
  if (lastWarningAt !== undefined && lastWarningAt > lastCompleted.completedAt) return 'warning';
  return now - lastCompleted.completedAt >= SYMPTOMS_REASK_DAYS * 86_400_000 ? 'due' : null;
}

const HOUR = 3_600_000;

/**
 * From when to look for a warning symptom that asks the questions again: after the last answers, and no
 * further back than SYMPTOMS_REASK_DAYS, since older answers are offered again anyway. So the search (which
 * reads each cramp's details, opening each one when the lock is on) never reaches back through years of a
 * diary. `now` is taken to the hour, so the search stays the same for an hour. Undefined when never
 * answered: nothing to look for.
 */
export function warningSearchFrom(lastCompleted: AnswerSet | undefined, now: number): number | undefined {
  if (!lastCompleted?.completedAt) return undefined;
  return Math.max(lastCompleted.completedAt, Math.floor(now / HOUR) * HOUR - SYMPTOMS_REASK_DAYS * 86_400_000);
}
