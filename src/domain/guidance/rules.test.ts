import { describe, expect, it } from 'vitest';
import { createEpisode, type Episode } from '../episode';
import { QUESTIONS, type Answers } from './questions';
import { circulationRiskGroup, CURRENT_FOR_MS, evaluate, FINDING_IDS, reportedEarlier, TIERS, topTier, type FindingId, type Tier } from './rules';
import { selfCareTips, whatWeKnow } from './tips';
import { LOW_RISK } from '../../../tests/support/answers';

const NOW = Date.parse('2026-11-26T08:00:00Z');

function buildEpisode(overrides: Partial<Episode> = {}, at = NOW - 5 * 3_600_000): Episode {
  return { ...createEpisode(`e-${at}-${Math.random()}`, at, 0), ...overrides };
}

const run = (answers: Answers, episodes: Episode[] = [], answeredAt?: number) => evaluate({ answers, episodes, lastNight: '2026-11-25', now: NOW, answeredAt });
const ids = (answers: Answers, episodes: Episode[] = [], answeredAt?: number) => run(answers, episodes, answeredAt).map((f) => f.id);

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
    ['pregnancy', { pregnant: 'yes' }, 'pregnancy', 'clinician'],
    ['sleep effect 5', { 'sleep-effect': 5 }, 'sleep-or-frequency', 'clinician'],
    ['3+ nights a week for 2 weeks', { 'frequent-nights': 'yes' }, 'sleep-or-frequency', 'clinician'],
    ['weakness', { weakness: 'yes' }, 'weakness-twitching', 'clinician'],
    ['walking pain gone within 10 min', { 'walking-pain': 'yes', 'walking-eases-10': 'yes' }, 'claudication', 'clinician'],
    ['walking pain that can start at rest', { 'walking-pain': 'yes', 'walking-starts-at-rest': 'yes' }, 'walking-pain-at-rest', 'clinician'],
    ['diabetes with a nerve symptom', { diabetes: 'type-2', 'nerve-symptoms': ['numbness'] }, 'diabetes-foot-check', 'clinician'],
    ['not sure about a sudden cold leg', { 'sudden-cold-leg': 'unsure' }, 'check-acute-limb', 'check-now'],
    ['not sure about chest symptoms', { 'chest-symptoms': 'unsure' }, 'check-chest', 'check-now'],
    ['not sure about a swollen calf', { 'calf-swollen-now': 'unsure' }, 'check-calf', 'check-now'],
    ['not sure about a long cramp', { 'long-unrelieved': 'unsure' }, 'check-long-cramp', 'check-now'],
    ['not sure about a dirty wound', { 'dirty-wound': 'unsure' }, 'check-dirty-wound', 'check-now'],
    ['not sure about a foot infection, with diabetes', { diabetes: 'type-2', 'diabetic-foot': 'unsure' }, 'check-diabetic-foot', 'check-now'],
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

