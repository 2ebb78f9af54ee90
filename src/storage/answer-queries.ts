/**
 * Reading wizard answers. Kept apart from the writes (answer-sets.ts) so the bedside start, which only
 * reads, does not load the question table used to check answers.
 */
import type { AnswerSection, AnswerSet } from '../domain/guidance/answer-set';
import { getDatabase } from './connection';

/** The most recently changed set of a section, complete or not. */
export async function latestAnswerSet(section: AnswerSection): Promise<AnswerSet | undefined> {
  return getDatabase().answerSets.where('[section+updatedAt]').between([section, -Infinity], [section, Infinity]).last();
}

/** The most recently completed set of a section. */
export async function latestCompletedAnswerSet(section: AnswerSection): Promise<AnswerSet | undefined> {
  const all = await getDatabase().answerSets.where('[section+updatedAt]').between([section, -Infinity], [section, Infinity]).toArray();
  return all.filter((s) => s.completedAt !== undefined).sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))[0];
}
