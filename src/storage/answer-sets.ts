/**
 * Wizard answers: one profile set, edited in place, and one dated set per run of the symptom questions.
 */
import type { AnswerSection, AnswerSet } from '../domain/guidance/answer-set';
import { isValidAnswer, type Answers, type QuestionId } from '../domain/guidance/questions';
import { getDatabase } from './connection';

export class InvalidAnswerError extends Error {
  constructor(readonly question: string) {
    super(`Invalid answer to ${question}`);
    this.name = 'InvalidAnswerError';
  }
}

export async function createAnswerSet(section: AnswerSection, answers: Answers = {}, now = Date.now()): Promise<AnswerSet> {
  const set: AnswerSet = { id: crypto.randomUUID(), section, answers, createdAt: now, updatedAt: now };
  await getDatabase().answerSets.add(set);
  return set;
}

/**
 * Records one answer, computed from the stored answers (so quick taps never overwrite each other).
 * `undefined` removes the answer.
 */
export async function saveAnswer(setId: string, question: QuestionId, change: (answers: Answers) => Answers[QuestionId] | undefined, now = Date.now()): Promise<AnswerSet> {
  const db = getDatabase();
  return db.transaction('rw', db.answerSets, async () => {
    const set = await db.answerSets.get(setId);
    if (!set) throw new Error(`No answer set ${setId}`);
    const value = change(set.answers);
    if (value !== undefined && !isValidAnswer(question, value)) throw new InvalidAnswerError(question);
    const answers: Answers = Object.fromEntries(Object.entries({ ...set.answers, [question]: value }).filter(([, v]) => v !== undefined));
    const next: AnswerSet = { ...set, answers, updatedAt: Math.max(now, set.updatedAt) };
    await db.answerSets.put(next);
    return next;
  });
}

export async function completeAnswerSet(setId: string, now = Date.now()): Promise<void> {
  await getDatabase().answerSets.update(setId, { completedAt: now, updatedAt: now });
}
