/**
 * A dated set of wizard answers. Profile answers are edited in place; every run of the symptom questions
 * is a new set, so a clinician can see what changed and when.
 */
import * as v from 'valibot';
import { checkWith, refused, time, uuid, type Checked, type Same } from '../record';
import { isValidAnswer, QUESTION_IDS, type Answers, type QuestionId } from './questions';

export type AnswerSection = 'profile' | 'symptoms';

export interface AnswerSet {
  /** UUID. */
  id: string;
  section: AnswerSection;
  answers: Answers;
  /** Set when the person reached the end of the questions. */
  completedAt?: number;
  createdAt: number;
  updatedAt: number;
}

const AnswersSchema = v.pipe(
  v.record(v.picklist(QUESTION_IDS), v.union([v.string(), v.array(v.string()), v.number()])),
  v.check((answers) => Object.entries(answers).every(([id, value]) => isValidAnswer(id as QuestionId, value)), 'unknown-value'),
);

/** A whole stored answer set: every answer is one its question offers. */
export const AnswerSetSchema = v.pipe(
  v.object({
    id: uuid,
    section: v.picklist(['profile', 'symptoms']),
    answers: AnswersSchema,
    completedAt: v.optional(time),
    createdAt: time,
    updatedAt: time,
  }),
  v.forward(v.check((s) => s.createdAt <= s.updatedAt, 'inconsistent'), ['updatedAt']),
);

const tie: Same<v.InferOutput<typeof AnswerSetSchema>, AnswerSet> = true;
void tie;

export function createAnswerSet(id: string, section: AnswerSection, answers: Answers, now: number): Checked<AnswerSet> {
  return checkWith(AnswerSetSchema, { id, section, answers, createdAt: now, updatedAt: now });
}

/**
 * Records one answer in `set` (`undefined` removes it) and returns the set it makes, or the problem when
 * the answer is not one the question offers.
 */
export function checkAnswer(set: AnswerSet, question: QuestionId, value: Answers[QuestionId] | undefined, now: number): Checked<AnswerSet> {
  if (value !== undefined && !isValidAnswer(question, value)) return refused(question, 'unknown-value');
  const answers: Answers = Object.fromEntries(Object.entries({ ...set.answers, [question]: value }).filter(([, a]) => a !== undefined));
  return checkWith(AnswerSetSchema, { ...set, answers, updatedAt: Math.max(now, set.updatedAt) });
}

/** Marks a set finished. */
export function completed(set: AnswerSet, now: number): Checked<AnswerSet> {
  return checkWith(AnswerSetSchema, { ...set, completedAt: now, updatedAt: Math.max(now, set.updatedAt) });
}
