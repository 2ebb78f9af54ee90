/**
 * The English clinical text: every question and option has words, and the wording follows the safety rules
 * of clinical-content.md §6 (no diagnosis, score or probability, no advice to start, stop or change a
 * medicine, emergency wording where it belongs).
 */
import { describe, expect, it } from 'vitest';
import { TIPS, WHAT_WE_KNOW } from '../../domain/guidance/content';
import { QUESTIONS, type Answers } from '../../domain/guidance/questions';
import { selfCareTips, whatWeKnow } from '../../domain/guidance/tips';
import { clinical } from './clinical';
import { LOW_RISK } from '../../../tests/support/answers';

describe('questions and tips', () => {
  it('has words for every question and every option', () => {
    for (const q of QUESTIONS) {
      expect(clinical.questions[q.id].text.length).toBeGreaterThan(5);
      for (const o of q.options ?? []) expect(clinical.questions[q.id].options?.[o], `${q.id}: ${o}`).toBeTruthy();
    }
  });

  it('a check-now message says what to look at and what to do, with the number to call where it is an emergency', () => {
    expect(clinical.findings['check-acute-limb'].action).toMatch(/Compare one leg with the other.*If yes, call \{number\} now/);
    expect(clinical.findings['check-chest'].action).toMatch(/If yes, call \{number\} now/);
    expect(clinical.findings['check-calf'].action).toMatch(/swollen, or warm and red\? If yes, get seen today/);
  });

  it.each([
    ['no group', LOW_RISK],
    ['65+', { ...LOW_RISK, age: '65-plus' }],
    ['known leg-artery disease', { ...LOW_RISK, conditions: ['leg-artery'] }],
    ['a nerve symptom', { ...LOW_RISK, 'nerve-symptoms': ['numbness'] }],
  ] as [string, Answers][])('no tip shown recommends compression stockings (%s)', (_name, answers) => {
    for (const tip of [...selfCareTips(answers), ...whatWeKnow(answers)]) {
      const words = clinical.tips[tip.id];
      expect(`${words.title} ${words.text}`).not.toMatch(/\b(wear|try|use) (compression )?stockings/i);
    }
    expect(selfCareTips(answers).some((t) => /stocking/i.test(clinical.tips[t.id].text + clinical.tips[t.id].title))).toBe(false);
  });

  it('advice against something reads as evidence that it does not help', () => {
    expect(TIPS.magnesium.against).toBe(true);
    expect(clinical.evidenceAgainst[TIPS.magnesium.evidence]).toBe('Evidence that it does not help: good');
  });

  it('the notice for under-18s says the app is for adults', () => {
    expect(clinical.minorNotice.title).toMatch(/adults/);
  });

  it('no tip or note suggests quinine', () => {
    for (const tip of [...Object.values(TIPS), ...Object.values(WHAT_WE_KNOW)]) expect(clinical.tips[tip.id].text).not.toMatch(/take quinine|try quinine/i);
  });
});

describe('wording', () => {
  const statements = [
    ...Object.values(clinical.findings).flatMap((f) => [f.title, f.action]),
    ...Object.values(clinical.tiers).flatMap((t) => [t.title, t.lead]),
    ...Object.values(clinical.tips).map((t) => t.text),
    clinical.selfCareCalm,
  ].join('\n');
  const allText = [statements, ...Object.values(clinical.questions).flatMap((q) => [q.text, q.hint ?? ''])].join('\n');

  it('makes no diagnosis, names no score or probability, and never reassures falsely', () => {
    expect(statements).not.toMatch(/\byou (have|are suffering from)\b|\byour score\b|\bprobability\b|\d+ ?% chance|you are fine|this is not a clot/i);
    expect(statements).not.toMatch(/not (an )?emergenc|usually harmless|you are in a risk group|this can be restless legs|which a cramp can look like/i);
    expect(clinical.findings['calf-clot-signs'].action).toMatch(/a clot can feel like a cramp/);
    expect(clinical.selfCareCalm).not.toMatch(/harmless/);
  });

  it('questions a cramp itself would answer "yes" to are precise', () => {
    expect(clinical.questions['calf-swollen-now'].text).not.toMatch(/tender/);
    expect(clinical.questions['sudden-cold-leg'].text).not.toMatch(/hard to move/);
    expect(clinical.questions['long-unrelieved'].text).toMatch(/^In the last week/);
    expect(clinical.questions['diabetic-foot'].text).toMatch(/wound or sore on a foot.*red, hot and swollen, with or without a fever/);
  });

  it('Learn gives rest pain eased by hanging the foot, a non-healing wound and dark toe skin the same-or-next-day urgency', () => {
    const when = [clinical.learn.paragraphs['see-now'], clinical.learn.paragraphs['see-soon'], clinical.learn.paragraphs['see-later']].join(' ');
    expect(when).toMatch(/The same or the next day for pain at rest.*darkened skin on a toe/);
    expect(when).not.toMatch(/\bSoon\b/);
  });

  it('never tells anyone to start, stop or change a medicine', () => {
    expect(allText).not.toMatch(/\b(stop|start|increase|reduce|change) (taking )?(your|the|this) (medicine|tablet|dose)/i);
    expect(clinical.findings.medicine.action).toMatch(/Do not stop or change a medicine yourself/);
  });

  it('pregnancy goes to the maternity team', () => {
    expect(clinical.findings.pregnancy.action).toMatch(/midwife or maternity team/);
  });
});
