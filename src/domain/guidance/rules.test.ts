import { describe, expect, it } from 'vitest';
import { createEpisode, type Episode } from '../episode';
import { FINDING_TEXT, QUESTION_TEXT, TIER_TEXT } from './content';
import { QUESTIONS, type Answers } from './questions';
import { circulationRiskGroup, evaluate, FINDING_IDS, TIERS, topTier, type FindingId, type Tier } from './rules';
import { selfCareTips, whatWeKnow } from './tips';

const NOW = Date.parse('2026-11-26T08:00:00Z');

function buildEpisode(overrides: Partial<Episode> = {}, at = NOW - 5 * 3_600_000): Episode {
  return { ...createEpisode(`e-${at}-${Math.random()}`, at, 0), ...overrides };
}

const run = (answers: Answers, episodes: Episode[] = []) => evaluate({ answers, episodes, lastNight: '2026-11-25' });
const ids = (answers: Answers, episodes: Episode[] = []) => run(answers, episodes).map((f) => f.id);

/** A 30-year-old with no risk factors: the baseline that fires nothing. */
const LOW_RISK: Answers = {
  'sudden-cold-leg': 'no', 'chest-symptoms': 'no', 'calf-swollen-now': 'no', age: '18-49', diabetes: 'no', smoking: 'never',
  conditions: ['none'], 'family-leg-artery': 'no', pregnant: 'no', 'alcohol-per-week': 2, activity: 'some-walking',
  medicines: ['none'], 'medicine-change': 'no', 'limit-fluids': 'no', where: ['calf'], side: 'left', 'usual-length': '1-10',
  eases: ['toes-up'], 'long-unrelieved': 'no', 'walking-pain': 'no', 'rest-toe-pain': 'no', 'wound-or-dark-skin': 'no',
  'nerve-symptoms': ['none'], weakness: 'no', 'urge-to-move': 'no', 'dirty-wound': 'no', 'frequent-nights': 'no',
  'self-care-6-weeks': 'not-tried', 'sleep-effect': 2,
};

describe('each trigger alone fires its finding, in its tier', () => {
  const cases: [string, Answers, FindingId, Tier][] = [
    ['sudden cold leg', { 'sudden-cold-leg': 'yes' }, 'acute-limb', 'emergency'],
    ['chest symptoms', { 'chest-symptoms': 'yes' }, 'chest-or-breathing', 'emergency'],
    ['swollen calf', { 'calf-swollen-now': 'yes' }, 'calf-clot-signs', 'urgent-today'],
    ['long cramp unrelieved', { 'long-unrelieved': 'yes' }, 'long-cramp-unrelieved', 'urgent-today'],
    ['dirty wound', { 'dirty-wound': 'yes' }, 'dirty-wound', 'urgent-today'],
    ['diabetic foot', { diabetes: 'type-1', 'diabetic-foot': 'yes' }, 'diabetic-foot', 'urgent-today'],
    ['rest pain eased by dependency', { 'rest-toe-pain': 'yes' }, 'rest-pain-dependency', 'urgent-soon'],
    ['non-healing wound', { 'wound-or-dark-skin': 'yes' }, 'wound-or-dark-skin', 'urgent-soon'],
    ['hanging the foot helps, 65+', { age: '65-plus', eases: ['hang-foot'] }, 'hang-foot-with-risk', 'urgent-soon'],
    ['under 18', { age: 'under-18' }, 'under-18', 'clinician'],
    ['pregnancy', { pregnant: 'yes' }, 'pregnancy', 'clinician'],
    ['sleep effect 5', { 'sleep-effect': 5 }, 'sleep-or-frequency', 'clinician'],
    ['3+ nights a week for 2 weeks', { 'frequent-nights': 'yes' }, 'sleep-or-frequency', 'clinician'],
    ['weakness', { weakness: 'yes' }, 'weakness-twitching', 'clinician'],
    ['walking pain gone within 10 min', { 'walking-pain': 'yes', 'walking-eases-10': 'yes' }, 'claudication', 'clinician'],
    ['risk group with leg symptoms', { age: '50-64', smoking: 'current', where: ['calf'] }, 'circulation-risk', 'clinician'],
    ['hanging the foot helps, no risk group', { age: '18-49', eases: ['hang-foot'] }, 'hang-foot-no-risk', 'clinician'],
    ['a nerve symptom', { 'nerve-symptoms': ['burning'] }, 'nerve-symptoms', 'clinician'],
    ['a listed medicine', { medicines: ['thiazide'] }, 'medicine', 'clinician'],
    ['a medicine change', { 'medicine-change': 'yes' }, 'medicine', 'clinician'],
    ['quinine', { medicines: ['quinine'] }, 'quinine', 'clinician'],
    ['thyroid disease', { conditions: ['thyroid'] }, 'conditions', 'clinician'],
    ['urge to move', { 'urge-to-move': 'yes' }, 'restless-legs', 'clinician'],
    ['no better after 6 weeks', { 'self-care-6-weeks': 'yes' }, 'no-better-6-weeks', 'clinician'],
    ['thigh cramps', { where: ['thigh'] }, 'thigh-cramps', 'clinician'],
  ];

  it.each(cases)('%s', (_name, trigger, id, tier) => {
    const findings = run({ ...LOW_RISK, ...trigger });
    const finding = findings.find((f) => f.id === id);
    expect(finding?.tier).toBe(tier);
    expect(finding?.triggers.length).toBeGreaterThan(0);
  });

  it('every finding the engine knows is covered by a case above', () => {
    expect(new Set(cases.map((c) => c[2]))).toEqual(new Set(FINDING_IDS));
  });

  it('the low-risk baseline fires nothing: self-care only', () => {
    expect(run(LOW_RISK)).toEqual([]);
    expect(topTier(run(LOW_RISK))).toBe('self-care');
  });
});

