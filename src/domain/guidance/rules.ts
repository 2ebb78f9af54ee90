/**
 * The guidance rules (clinical-content.md §3): answers and recent episodes in, findings out.
 *
 * Every rule is one row of RULES: its finding id, tier, references and a `match` that returns the
 * answers or episodes that trigger it. A rule fires only when `match` returns at least one trigger, so
 * every finding can say what was noticed. Red-flag questions (emergency and same-day tiers) fire on "yes"
 * and on "unsure": not being sure is no reason to hide them. No rule ever fires on "no" or on a missing
 * answer. The engine has no clock: the latest night is a parameter.
 */
import type { Episode } from '../episode';
import { addNights, type NightKey } from '../night';
import type { AnswerValue, Answers, QuestionId } from './questions';

export const TIERS = ['emergency', 'urgent-today', 'urgent-soon', 'clinician', 'self-care'] as const;
export type Tier = (typeof TIERS)[number];

export type RefId = 'R1' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12' | 'R16' | 'R17' | 'R18' | 'R19' | 'R20' | 'R22' | 'R23' | 'R24' | 'R25' | 'R26' | 'R27' | 'R30' | 'R31';

export type Trigger =
  | { kind: 'answer'; question: QuestionId; value: AnswerValue }
  | { kind: 'episode'; episodeId: string; night: NightKey; detail: 'warning' | 'duration' | 'relief'; value: string }
  | { kind: 'diary'; detail: 'cramp-nights'; value: string };

export interface Finding {
  id: FindingId;
  tier: Tier;
  triggers: Trigger[];
  sources: RefId[];
}

export interface GuidanceInput {
  /** Red flags, profile and symptom answers together. */
  answers: Answers;
  /** Episodes to check, usually the last four weeks. */
  episodes: readonly Episode[];
  /** The latest night to count back from when the diary is checked for frequent cramps. */
  lastNight: NightKey;
}

interface Rule {
  id: FindingId;
  tier: Tier;
  sources: RefId[];
  match: (input: GuidanceInput) => Trigger[];
}

