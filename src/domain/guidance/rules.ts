/**
 * The guidance rules (clinical-content.md §3): answers and recent episodes in, findings out.
 *
 * Every rule is one row of RULES: its finding id, tier, references and a `match` that returns the
 * answers or episodes that trigger it. A rule fires only when `match` returns at least one trigger, so
 * every finding can say what was noticed. Every rule fires on "yes" only; "not sure" on an emergency or
 * same-day question raises its own "check now" finding (what to look at, and what to do if so), never the
 * emergency itself. No rule ever fires on "no" or on a missing answer.
 *
 * "Now" means now: answers to the emergency and same-day questions, and warning signs on an episode, are
 * current for CURRENT_FOR_MS after they were given. After that they never produce an instruction; they are
 * reported as dated history by `reportedEarlier`. The engine has no clock: `now` is a parameter.
 */
import { isLong, type Episode } from '../episode';
import { addNights, type NightKey } from '../night';
import { mayHaveDiabetes, NERVE_SYMPTOMS, WALKING_PLACES, type AnswerValue, type Answers, type QuestionId } from './questions';

export const TIERS = ['emergency', 'check-now', 'urgent-today', 'urgent-soon', 'clinician', 'self-care'] as const;
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
  /** The moment of reading, epoch ms. */
  now: number;
  /**
   * When the red-flag and symptom answers were given, epoch ms (the symptom set's last change). Missing
   * means "just now", as in the wizard while it is being answered.
   */
  answeredAt?: number;
}

/** How long a present-tense answer or an episode's warning sign stays current: the same night, at most 24 hours. */
export const CURRENT_FOR_MS = 24 * 3_600_000;

/** Questions about the present or the last few days whose answers are current only for CURRENT_FOR_MS. */
export const TIME_BOUND_QUESTIONS: readonly QuestionId[] = ['sudden-cold-leg', 'chest-symptoms', 'calf-swollen-now', 'long-unrelieved', 'dirty-wound', 'diabetic-foot'];

/** Tiers that only ever come from current answers and recent episodes. */
const NOW_TIERS: readonly Tier[] = ['emergency', 'check-now', 'urgent-today'];

interface Rule {
  id: FindingId;
  tier: Tier;
  sources: RefId[];
  match: (input: GuidanceInput) => Trigger[];
}

export const FINDING_IDS = [
  'acute-limb', 'chest-or-breathing',
  'check-acute-limb', 'check-chest', 'check-calf', 'check-long-cramp', 'check-dirty-wound', 'check-diabetic-foot',
  'calf-clot-signs', 'long-cramp-unrelieved', 'dirty-wound', 'diabetic-foot',
  'rest-pain-dependency', 'wound-or-dark-skin', 'hang-foot-with-risk',
  'pregnancy', 'sleep-or-frequency', 'weakness-twitching', 'claudication', 'walking-pain-at-rest', 'circulation-risk',
  'diabetes-foot-check', 'hang-foot-no-risk', 'nerve-symptoms', 'medicine', 'quinine', 'conditions', 'restless-legs',
  'no-better-6-weeks', 'thigh-cramps',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

const answerTrigger = (question: QuestionId, value: AnswerValue): Trigger => ({ kind: 'answer', question, value });

/** The answer, when it is one of `values` ("yes" unless said otherwise). */
function said(a: Answers, id: QuestionId, values: readonly string[] = ['yes']): Trigger[] {
  const v = a[id];
  return typeof v === 'string' && values.includes(v) ? [answerTrigger(id, v)] : [];
}
const unsure = (a: Answers, id: QuestionId) => said(a, id, ['unsure']);

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

export const hasDiabetes = (a: Answers) => a.diabetes === 'type-1' || a.diabetes === 'type-2';
/** Under 18: the app is for adults; a separate notice, and no adult self-care tips. */
export const isMinor = (a: Answers) => a.age === 'under-18';

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
  return [...chosen(a, 'conditions', ['neuropathy']), ...chosen(a, 'nerve-symptoms', NERVE_SYMPTOMS)];
}