describe('episodes logged at night', () => {
  const episodeCases: [string, Partial<Episode>, Answers, FindingId, Tier][] = [
    ['cold, pale or blue foot', { warnings: ['cold-pale-blue'] }, {}, 'acute-limb', 'emergency'],
    ['calf swelling or warmth', { warnings: ['calf-swelling'] }, {}, 'calf-clot-signs', 'urgent-today'],
    ['over 10 minutes, stretching did not help', { durationBand: 'over-10', reliefTried: ['stretch'], reliefWorked: [] }, {}, 'long-cramp-unrelieved', 'urgent-today'],
    ['hanging the foot helped, smoker with diabetes', { reliefWorked: ['hang-foot'] }, { age: '18-49', diabetes: 'type-2', smoking: 'current' }, 'hang-foot-with-risk', 'urgent-soon'],
    ['weakness', { warnings: ['weakness'] }, {}, 'weakness-twitching', 'clinician'],
    ['twitching', { warnings: ['twitching'] }, {}, 'weakness-twitching', 'clinician'],
    ['numbness', { warnings: ['numbness'] }, {}, 'nerve-symptoms', 'clinician'],
    ['urge to move', { warnings: ['urge-to-move'] }, {}, 'restless-legs', 'clinician'],
  ];

  it.each(episodeCases)('%s', (_name, episode, answers, id, tier) => {
    const e = buildEpisode(episode);
    const finding = run(answers, [e]).find((f) => f.id === id);
    expect(finding?.tier).toBe(tier);
    expect(finding?.triggers).toContainEqual(expect.objectContaining({ kind: 'episode', episodeId: e.id }));
  });

  it('a long cramp that stretching eased is not urgent', () => {
    expect(ids({}, [buildEpisode({ durationBand: 'over-10', reliefTried: ['stretch'], reliefWorked: ['stretch'] })])).not.toContain('long-cramp-unrelieved');
  });

  it('cramps on 3+ nights in each of the last two weeks, from the diary alone', () => {
    const nightsAgo = (n: number) => buildEpisode({}, NOW - n * 86_400_000 - 5 * 3_600_000);
    const busy = [1, 2, 3, 8, 9, 10].map(nightsAgo);
    expect(ids({}, busy)).toContain('sleep-or-frequency');
    expect(ids({}, busy.slice(0, 5))).not.toContain('sleep-or-frequency');
  });
});

