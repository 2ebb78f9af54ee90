/**
 * The shape of what the app says about health: which tips exist, their evidence tags and references, and
 * the order of the Learn pages. The words themselves are in the catalogue (src/i18n/en/clinical.ts, the
 * English source), reached by these ids; docs/guidance.md renders both for clinical review.
 */
import type { FindingId, RefId } from './rules';

export const EVIDENCE = ['good', 'mixed', 'weak', 'none'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export interface Tip {
  /** The tip's key in the catalogue. */
  id: TipId;
  evidence: Evidence;
  /** Advice against something: the evidence tag says how good the evidence is that it does not help. */
  against?: true;
  sources: RefId[];
}

export const TIP_IDS = ['during-cramp', 'bedtime-stretch', 'stay-active', 'less-alcohol', 'drink-normally', 'fluid-limit', 'magnesium', 'warm-bedding', 'stockings', 'stockings-warning', 'hanging-feet', 'electrolytes', 'cold', 'painkillers', 'sports-drink-alcohol'] as const;
export type TipId = (typeof TIP_IDS)[number];

export const TIPS = {
  duringCramp: { id: 'during-cramp', evidence: 'weak', sources: ['R4', 'R16'] },
  bedtimeStretch: { id: 'bedtime-stretch', evidence: 'mixed', sources: ['R6', 'R7'] },
  stayActive: { id: 'stay-active', evidence: 'weak', sources: ['R12'] },
  lessAlcohol: { id: 'less-alcohol', evidence: 'weak', sources: ['R11'] },
  drinkNormally: { id: 'drink-normally', evidence: 'none', sources: ['R1'] },
  fluidLimit: { id: 'fluid-limit', evidence: 'none', sources: ['R1'] },
  magnesium: { id: 'magnesium', evidence: 'good', against: true, sources: ['R5'] },
  warmBedding: { id: 'warm-bedding', evidence: 'none', sources: [] },
} satisfies Record<string, Tip>;

/** What the evidence says about advice a person is likely to have heard (clinical-content.md §2). */
export const WHAT_WE_KNOW = {
  stockings: { id: 'stockings', evidence: 'none', sources: ['R26'] },
  stockingsWarning: { id: 'stockings-warning', evidence: 'good', sources: ['R26'] },
  hangingFeet: { id: 'hanging-feet', evidence: 'good', sources: ['R22'] },
  electrolytes: { id: 'electrolytes', evidence: 'mixed', against: true, sources: ['R1', 'R5'] },
  cold: { id: 'cold', evidence: 'weak', sources: ['R10'] },
  painkillers: { id: 'painkillers', evidence: 'weak', against: true, sources: ['R1', 'R16'] },
  sportsDrinkAfterAlcohol: { id: 'sports-drink-alcohol', evidence: 'weak', against: true, sources: ['R11'] },
} satisfies Record<string, Tip>;

export const LEARN_SECTION_IDS = ['what', 'during', 'before-bed', 'when'] as const;
export type LearnSectionId = (typeof LEARN_SECTION_IDS)[number];
export type LearnParagraphId = 'what-it-is' | 'common' | 'cause' | 'placebo' | 'see-now' | 'see-soon' | 'see-later';

/** A Learn paragraph: its own text, or a tip's. */
export type LearnParagraph = { text: LearnParagraphId; evidence: Evidence; sources: RefId[] } | { tip: Tip };

export interface LearnSection {
  id: LearnSectionId;
  paragraphs: LearnParagraph[];
}

export const LEARN: LearnSection[] = [
  { id: 'what', paragraphs: [{ text: 'what-it-is', evidence: 'good', sources: ['R1', 'R4', 'R8'] }, { text: 'common', evidence: 'good', sources: ['R1', 'R4'] }, { text: 'cause', evidence: 'mixed', sources: ['R1', 'R4', 'R10', 'R11', 'R12'] }] },
  { id: 'during', paragraphs: [{ tip: TIPS.duringCramp }] },
  { id: 'before-bed', paragraphs: [{ tip: TIPS.bedtimeStretch }, { tip: TIPS.stayActive }, { tip: TIPS.lessAlcohol }, { text: 'placebo', evidence: 'good', sources: ['R5'] }] },
  { id: 'when', paragraphs: [{ text: 'see-now', evidence: 'good', sources: ['R22', 'R24', 'R16'] }, { text: 'see-soon', evidence: 'good', sources: ['R22', 'R23'] }, { text: 'see-later', evidence: 'mixed', sources: ['R4', 'R16', 'R6'] }] },
];

/** For reviewers, in English only: when each finding's rule fires (rules.ts is the code that decides). */
export const FINDING_WHEN: Record<FindingId, string> = {
  'acute-limb': "Red flag 'sudden cold leg' answered yes within the last 24 hours; or a cramp logged in the last 24 hours recorded a cold, pale or blue foot.",
  'chest-or-breathing': "Red flag 'breathless, chest pain or coughing blood' answered yes within the last 24 hours.",
  'check-acute-limb': "Red flag 'sudden cold leg' answered not sure within the last 24 hours.",
  'check-chest': "Red flag 'breathless, chest pain or coughing blood' answered not sure within the last 24 hours.",
  'check-calf': "Red flag 'one calf swollen, or warm and red' answered not sure within the last 24 hours.",
  'check-long-cramp': "'A cramp over 10 minutes that stretching did not ease, in the last week' answered not sure within the last 24 hours.",
  'check-dirty-wound': "'A recent dirty wound or toxin' answered not sure within the last 24 hours.",
  'check-diabetic-foot': "Diabetes (or not sure), and the foot-infection question answered not sure within the last 24 hours.",
  'calf-clot-signs': "Red flag 'one calf swollen, or warm and red' answered yes within the last 24 hours; or a cramp logged in the last 24 hours recorded calf swelling or warmth.",
  'long-cramp-unrelieved': "'In the last week, a cramp over 10 minutes not eased by stretching' answered yes within the last 24 hours; or a cramp logged in the last 24 hours that lasted over 10 minutes where stretching was tried and did not help.",
  'dirty-wound': 'Recent dirty wound or toxin answered yes within the last 24 hours.',
  'diabetic-foot': 'Diabetes (type 1, type 2 or not sure), and an infected-looking foot wound or a red, hot, swollen foot answered yes within the last 24 hours.',
  'rest-pain-dependency': 'Toe or forefoot pain at rest eased by hanging the foot down answered yes.',
  'wound-or-dark-skin': 'A wound not healing for 2 weeks or darkened toe skin answered yes.',
  'hang-foot-with-risk': "Hanging the foot down eases cramps (answer or an episode's relief), and a circulation risk group: known leg-artery, heart disease or stroke; 65+; 50-64 with diabetes, smoking now or before, high blood pressure, high cholesterol, kidney disease or family history; younger or age not given, with diabetes plus one of those.",
  pregnancy: 'Pregnant answered yes.',
  'sleep-or-frequency': 'Sleep effect 5 or more; or cramps on 3+ nights a week for 2 weeks answered yes; or the diary has cramps on 3+ nights in each of the last 2 weeks.',
  'weakness-twitching': 'Weakness, shrinking muscles or twitching answered yes; or an episode recorded weakness or twitching.',
  claudication: 'Walking brings on pain, it never starts at rest (not answered yes), and it goes within 10 minutes of standing still. Where it hurts (calf; thigh or buttock) is listed with it.',
  'walking-pain-at-rest': 'Walking brings on pain, and it can also start while standing still or sitting: both answered yes.',
  'circulation-risk': 'A circulation risk group (as above) with leg or foot symptoms: any logged cramp, a cramp location, walking pain, or a nerve symptom in the feet.',
  'diabetes-foot-check': 'Type 1 or type 2 diabetes with any nerve symptom (numbness, burning, prickling, bedclothes hurting, cannot tell hot from cold).',
  'hang-foot-no-risk': 'Hanging the foot down eases cramps, without a circulation risk group.',
  'nerve-symptoms': 'Any of numbness, burning, prickling, bedclothes hurting, cannot tell hot from cold; or an episode recorded numbness. Diabetes and 14+ drinks a week are listed with it.',
  medicine: 'Any listed medicine other than quinine, or a medicine started or changed in the last 3 months answered yes.',
  quinine: 'Quinine among the medicines.',
  conditions: "Kidney, liver, thyroid, spinal stenosis or Parkinson's among the conditions.",
  'restless-legs': 'An evening urge to move the legs eased by moving answered yes; or an episode recorded it.',
  'no-better-6-weeks': 'No better after 6 weeks of self-care answered yes.',
  'thigh-cramps': 'The thigh among the usual cramp locations.',
};