describe('"now" means now', () => {
  const DAY = CURRENT_FOR_MS;

  it('present-tense red flags hold for 24 hours after they were answered, then only as dated history', () => {
    const answers: Answers = { 'sudden-cold-leg': 'yes', 'calf-swollen-now': 'yes', 'chest-symptoms': 'unsure' };
    expect(ids(answers, [], NOW - DAY + 60_000)).toEqual(['acute-limb', 'check-chest', 'calf-clot-signs']);
    const later = NOW - DAY - 60_000;
    expect(ids(answers, [], later)).toEqual([]);
    const input = { answers, episodes: [], lastNight: '2026-11-25', now: NOW, answeredAt: later };
    expect(reportedEarlier(input).map((r) => [r.id, r.at])).toEqual([['acute-limb', later], ['calf-clot-signs', later]]);
  });

  it('a warning sign on a cramp raises the emergency only while the cramp is recent', () => {
    const recent = buildEpisode({ warnings: ['cold-pale-blue'] }, NOW - 3 * 3_600_000);
    const old = buildEpisode({ warnings: ['cold-pale-blue', 'calf-swelling'] }, NOW - 24 * 86_400_000);
    expect(ids({}, [recent])).toContain('acute-limb');
    expect(ids({}, [old])).toEqual([]);
    const reports = reportedEarlier({ answers: {}, episodes: [recent, old], lastNight: '2026-11-25', now: NOW });
    expect(reports.map((r) => [r.id, r.at])).toEqual([['acute-limb', old.startedAt], ['calf-clot-signs', old.startedAt]]);
  });

  it('a long unrelieved cramp weeks ago no longer says "get seen today"; one last night does', () => {
    const long = { durationBand: 'over-10' as const, reliefTried: ['stretch' as const], reliefWorked: [] };
    expect(ids({}, [buildEpisode(long, NOW - 20 * 86_400_000)])).not.toContain('long-cramp-unrelieved');
    expect(ids({}, [buildEpisode(long)])).toContain('long-cramp-unrelieved');
  });

  it('answers that are not about the present keep their findings whatever their age', () => {
    expect(ids({ 'rest-toe-pain': 'yes', weakness: 'yes' }, [], NOW - 30 * 86_400_000)).toEqual(['rest-pain-dependency', 'weakness-twitching']);
  });

  it('"not sure" answers are not carried into history', () => {
    expect(reportedEarlier({ answers: { 'sudden-cold-leg': 'unsure' }, episodes: [], lastNight: '2026-11-25', now: NOW, answeredAt: NOW - 3 * DAY })).toEqual([]);
  });
});

describe('walking pain (Edinburgh questionnaire)', () => {
  it('pain that can start at rest is not claudication, and is still raised', () => {
    const found = ids({ 'walking-pain': 'yes', 'walking-starts-at-rest': 'yes', 'walking-eases-10': 'yes' });
    expect(found).not.toContain('claudication');
    expect(found).toContain('walking-pain-at-rest');
  });

  it('lists where walking hurts with the finding', () => {
    const f = run({ 'walking-pain': 'yes', 'walking-starts-at-rest': 'no', 'walking-eases-10': 'yes', 'walking-where': ['calf', 'thigh'] }).find((x) => x.id === 'claudication');
    expect(f?.triggers).toContainEqual({ kind: 'answer', question: 'walking-where', value: ['calf', 'thigh'] });
  });
});

describe('diabetes and the feet', () => {
  it('65+ with type 2 diabetes and numb, burning feet: the nerve finding, a foot check and a circulation check', () => {
    const found = ids({ ...LOW_RISK, age: '65-plus', diabetes: 'type-2', 'nerve-symptoms': ['numbness', 'burning'], where: ['unsure'] });
    expect(found).toEqual(expect.arrayContaining(['nerve-symptoms', 'diabetes-foot-check', 'circulation-risk']));
  });
});

describe('tiers', () => {
  it('order most urgent first when several fire', () => {
    const findings = run({ ...LOW_RISK, 'urge-to-move': 'yes', 'rest-toe-pain': 'yes', 'calf-swollen-now': 'yes', 'chest-symptoms': 'yes' });
    expect(findings.map((f) => f.tier)).toEqual(['emergency', 'urgent-today', 'urgent-soon', 'clinician']);
    expect(TIERS.slice(0, 3)).toEqual(['emergency', 'check-now', 'urgent-today']);
    const order = findings.map((f) => TIERS.indexOf(f.tier));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never produce a finding without a trigger, whatever the answers', () => {
    const everything: Answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.kind === 'multi' ? [...(q.options ?? [])].filter((o) => !(q.exclusive ?? []).includes(o)) : q.kind === 'single' ? q.options?.[0] : (q.max ?? 10)]));
    for (const answers of [everything, {}, LOW_RISK]) for (const f of run(answers, [buildEpisode({ warnings: ['numbness'] })])) expect(f.triggers.length).toBeGreaterThan(0);
  });
});