/** Answers about the circulation itself: rest pain, walking pain, a wound or dark toe skin [R19, R22]. */
export function circulationAnswers(a: Answers): Trigger[] {
  return [...said(a, 'rest-toe-pain'), ...said(a, 'walking-pain'), ...said(a, 'wound-or-dark-skin')];
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
    match: ({ answers, episodes }) => [...said(answers, 'sudden-cold-leg'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['cold-pale-blue'])],
  },
  { id: 'chest-or-breathing', tier: 'emergency', sources: ['R24'], match: ({ answers }) => said(answers, 'chest-symptoms') },
  // Check now: "not sure" on an emergency or same-day question
  { id: 'check-acute-limb', tier: 'check-now', sources: ['R22'], match: ({ answers }) => unsure(answers, 'sudden-cold-leg') },
  { id: 'check-chest', tier: 'check-now', sources: ['R24'], match: ({ answers }) => unsure(answers, 'chest-symptoms') },
  { id: 'check-calf', tier: 'check-now', sources: ['R24', 'R4'], match: ({ answers }) => unsure(answers, 'calf-swollen-now') },
  { id: 'check-long-cramp', tier: 'check-now', sources: ['R16'], match: ({ answers }) => unsure(answers, 'long-unrelieved') },
  { id: 'check-dirty-wound', tier: 'check-now', sources: ['R16'], match: ({ answers }) => unsure(answers, 'dirty-wound') },
  { id: 'check-diabetic-foot', tier: 'check-now', sources: ['R25'], match: ({ answers }) => (mayHaveDiabetes(answers) ? unsure(answers, 'diabetic-foot') : []) },
  // Urgent today
  {
    id: 'calf-clot-signs', tier: 'urgent-today', sources: ['R24', 'R4'],
    match: ({ answers, episodes }) => [...said(answers, 'calf-swollen-now'), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['calf-swelling'])],
  },
  {
    id: 'long-cramp-unrelieved', tier: 'urgent-today', sources: ['R16'],
    match: ({ answers, episodes }) => [
      ...said(answers, 'long-unrelieved'),
      ...episodes
        .filter((e) => isLong(e) && e.reliefTried.includes('stretch') && !e.reliefWorked.includes('stretch'))
        .map((e): Trigger => ({ kind: 'episode', episodeId: e.id, night: e.night, detail: 'duration', value: 'over-10-stretch-failed' })),
    ],
  },
  { id: 'dirty-wound', tier: 'urgent-today', sources: ['R16'], match: ({ answers }) => said(answers, 'dirty-wound') },
  { id: 'diabetic-foot', tier: 'urgent-today', sources: ['R25'], match: ({ answers }) => (mayHaveDiabetes(answers) ? said(answers, 'diabetic-foot') : []) },
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
    // Edinburgh Claudication Questionnaire: pain on walking, never starting at rest, gone within 10 minutes
    // of standing still; in the calf (typical) or only the thigh or buttock (atypical) [R19].
    id: 'claudication', tier: 'clinician', sources: ['R19'],
    match: ({ answers }) => {
      const walking = said(answers, 'walking-pain');
      const eases = said(answers, 'walking-eases-10');
      if (walking.length === 0 || eases.length === 0 || answers['walking-starts-at-rest'] === 'yes') return [];
      return [...walking, ...said(answers, 'walking-starts-at-rest', ['no', 'unsure']), ...eases, ...chosen(answers, 'walking-where', ['calf', 'thigh', 'buttock'])];
    },
  },
  {
    // Pain that can also start at rest is not the claudication pattern, and still worth a look [R19].
    id: 'walking-pain-at-rest', tier: 'clinician', sources: ['R19'],
    match: ({ answers }) => {
      const walking = said(answers, 'walking-pain');
      const atRest = said(answers, 'walking-starts-at-rest');
      return walking.length > 0 && atRest.length > 0 ? [...walking, ...atRest, ...chosen(answers, 'walking-where', WALKING_PLACES)] : [];
    },
  },
  {
    id: 'circulation-risk', tier: 'clinician', sources: ['R17', 'R18'],
    match: ({ answers, episodes }) => {
      const group = circulationRiskGroup(answers);
      const legSymptoms =
        episodes.length > 0 ||
        chosen(answers, 'where', ['toes', 'ball', 'arch', 'heel', 'top', 'ankle', 'calf', 'shin', 'thigh']).length > 0 ||
        said(answers, 'walking-pain').length > 0 ||
        chosen(answers, 'nerve-symptoms', NERVE_SYMPTOMS).length > 0;
      return group.length > 0 && legSymptoms ? group : [];
    },
  },
  {
    // Diabetes with changed feeling in the feet: a foot check by the diabetes team [R25].
    id: 'diabetes-foot-check', tier: 'clinician', sources: ['R25', 'R20'],
    match: ({ answers }) => {
      const symptoms = chosen(answers, 'nerve-symptoms', NERVE_SYMPTOMS);
      return hasDiabetes(answers) && symptoms.length > 0 ? [answerTrigger('diabetes', answers.diabetes as string), ...symptoms] : [];
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
      const symptoms = [...chosen(answers, 'nerve-symptoms', NERVE_SYMPTOMS), ...episodeTriggers(episodes, 'warning', (e) => e.warnings, ['numbness'])];
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

/** True when an episode started within CURRENT_FOR_MS before `now` (and not after it). */
export const isRecentEpisode = (e: Episode, now: number) => e.startedAt <= now && now - e.startedAt <= CURRENT_FOR_MS;

/** Whether the time-bound answers are still current. */
const answersCurrent = ({ answeredAt, now }: GuidanceInput) => answeredAt === undefined || now - answeredAt <= CURRENT_FOR_MS;

const withoutTimeBound = (a: Answers): Answers => Object.fromEntries(Object.entries(a).filter(([id]) => !TIME_BOUND_QUESTIONS.includes(id as QuestionId)));

/** The input as the "now" tiers may read it: only current answers and recent episodes. */
function currentPart(input: GuidanceInput): GuidanceInput {
  return {
    ...input,
    answers: answersCurrent(input) ? input.answers : withoutTimeBound(input.answers),
    episodes: input.episodes.filter((e) => isRecentEpisode(e, input.now)),
  };
}

/** The input as history: time-bound answers that are no longer current, and older episodes. */
function pastPart(input: GuidanceInput): GuidanceInput {
  return {
    ...input,
    answers: answersCurrent(input) ? {} : input.answers,
    episodes: input.episodes.filter((e) => !isRecentEpisode(e, input.now)),
  };
}

function run(rules: readonly Rule[], input: GuidanceInput): Finding[] {
  return rules.flatMap((rule): Finding[] => {
    const triggers = rule.match(input);
    return triggers.length > 0 ? [{ id: rule.id, tier: rule.tier, triggers, sources: rule.sources }] : [];
  });
}

const NOW_RULES = RULES.filter((r) => NOW_TIERS.includes(r.tier));
const OTHER_RULES = RULES.filter((r) => !NOW_TIERS.includes(r.tier));

/**
 * Findings that apply now, most urgent tier first (rules keep their table order within a tier). The
 * emergency, check-now and same-day tiers read only current answers and recent episodes.
 */
export function evaluate(input: GuidanceInput): Finding[] {
  const findings = [...run(NOW_RULES, currentPart(input)), ...run(OTHER_RULES, input)];
  return findings.sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
}

/** Something urgent that was reported and is no longer current: shown with its date, never as an instruction. */
export interface PastReport {
  id: FindingId;
  /** When it was reported, epoch ms: the answers' time or the episode's start. */
  at: number;
  trigger: Trigger;
}

/**
 * Emergency and same-day signs reported earlier than CURRENT_FOR_MS ago, newest first: "On 12 Nov you
 * reported ...". "Not sure" answers are not reported as history.
 */
export function reportedEarlier(input: GuidanceInput): PastReport[] {
  const past = pastPart(input);
  const startOf = new Map(input.episodes.map((e) => [e.id, e.startedAt]));
  return run(NOW_RULES, past)
    .filter((f) => f.tier !== 'check-now')
    .flatMap((f) =>
      f.triggers
        .filter((t) => t.kind === 'episode' || (t.kind === 'answer' && TIME_BOUND_QUESTIONS.includes(t.question)))
        .map((trigger): PastReport => ({ id: f.id, trigger, at: trigger.kind === 'episode' ? (startOf.get(trigger.episodeId) ?? input.now) : (input.answeredAt ?? input.now) })),
    )
    .sort((a, b) => b.at - a.at);
}

/** The most urgent tier among findings, or "self-care" when there are none. */
export function topTier(findings: readonly Finding[]): Tier {
  return findings[0]?.tier ?? 'self-care';
}

/** True for tiers shown before anything else, and announced as an alert. */
export const isUrgentTier = (tier: Tier) => tier === 'emergency' || tier === 'check-now' || tier === 'urgent-today' || tier === 'urgent-soon';
