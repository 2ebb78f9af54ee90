/**
 * The risk-factor wizard's questions (clinical-content.md §3): ids, kinds, options and when each is asked.
 * The words live in ./content.ts; the rules that read the answers live in ./rules.ts.
 *
 * Every yes/no question also offers "unsure" (symptoms) or "prefer not to say" (profile); those answers
 * are kept as given and never read as "no".
 */

import { limitProblem, type Limit } from '../record';

export type Section = 'red-flags' | 'profile' | 'symptoms';
export type QuestionKind = 'single' | 'multi' | 'number' | 'scale';

/** A stored answer: one option id, several, or a number. */
export type AnswerValue = string | string[] | number;
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

export interface Question {
  id: QuestionId;
  section: Section;
  kind: QuestionKind;
  /** Option ids, in the order shown. Multi questions may have exclusive options ("none", "unsure"). */
  options?: readonly string[];
  exclusive?: readonly string[];
  min?: number;
  max?: number;
  /** Asked only when this holds of the answers so far. */
  askIf?: (answers: Answers) => boolean;
}

export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;

export const QUESTION_IDS = [
  'sudden-cold-leg', 'chest-symptoms', 'calf-swollen-now',
  'age', 'diabetes', 'smoking', 'conditions', 'family-leg-artery', 'pregnant', 'alcohol-per-week', 'activity',
  'medicines', 'medicine-change', 'limit-fluids',
  'where', 'side', 'usual-length', 'eases', 'long-unrelieved', 'walking-pain', 'walking-starts-at-rest',
  'walking-eases-10', 'walking-where', 'rest-toe-pain', 'wound-or-dark-skin', 'nerve-symptoms', 'weakness', 'urge-to-move',
  'diabetic-foot', 'dirty-wound', 'frequent-nights', 'self-care-6-weeks', 'sleep-effect',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const CONDITIONS = [
  'high-blood-pressure', 'high-cholesterol', 'kidney', 'liver', 'thyroid', 'heart-or-stroke', 'leg-artery',
  'neuropathy', 'spinal-stenosis', 'parkinsons',
] as const;

export const MEDICINES = [
  'thiazide', 'potassium-sparing', 'laba', 'raloxifene-oestrogen', 'teriparatide', 'naproxen', 'iv-iron',
  'statin', 'loop-diuretic', 'quinine',
] as const;

export const NERVE_SYMPTOMS = ['numbness', 'burning', 'prickling', 'bedclothes-hurt', 'hot-cold'] as const;
export const LEG_REGIONS = ['toes', 'ball', 'arch', 'heel', 'top', 'ankle', 'calf', 'shin', 'thigh'] as const;
export const EASES = ['toes-up', 'stand-walk', 'massage', 'hang-foot', 'nothing'] as const;
/** Where walking pain is felt (Edinburgh Claudication Questionnaire [R19]). */
export const WALKING_PLACES = ['calf', 'thigh', 'buttock', 'foot', 'other'] as const;

/** The foot-infection question is asked with diabetes, and when the person is not sure [R25]. */
export const mayHaveDiabetes = (a: Answers) => a.diabetes === 'type-1' || a.diabetes === 'type-2' || a.diabetes === 'unsure';

export const QUESTIONS: readonly Question[] = [
  { id: 'sudden-cold-leg', section: 'red-flags', kind: 'single', options: YES_NO_UNSURE },
  { id: 'chest-symptoms', section: 'red-flags', kind: 'single', options: YES_NO_UNSURE },
  { id: 'calf-swollen-now', section: 'red-flags', kind: 'single', options: YES_NO_UNSURE },

  { id: 'age', section: 'profile', kind: 'single', options: ['under-18', '18-49', '50-64', '65-plus', 'prefer-not'] },
  { id: 'diabetes', section: 'profile', kind: 'single', options: ['no', 'type-1', 'type-2', 'prediabetes', 'unsure'] },
  { id: 'smoking', section: 'profile', kind: 'single', options: ['never', 'former', 'current', 'prefer-not'] },
  { id: 'conditions', section: 'profile', kind: 'multi', options: [...CONDITIONS, 'none', 'unsure'], exclusive: ['none', 'unsure'] },
  { id: 'family-leg-artery', section: 'profile', kind: 'single', options: YES_NO_UNSURE },
  { id: 'pregnant', section: 'profile', kind: 'single', options: ['yes', 'no', 'not-applicable', 'prefer-not'] },
  { id: 'alcohol-per-week', section: 'profile', kind: 'number', min: 0, max: 200 },
  { id: 'activity', section: 'profile', kind: 'single', options: ['mostly-sitting', 'some-walking', 'on-feet', 'hard-training'] },
  { id: 'medicines', section: 'profile', kind: 'multi', options: [...MEDICINES, 'none', 'unsure'], exclusive: ['none', 'unsure'] },
  { id: 'medicine-change', section: 'profile', kind: 'single', options: YES_NO_UNSURE },
  { id: 'limit-fluids', section: 'profile', kind: 'single', options: YES_NO_UNSURE },

  { id: 'where', section: 'symptoms', kind: 'multi', options: [...LEG_REGIONS, 'unsure'], exclusive: ['unsure'] },
  { id: 'side', section: 'symptoms', kind: 'single', options: ['left', 'right', 'both', 'varies'] },
  { id: 'usual-length', section: 'symptoms', kind: 'single', options: ['under-1', '1-10', 'over-10', 'unsure'] },
  { id: 'eases', section: 'symptoms', kind: 'multi', options: EASES, exclusive: ['nothing'] },
  { id: 'long-unrelieved', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'walking-pain', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'walking-starts-at-rest', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE, askIf: (a) => a['walking-pain'] === 'yes' },
  { id: 'walking-eases-10', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE, askIf: (a) => a['walking-pain'] === 'yes' },
  { id: 'walking-where', section: 'symptoms', kind: 'multi', options: [...WALKING_PLACES, 'unsure'], exclusive: ['unsure'], askIf: (a) => a['walking-pain'] === 'yes' },
  { id: 'rest-toe-pain', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'wound-or-dark-skin', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'nerve-symptoms', section: 'symptoms', kind: 'multi', options: [...NERVE_SYMPTOMS, 'none', 'unsure'], exclusive: ['none', 'unsure'] },
  { id: 'weakness', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'urge-to-move', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'diabetic-foot', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE, askIf: mayHaveDiabetes },
  { id: 'dirty-wound', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'frequent-nights', section: 'symptoms', kind: 'single', options: YES_NO_UNSURE },
  { id: 'self-care-6-weeks', section: 'symptoms', kind: 'single', options: ['yes', 'no', 'not-tried'] },
  { id: 'sleep-effect', section: 'symptoms', kind: 'scale', min: 0, max: 10 },
];

export const QUESTION_BY_ID = Object.fromEntries(QUESTIONS.map((q) => [q.id, q])) as Record<QuestionId, Question>;

/** The wizard's steps: a few questions each, red flags first so an emergency is never behind the wizard. */
export const STEPS: readonly (readonly QuestionId[])[] = [
  ['sudden-cold-leg', 'chest-symptoms', 'calf-swollen-now'],
  ['age'],
  ['diabetes', 'smoking'],
  ['conditions'],
  ['family-leg-artery', 'pregnant'],
  ['alcohol-per-week', 'activity'],
  ['medicines', 'medicine-change'],
  ['limit-fluids'],
  ['where', 'side', 'usual-length'],
  ['eases', 'long-unrelieved'],
  ['walking-pain', 'walking-starts-at-rest', 'walking-eases-10', 'walking-where'],
  ['rest-toe-pain', 'wound-or-dark-skin'],
  ['nerve-symptoms'],
  ['weakness', 'urge-to-move'],
  ['diabetic-foot', 'dirty-wound'],
  ['frequent-nights', 'self-care-6-weeks', 'sleep-effect'],
];

/** The questions of a step that are asked, given the answers so far. */
export function askedIn(step: readonly QuestionId[], answers: Answers): Question[] {
  return step.map((id) => QUESTION_BY_ID[id]).filter((q) => !q.askIf || q.askIf(answers));
}

/** Steps that hold at least one question to ask; profile steps are left out when `includeProfile` is false. */
export function activeSteps(answers: Answers, includeProfile: boolean): (readonly QuestionId[])[] {
  return STEPS.filter((step) => {
    const asked = askedIn(step, answers);
    return asked.length > 0 && (includeProfile || asked.some((q) => q.section !== 'profile'));
  });
}

/**
 * Sets or toggles an answer. For multi questions `value` toggles one option; an exclusive option clears
 * the others and any other option clears the exclusive ones.
 */
export function answer(answers: Answers, id: QuestionId, value: string | number): Answers {
  const q = QUESTION_BY_ID[id];
  if (q.kind !== 'multi') return { ...answers, [id]: value };
  const current = Array.isArray(answers[id]) ? (answers[id] as string[]) : [];
  const v = String(value);
  if (current.includes(v)) return { ...answers, [id]: current.filter((x) => x !== v) };
  const exclusive = q.exclusive ?? [];
  const kept = exclusive.includes(v) ? [] : current.filter((x) => !exclusive.includes(x));
  const order = q.options ?? [];
  return { ...answers, [id]: order.filter((o) => o === v || kept.includes(o)) };
}

/** The limit of a number or scale question's answer: whole numbers from its min to its max. */
export function questionLimit(q: Question): Limit {
  return { min: q.min ?? 0, max: q.max ?? Number.MAX_SAFE_INTEGER, whole: true };
}

/** True when the answer is a valid value for its question: the wizard and the import both check with it. */
export function isValidAnswer(id: QuestionId, value: unknown): boolean {
  const q = QUESTION_BY_ID[id];
  if (!q) return false;
  switch (q.kind) {
    case 'single':
      return typeof value === 'string' && (q.options ?? []).includes(value);
    case 'multi':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && (q.options ?? []).includes(v));
    case 'number':
    case 'scale':
      return typeof value === 'number' && limitProblem(value, questionLimit(q)) === undefined;
  }
}