export const FINDING_IDS = [
  'acute-limb', 'chest-or-breathing',
  'calf-clot-signs', 'long-cramp-unrelieved', 'dirty-wound', 'diabetic-foot',
  'rest-pain-dependency', 'wound-or-dark-skin', 'hang-foot-with-risk',
  'under-18', 'pregnancy', 'sleep-or-frequency', 'weakness-twitching', 'claudication', 'circulation-risk',
  'hang-foot-no-risk', 'nerve-symptoms', 'medicine', 'quinine', 'conditions', 'restless-legs',
  'no-better-6-weeks', 'thigh-cramps',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

const answerTrigger = (question: QuestionId, value: AnswerValue): Trigger => ({ kind: 'answer', question, value });

/** "yes" fires; for red flags "unsure" fires too. */
function said(a: Answers, id: QuestionId, values: readonly string[] = ['yes']): Trigger[] {
  const v = a[id];
  return typeof v === 'string' && values.includes(v) ? [answerTrigger(id, v)] : [];
}
const redFlag = (a: Answers, id: QuestionId) => said(a, id, ['yes', 'unsure']);

function chosen(a: Answers, id: QuestionId, options: readonly string[]): Trigger[] {
  const v = a[id];
  const hits = Array.isArray(v) ? v.filter((x) => options.includes(x)) : [];
  return hits.length > 0 ? [answerTrigger(id, hits)] : [];
}

function episodeTriggers(episodes: readonly Episode[], detail: 'warning' | 'relief', pick: (e: Episode) => readonly string[], values: readonly string[]): Trigger[] {
  return episodes.flatMap((e) =>
    pick(e)
      .filter((v) => values.includes(v))
      .map((value): Trigger => ({ kind: 'episode', episodeId: e.id, night: e.night, detail, value })),
  );
}

function isLong(e: Episode): boolean {
  return e.durationBand === 'over-10' || (e.durationMinutes !== undefined && e.durationMinutes > 10);
}

export const hasDiabetes = (a: Answers) => a.diabetes === 'type-1' || a.diabetes === 'type-2';

/**
 * The answers that place a person in a guideline risk group for leg-artery disease [R17], or [] when
 * they do not: known artery disease (legs, heart or stroke); 65+; 50-64 with one more factor; under 50
 * (or age not given) with diabetes and one more factor.
 */
export function circulationRiskGroup(a: Answers): Trigger[] {
  const known = chosen(a, 'conditions', ['leg-artery', 'heart-or-stroke']);
  if (known.length > 0) return known;
  if (a.age === '65-plus') return [answerTrigger('age', '65-plus')];
  const factors = [
    ...(hasDiabetes(a) ? [answerTrigger('diabetes', a.diabetes as string)] : []),
    ...said(a, 'smoking', ['current', 'former']),
    ...chosen(a, 'conditions', ['high-blood-pressure', 'high-cholesterol', 'kidney']),
    ...said(a, 'family-leg-artery'),
  ];
  if (a.age === '50-64' && factors.length >= 1) return [answerTrigger('age', '50-64'), ...factors];
  const otherThanDiabetes = factors.filter((t) => t.kind === 'answer' && t.question !== 'diabetes');
  if (a.age !== '50-64' && hasDiabetes(a) && otherThanDiabetes.length >= 1) return [...(typeof a.age === 'string' ? [answerTrigger('age', a.age)] : []), ...factors];
  return [];
}

/** Known neuropathy or a nerve symptom: compression stockings are not for them [R26]. */
export function nerveGroup(a: Answers): Trigger[] {
  return [...chosen(a, 'conditions', ['neuropathy']), ...chosen(a, 'nerve-symptoms', ['numbness', 'burning', 'prickling', 'bedclothes-hurt', 'hot-cold'])];
}

/** Nights with a logged cramp in each of the last two weeks, when both have 3 or more. */
function frequentInDiary({ episodes, lastNight: last }: GuidanceInput): Trigger[] {
  const nights = new Set(episodes.map((e) => e.night));
  const count = (from: NightKey, to: NightKey) => [...nights].filter((n) => n >= from && n <= to).length;
  const week1 = count(addNights(last, -6), last);
  const week2 = count(addNights(last, -13), addNights(last, -7));
  return week1 >= 3 && week2 >= 3 ? [{ kind: 'diary', detail: 'cramp-nights', value: `${week2}+${week1}` }] : [];
}

const HEAVY_DRINKING_PER_WEEK = 14;

export const RULES: readonly Rule[] = [
  // Emergency
  {
    id: 'acute-limb', tier: 'emergency', sources: ['R22'],
    match: ({ answers, episodes }) => [...redFlag(answers, 'sudden-cold-leg'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['cold-pale-blue'])],
  },
  { id: 'chest-or-breathing', tier: 'emergency', sources: ['R24'], match: ({ answers }) => redFlag(answers, 'chest-symptoms') },
  // Urgent today
  {
    id: 'calf-clot-signs', tier: 'urgent-today', sources: ['R24', 'R4'],
    match: ({ answers, episodes }) => [...redFlag(answers, 'calf-swollen-now'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['calf-swelling'])],
  },
  {
    id: 'long-cramp-unrelieved', tier: 'urgent-today', sources: ['R16'],
    match: ({ answers, episodes }) => [
      ...redFlag(answers, 'long-unrelieved'),
      ...episodes
        .filter((e) => isLong(e) && e.reliefTried.includes('stretch') && !e.reliefWorked.includes('stretch'))
        .map((e): Trigger => ({ kind: 'episode', episodeId: e.id, night: e.night, detail: 'duration', value: 'over-10-stretch-failed' })),
    ],
  },
  { id: 'dirty-wound', tier: 'urgent-today', sources: ['R16'], match: ({ answers }) => redFlag(answers, 'dirty-wound') },
  { id: 'diabetic-foot', tier: 'urgent-today', sources: ['R25'], match: ({ answers }) => (hasDiabetes(answers) ? redFlag(answers, 'diabetic-foot') : []) },
  // Urgent, same or next day
  { id: 'rest-pain-dependency', tier: 'urgent-soon', sources: ['R22', 'R23'], match: ({ answers }) => said(answers, 'rest-toe-pain') },
  { id: 'wound-or-dark-skin', tier: 'urgent-soon', sources: ['R22', 'R23'], match: ({ answers }) => said(answers, 'wound-or-dark-skin') },
  {
    id: 'hang-foot-with-risk', tier: 'urgent-soon', sources: ['R22', 'R23', 'R17'],
    match: ({ answers, episodes }) => {
      const helped = [...chosen(answers, 'eases', ['hang-foot']), ...episodeTriggers(episodes, 'relief', (e) => e.reliefWorked, ['hang-foot'])];
      const group = circulationRiskGroup(answers);
      return helped.length > 0 && group.length > 0 ? [...helped, ...group] : [];
    },
  },
  // Talk to a clinician
  { id: 'under-18', tier: 'clinician', sources: [], match: ({ answers }) => said(answers, 'age', ['under-18']) },
  { id: 'pregnancy', tier: 'clinician', sources: ['R30'], match: ({ answers }) => said(answers, 'pregnant') },
  {
    id: 'sleep-or-frequency', tier: 'clinician', sources: ['R16', 'R4'],
    match: (input) => {
      const sleep = input.answers['sleep-effect'];
      return [
        ...(typeof sleep === 'number' && sleep >= 5 ? [answerTrigger('sleep-effect', sleep)] : []),
        ...said(input.answers, 'frequent-nights'),
        ...frequentInDiary(input),
      ];
    },
  },
  {
    id: 'weakness-twitching', tier: 'clinician', sources: ['R4', 'R31'],
    match: ({ answers, episodes }) => [...said(answers, 'weakness'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['weakness', 'twitching'])],
  },
  {
    id: 'claudication', tier: 'clinician', sources: ['R19'],
    match: ({ answers }) => {
      const walking = said(answers, 'walking-pain');
      const eases = said(answers, 'walking-eases-10');
      return walking.length > 0 && eases.length > 0 ? [...walking, ...eases] : [];
    },
  },
  {
    id: 'circulation-risk', tier: 'clinician', sources: ['R17', 'R18'],
    match: ({ answers, episodes }) => {
      const group = circulationRiskGroup(answers);
      const legSymptoms = episodes.length > 0 || chosen(answers, 'where', ['toes', 'ball', 'arch', 'heel', 'top', 'ankle', 'calf', 'shin', 'thigh']).length > 0 || said(answers, 'walking-pain').length > 0;
      return group.length > 0 && legSymptoms ? group : [];
    },
  },
  {
    id: 'hang-foot-no-risk', tier: 'clinician', sources: ['R22'],
    match: ({ answers, episodes }) => {
      if (circulationRiskGroup(answers).length > 0) return [];
      return [...chosen(answers, 'eases', ['hang-foot']), ...episodeTriggers(episodes, 'relief', (e) => e.reliefWorked, ['hang-foot'])];
    },
  },
  {
    id: 'nerve-symptoms', tier: 'clinician', sources: ['R20', 'R25'],
    match: ({ answers, episodes }) => {
      const symptoms = [...chosen(answers, 'nerve-symptoms', ['numbness', 'burning', 'prickling', 'bedclothes-hurt', 'hot-cold']), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['numbness'])];
      if (symptoms.length === 0) return [];
      const alcohol = answers['alcohol-per-week'];
      const context = [
        ...(hasDiabetes(answers) ? [answerTrigger('diabetes', answers.diabetes as string)] : []),
        ...(typeof alcohol === 'number' && alcohol >= HEAVY_DRINKING_PER_WEEK ? [answerTrigger('alcohol-per-week', alcohol)] : []),
      ];
      return [...symptoms, ...context];
    },
  },
  {
    id: 'medicine', tier: 'clinician', sources: ['R1', 'R9'],
    match: ({ answers }) => [
      ...chosen(answers, 'medicines', ['thiazide', 'potassium-sparing', 'laba', 'raloxifene-oestrogen', 'teriparatide', 'naproxen', 'iv-iron', 'statin', 'loop-diuretic']),
      ...said(answers, 'medicine-change'),
    ],
  },
  { id: 'quinine', tier: 'clinician', sources: ['R3', 'R27'], match: ({ answers }) => chosen(answers, 'medicines', ['quinine']) },
  { id: 'conditions', tier: 'clinician', sources: ['R1', 'R4'], match: ({ answers }) => chosen(answers, 'conditions', ['kidney', 'liver', 'thyroid', 'spinal-stenosis', 'parkinsons']) },
  {
    id: 'restless-legs', tier: 'clinician', sources: ['R1', 'R8'],
    match: ({ answers, episodes }) => [...said(answers, 'urge-to-move'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['urge-to-move'])],
  },
  { id: 'no-better-6-weeks', tier: 'clinician', sources: ['R6'], match: ({ answers }) => said(answers, 'self-care-6-weeks') },
  { id: 'thigh-cramps', tier: 'clinician', sources: ['R8'], match: ({ answers }) => chosen(answers, 'where', ['thigh']) },
];

/** Findings that apply, most urgent tier first (rules keep their table order within a tier). */
export function evaluate(input: GuidanceInput): Finding[] {
  const findings = RULES.flatMap((rule): Finding[] => {
    const triggers = rule.match(input);
    return triggers.length > 0 ? [{ id: rule.id, tier: rule.tier, triggers, sources: rule.sources }] : [];
  });
  return findings.sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
}

/** The most urgent tier among findings, or "self-care" when there are none. */
export function topTier(findings: readonly Finding[]): Tier {
  return findings[0]?.tier ?? 'self-care';
}

/** True for tiers shown full screen before anything else. */
export const isUrgentTier = (tier: Tier) => tier === 'emergency' || tier === 'urgent-today' || tier === 'urgent-soon';
