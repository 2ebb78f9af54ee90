/**
 * Renders every health statement the app makes as docs/guidance.md, for clinical review:
 * `npm run guidance-doc`. A test fails when the committed document and the content differ.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINDING_WHEN, LEARN, TIPS, WHAT_WE_KNOW, type LearnParagraph, type Tip } from '../src/domain/guidance/content';
import { QUESTIONS } from '../src/domain/guidance/questions';
import { CURRENT_FOR_MS, RULES, TIERS, TIME_BOUND_QUESTIONS } from '../src/domain/guidance/rules';
import { clinical } from '../src/i18n/en/clinical';

const { evidence: EVIDENCE_TEXT, evidenceAgainst: EVIDENCE_AGAINST_TEXT, findings: FINDING_TEXT, minorNotice: MINOR_NOTICE, questions: QUESTION_TEXT, references: REFERENCES, reportedEarlier: REPORTED_EARLIER, selfCareCalm: SELF_CARE_CALM, tiers: TIER_TEXT } = clinical;

export const GUIDANCE_DOC = resolve(import.meta.dirname, '..', 'docs', 'guidance.md');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const tipRows = (tips: readonly Tip[]) => tips.map((t) => [clinical.tips[t.id].title, clinical.tips[t.id].text, t.against ? EVIDENCE_AGAINST_TEXT[t.evidence] : EVIDENCE_TEXT[t.evidence], t.sources.join(', ') || '-']);

const learnRow = (p: LearnParagraph) =>
  'tip' in p ? [clinical.tips[p.tip.id].text, p.tip.evidence, p.tip.sources.join(', ')] : [clinical.learn.paragraphs[p.text], p.evidence, p.sources.join(', ')];

/** Clinical changes since the last review, newest first: what a reviewer should look at again. */
const CHANGES_SINCE_LAST_REVIEW = [
  '"Not sure" on an emergency or same-day question no longer raises the emergency or same-day finding itself: it raises a "check now" finding that says what to look at and what to do if the answer is yes, with the number to call, shown first.',
  'Present-tense answers and an episode\'s warning signs are current for 24 hours. After that they are listed under "Reported earlier" with their date, on Results and in the report, never as an instruction. Only cramps of the last 24 hours feed the emergency and same-day tiers.',
  'An emergency or same-day finding raised on a cramp\'s details takes the whole screen at once; every urgent finding stays on Log until read. Same-or-next-day answers in the questions show on the step where they are given and survive "Skip for now".',
  'The calf question asks about one calf swollen, or warm and red (not tender: a calf is sore for hours after a cramp). The cold-leg question asks about cold, pale or blue, numb or weak (not "hard to move": true during a cramp). The long-cramp question asks about the last week. The diabetic-foot question asks about a foot wound that looks infected or a red, hot, swollen foot, with or without fever, and is asked also when diabetes is "not sure".',
  'Walking pain follows the Edinburgh questionnaire: pain that can start at rest is not claudication (and raises its own "worth mentioning" finding); where walking hurts is asked and listed.',
  'The compression-stockings warning also shows for circulation answers alone (rest pain, walking pain, a wound or dark toe skin).',
  'Diabetes with a nerve symptom adds a foot-check finding; a nerve symptom in the feet counts as a leg or foot symptom for the circulation check.',
  'Wording: "These are not emergencies" and "Night cramps are common and usually harmless" are gone (a calmer line shows only when nothing urgent was found); risk-group findings speak of the answers, not the person; restless legs is "can be a sign of"; the clot message says a clot can feel like a cramp; Learn gives rest pain eased by hanging the foot down, a non-healing wound and darkened toe skin the same-or-next-day urgency.',
  'Before and after a change needs 14 recorded nights in all and 5 on each side; the placebo note (about 28% improve on a dummy treatment) shows for medicines and experiments alike.',
  'Under 18: an adults-only notice of its own instead of a clinician-tier finding, and no adult self-care tips.',
  'The warm-socks tip shows only when the person\'s own diary shows more cramps on cold nights; advice against something reads "Evidence that it does not help: ...".',
];

export function renderGuidanceDoc(): string {
  const sections = [
    '# Crampnote guidance, for clinical review',
    'Generated from `src/domain/guidance/` and `src/i18n/en/clinical.ts` by `npm run guidance-doc`; do not edit by hand. The reference for every statement is [clinical-content.md](clinical-content.md).',
    '## Changes since the last review\n\n' + CHANGES_SINCE_LAST_REVIEW.map((c) => `- ${c}`).join('\n'),
    '## Policies\n\n' +
      [
        `- "Not sure" is never "no" and never "yes": on an emergency or same-day question it raises a "check now" finding; every other rule fires on "yes" only.`,
        `- "Now" means now: answers to ${TIME_BOUND_QUESTIONS.map((q) => `'${QUESTION_TEXT[q].short}'`).join(', ')}, and warning signs on a cramp, are current for ${CURRENT_FOR_MS / 3_600_000} hours. Afterwards they are shown as: "${REPORTED_EARLIER.title}: ${REPORTED_EARLIER.lead}"`,
        `- Under 18: "${MINOR_NOTICE.title}. ${MINOR_NOTICE.text}" No adult self-care tips.`,
        `- Above the self-care tips, only when nothing urgent was found: "${SELF_CARE_CALM}"`,
      ].join('\n'),
    '## Tiers\n\n' + table(['tier', 'title', 'lead'], TIERS.map((t) => [t, TIER_TEXT[t].title, TIER_TEXT[t].lead])),
    '## Findings\n\nMost urgent first. Every rule fires on "yes" only, never on "no" or a missing answer; "not sure" on an emergency or same-day question raises the matching "check now" finding. `{number}` is the emergency number the person set (by default, their locale\'s).\n\n' +
      table(['tier', 'finding', 'what the app says', 'fires when', 'sources'], RULES.map((r) => [r.tier, FINDING_TEXT[r.id].title, FINDING_TEXT[r.id].action, FINDING_WHEN[r.id], r.sources.join(', ') || '-'])),
    '## Self-care tips\n\n' + table(['tip', 'text', 'evidence', 'sources'], tipRows(Object.values(TIPS))),
    '## What we know about common advice\n\n' + table(['note', 'text', 'evidence', 'sources'], tipRows(Object.values(WHAT_WE_KNOW))),
    '## Learn\n\n' + LEARN.map((s) => `### ${clinical.learn.sections[s.id]}\n\n` + table(['text', 'evidence', 'sources'], s.paragraphs.map(learnRow))).join('\n\n'),
    '## Questions\n\n' + table(['step order', 'section', 'question', 'answers'], QUESTIONS.map((q, i) => [String(i + 1), q.section, QUESTION_TEXT[q.id].text, q.options ? q.options.map((o) => QUESTION_TEXT[q.id].options?.[o] ?? o).join(' / ') : q.kind === 'scale' ? `${q.min}-${q.max}` : 'a number'])),
    '## References\n\n' + Object.entries(REFERENCES).map(([id, ref]) => `- ${id}: ${ref}`).join('\n'),
  ];
  return sections.join('\n\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDANCE_DOC, renderGuidanceDoc());
  console.log(`wrote ${GUIDANCE_DOC}`);
}