describe('"unsure" and "prefer not to say"', () => {
  it('never count as "no": a red flag answered "not sure" asks to check now, first, without asserting the emergency', () => {
    const cases: [Answers, FindingId, FindingId][] = [
      [{ 'sudden-cold-leg': 'unsure' }, 'check-acute-limb', 'acute-limb'],
      [{ 'chest-symptoms': 'unsure' }, 'check-chest', 'chest-or-breathing'],
      [{ 'calf-swollen-now': 'unsure' }, 'check-calf', 'calf-clot-signs'],
      [{ 'long-unrelieved': 'unsure' }, 'check-long-cramp', 'long-cramp-unrelieved'],
    ];
    for (const [answers, check, verdict] of cases) {
      const found = ids({ ...LOW_RISK, 'urge-to-move': 'yes', 'rest-toe-pain': 'yes', ...answers });
      expect(found[0]).toBe(check);
      expect(found).not.toContain(verdict);
    }
  });

  it('the foot-infection question counts with diabetes "not sure" too, and never for "no"', () => {
    expect(ids({ diabetes: 'unsure', 'diabetic-foot': 'yes' })).toContain('diabetic-foot');
    expect(ids({ diabetes: 'no', 'diabetic-foot': 'yes' })).not.toContain('diabetic-foot');
  });

  it('never hide a red flag given in another answer', () => {
    const answers: Answers = { ...LOW_RISK, age: 'prefer-not', diabetes: 'unsure', smoking: 'prefer-not', conditions: ['unsure'], medicines: ['unsure'], 'nerve-symptoms': ['unsure'], 'sudden-cold-leg': 'yes' };
    expect(run(answers)[0]?.id).toBe('acute-limb');
  });

  it('do not fire yes-only rules', () => {
    expect(ids({ 'nerve-symptoms': ['unsure'], conditions: ['unsure'], medicines: ['unsure'] })).toEqual([]);
    expect(ids({ 'walking-pain': 'unsure', 'walking-eases-10': 'unsure' })).not.toContain('claudication');
    expect(ids({ 'rest-toe-pain': 'unsure', 'wound-or-dark-skin': 'unsure' })).toEqual([]);
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

  it('people in a circulation or nerve group are warned against stockings', () => {
    for (const [, answers] of groups.slice(1)) expect(whatWeKnow(answers).map((t) => t.id)).toContain('stockings-warning');
    expect(whatWeKnow(LOW_RISK).map((t) => t.id)).not.toContain('stockings-warning');
  });

  it.each([
    ['rest pain', { 'rest-toe-pain': 'yes' }],
    ['walking pain', { 'walking-pain': 'yes' }],
    ['a wound or dark toe skin', { 'wound-or-dark-skin': 'yes' }],
  ] as [string, Answers][])('circulation answers alone bring the stockings warning (%s)', (_name, answers) => {
    expect(whatWeKnow({ ...LOW_RISK, ...answers }).map((t) => t.id)).toContain('stockings-warning');
  });

  it('the warm-socks tip only when cold nights are the person\'s own pattern', () => {
    expect(selfCareTips(LOW_RISK).map((t) => t.id)).not.toContain('warm-bedding');
    expect(selfCareTips(LOW_RISK, { colderNightsWorse: true }).map((t) => t.id)).toContain('warm-bedding');
  });

  it('advice against something reads as evidence that it does not help', () => {
    const magnesium = selfCareTips(LOW_RISK).find((t) => t.id === 'magnesium');
    expect(magnesium).toMatchObject({ against: true, evidence: 'good' });
  });

  it('under 18: the adults-only notice instead of findings and adult tips', () => {
    const minor: Answers = { ...LOW_RISK, age: 'under-18', 'alcohol-per-week': 4 };
    expect(ids(minor)).toEqual([]);
    expect(selfCareTips(minor)).toEqual([]);
    expect(whatWeKnow(minor)).toEqual([]);
  });

  it('every tip and note carries an evidence tag', () => {
    for (const tip of [...selfCareTips(LOW_RISK), ...whatWeKnow(LOW_RISK)]) expect(['good', 'mixed', 'weak', 'none']).toContain(tip.evidence);
  });

  it('someone told to limit fluids is not told to drink normally', () => {
    const ids = selfCareTips({ ...LOW_RISK, 'limit-fluids': 'yes' }).map((t) => t.id);
    expect(ids).toContain('fluid-limit');
    expect(ids).not.toContain('drink-normally');
  });
});