describe('tiers', () => {
  it('order most urgent first when several fire', () => {
    const findings = run({ ...LOW_RISK, 'urge-to-move': 'yes', 'rest-toe-pain': 'yes', 'calf-swollen-now': 'yes', 'chest-symptoms': 'yes' });
    expect(findings.map((f) => f.tier)).toEqual(['emergency', 'urgent-today', 'urgent-soon', 'clinician']);
    const order = findings.map((f) => TIERS.indexOf(f.tier));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never produce a finding without a trigger, whatever the answers', () => {
    const everything: Answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.kind === 'multi' ? [...(q.options ?? [])].filter((o) => !(q.exclusive ?? []).includes(o)) : q.kind === 'single' ? q.options?.[0] : (q.max ?? 10)]));
    for (const answers of [everything, {}, LOW_RISK]) for (const f of run(answers, [buildEpisode({ warnings: ['numbness'] })])) expect(f.triggers.length).toBeGreaterThan(0);
  });
});

describe('"unsure" and "prefer not to say"', () => {
  it('never count as "no": a red flag answered "not sure" is still shown', () => {
    expect(ids({ 'sudden-cold-leg': 'unsure' })).toContain('acute-limb');
    expect(ids({ 'chest-symptoms': 'unsure' })).toContain('chest-or-breathing');
    expect(ids({ 'calf-swollen-now': 'unsure' })).toContain('calf-clot-signs');
  });

  it('never hide a red flag given in another answer', () => {
    const answers: Answers = { ...LOW_RISK, age: 'prefer-not', diabetes: 'unsure', smoking: 'prefer-not', conditions: ['unsure'], medicines: ['unsure'], 'nerve-symptoms': ['unsure'], 'sudden-cold-leg': 'yes' };
    expect(run(answers)[0]?.id).toBe('acute-limb');
  });

  it('do not fire yes-only rules', () => {
    expect(ids({ diabetes: 'unsure', 'diabetic-foot': 'yes' })).not.toContain('diabetic-foot');
    expect(ids({ 'nerve-symptoms': ['unsure'], conditions: ['unsure'], medicines: ['unsure'] })).toEqual([]);
    expect(ids({ 'walking-pain': 'unsure', 'walking-eases-10': 'unsure' })).not.toContain('claudication');
  });

  it('an unknown age still counts diabetes plus one more factor as a circulation risk group', () => {
    expect(circulationRiskGroup({ age: 'prefer-not', diabetes: 'type-2', smoking: 'current' }).length).toBeGreaterThan(0);
    expect(circulationRiskGroup({ age: 'prefer-not', smoking: 'current' })).toEqual([]);
  });
});

describe('circulation risk groups (AHA/ACC)', () => {
  it.each([
    [{ age: '65-plus' }, true],
    [{ age: '50-64', conditions: ['high-cholesterol'] }, true],
    [{ age: '50-64', 'family-leg-artery': 'yes' }, true],
    [{ age: '50-64' }, false],
    [{ age: '18-49', diabetes: 'type-1', conditions: ['kidney'] }, true],
    [{ age: '18-49', diabetes: 'type-1' }, false],
    [{ age: '18-49', smoking: 'current', conditions: ['high-blood-pressure'] }, false],
    [{ age: '18-49', conditions: ['heart-or-stroke'] }, true],
    [{ age: '18-49', conditions: ['leg-artery'] }, true],
  ] as [Answers, boolean][])('%o in group: %s', (answers, inGroup) => {
    expect(circulationRiskGroup(answers).length > 0).toBe(inGroup);
  });
});

