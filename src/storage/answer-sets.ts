/**
 * Wizard answers: one profile set, edited in place, and one dated set per run of the symptom questions.
 */
import { checkAnswer, completed, createAnswerSet, type AnswerSection, type AnswerSet } from '../domain/guidance/answer-set';
import type { Answers, QuestionId } from '../domain/guidance/questions';
import type { Checked } from '../domain/record';
import { getDatabase } from './connection';

export async function addAnswerSet(section: AnswerSection, answers: Answers = {}, now = Date.now()): Promise<Checked<AnswerSet>> {
  const checked = createAnswerSet(crypto.randomUUID(), section, answers, now);
  if (checked.ok) await getDatabase().answerSets.add(checked.value);
  return checked;
}

/**
 * Records one answer, computed from the stored answers (so quick taps never overwrite each other).
 * `undefined` removes the answer.
 */
export async function saveAnswer(setId: string, question: QuestionId, change: (answers: Answers) => Answers[QuestionId] | undefined, now = Date.now()): Promise<Checked<AnswerSet>> {
  const db = getDatabase();
  return db.transaction('rw', db.answerSets, async () => {
    const set = await db.answerSets.get(setId);
    if (!set) throw new Error(`No answer set ${setId}`);
    const checked = checkAnswer(set, question, change(set.answers), now);
    if (checked.ok) await db.answerSets.put(checked.value);
    return checked;
  });
}

export async function completeAnswerSet(setId: string, now = Date.now()): Promise<Checked<AnswerSet>> {
  const db = getDatabase();
  return db.transaction('rw', db.answerSets, async () => {
    const set = await db.answerSets.get(setId);
    if (!set) throw new Error(`No answer set ${setId}`);
    const checked = completed(set, now);
    if (checked.ok) await db.answerSets.put(checked.value);
    return checked;
  });
}