describe('the two people from the product brief', () => {
  it('65+, current smoker with diabetes, toe pain at rest eased by hanging the foot: urgent circulation message first', () => {
    const findings = run({ ...LOW_RISK, age: '65-plus', smoking: 'current', diabetes: 'type-2', 'rest-toe-pain': 'yes', eases: ['hang-foot'] });
    expect(findings[0]?.tier).toBe('urgent-soon');
    expect(findings.slice(0, 2).map((f) => f.id).sort()).toEqual(['hang-foot-with-risk', 'rest-pain-dependency']);
  });

  it('30, no risk factors, ordinary calf cramps: self-care only', () => {
    expect(run(LOW_RISK)).toEqual([]);
    expect(selfCareTips(LOW_RISK).length).toBeGreaterThan(3);
  });
});

describe('tips and notes', () => {
  const groups: [string, Answers][] = [
    ['no group', LOW_RISK],
    ['65+', { ...LOW_RISK, age: '65-plus' }],
    ['known leg-artery disease', { ...LOW_RISK, conditions: ['leg-artery'] }],
    ['neuropathy', { ...LOW_RISK, conditions: ['neuropathy'] }],
    ['a nerve symptom', { ...LOW_RISK, 'nerve-symptoms': ['numbness'] }],
  ];

  it.each(groups)('no tip recommends compression stockings (%s)', (_name, answers) => {
    for (const tip of [...selfCareTips(answers), ...whatWeKnow(answers)]) {
      expect(`${tip.title} ${tip.text}`).not.toMatch(/\b(wear|try|use) (compression )?stockings/i);
    }
    expect(selfCareTips(answers).some((t) => /stocking/i.test(t.text + t.title))).toBe(false);
  });

  it('people in a circulation or nerve group are warned against stockings', () => {
    for (const [, answers] of groups.slice(1)) expect(whatWeKnow(answers).map((t) => t.id)).toContain('stockings-warning');
    expect(whatWeKnow(LOW_RISK).map((t) => t.id)).not.toContain('stockings-warning');
  });

  it('every tip and note carries an evidence tag, and none suggests quinine', () => {
    for (const tip of [...selfCareTips(LOW_RISK), ...whatWeKnow(LOW_RISK)]) {
      expect(['good', 'mixed', 'weak', 'none']).toContain(tip.evidence);
      expect(tip.text).not.toMatch(/take quinine|try quinine/i);
    }
  });

  it('someone told to limit fluids is not told to drink normally', () => {
    const ids = selfCareTips({ ...LOW_RISK, 'limit-fluids': 'yes' }).map((t) => t.id);
    expect(ids).toContain('fluid-limit');
    expect(ids).not.toContain('drink-normally');
  });
});

describe('wording', () => {
  const statements = [
    ...Object.values(FINDING_TEXT).flatMap((f) => [f.title, f.action]),
    ...Object.values(TIER_TEXT).flatMap((t) => [t.title, t.lead]),
    ...selfCareTips(LOW_RISK).map((t) => t.text),
    ...whatWeKnow(LOW_RISK).map((t) => t.text),
  ].join('\n');
  const allText = [statements, ...Object.values(QUESTION_TEXT).flatMap((q) => [q.text, q.hint ?? ''])].join('\n');

  it('makes no diagnosis, names no score or probability, and never reassures falsely', () => {
    expect(statements).not.toMatch(/\byou (have|are suffering from)\b|\byour score\b|\bprobability\b|\d+ ?% chance|you are fine|this is not a clot/i);
  });

  it('never tells anyone to start, stop or change a medicine', () => {
    expect(allText).not.toMatch(/\b(stop|start|increase|reduce|change) (taking )?(your|the|this) (medicine|tablet|dose)/i);
    expect(FINDING_TEXT.medicine.action).toMatch(/Do not stop or change a medicine yourself/);
  });

  it('pregnancy goes to the maternity team', () => {
    expect(FINDING_TEXT.pregnancy.action).toMatch(/midwife or maternity team/);
  });
});
