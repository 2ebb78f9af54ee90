/**
 * Renders every health statement the app makes as docs/guidance.md, for clinical review:
 * `npm run guidance-doc`. A test fails when the committed document and the content differ.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVIDENCE_TEXT, FINDING_TEXT, LEARN, QUESTION_TEXT, REFERENCES, TIER_TEXT, TIPS, WHAT_WE_KNOW, type Tip } from '../src/domain/guidance/content';
import { QUESTIONS } from '../src/domain/guidance/questions';
import { RULES, TIERS } from '../src/domain/guidance/rules';

export const GUIDANCE_DOC = resolve(import.meta.dirname, '..', 'docs', 'guidance.md');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const tipRows = (tips: readonly Tip[]) => tips.map((t) => [t.title, t.text, EVIDENCE_TEXT[t.evidence].replace('Evidence: ', ''), t.sources.join(', ') || '-']);

export function renderGuidanceDoc(): string {
  const sections = [
    '# Crampnote guidance, for clinical review',
    'Generated from `src/domain/guidance/` by `npm run guidance-doc`; do not edit by hand. The reference for every statement is `shared/docs/clinical-content.md`.',
    '## Tiers\n\n' + table(['tier', 'title', 'lead'], TIERS.map((t) => [t, TIER_TEXT[t].title, TIER_TEXT[t].lead])),
    '## Findings\n\nMost urgent first. Red flags (emergency and same-day) fire on "yes" and on "not sure"; every other rule fires on "yes" only, never on "no" or a missing answer.\n\n' +
      table(['tier', 'finding', 'what the app says', 'fires when', 'sources'], RULES.map((r) => [r.tier, FINDING_TEXT[r.id].title, FINDING_TEXT[r.id].action, FINDING_TEXT[r.id].when, r.sources.join(', ') || '-'])),
    '## Self-care tips\n\n' + table(['tip', 'text', 'evidence', 'sources'], tipRows(Object.values(TIPS))),
    '## What we know about common advice\n\n' + table(['note', 'text', 'evidence', 'sources'], tipRows(Object.values(WHAT_WE_KNOW))),
    '## Learn\n\n' + LEARN.map((s) => `### ${s.title}\n\n` + table(['text', 'evidence', 'sources'], s.paragraphs.map((p) => [p.text, p.evidence, p.sources.join(', ')]))).join('\n\n'),
    '## Questions\n\n' + table(['step order', 'section', 'question', 'answers'], QUESTIONS.map((q, i) => [String(i + 1), q.section, QUESTION_TEXT[q.id].text, q.options ? q.options.map((o) => QUESTION_TEXT[q.id].options?.[o] ?? o).join(' / ') : q.kind === 'scale' ? `${q.min}-${q.max}` : 'a number'])),
    '## References\n\n' + Object.entries(REFERENCES).map(([id, ref]) => `- ${id}: ${ref}`).join('\n'),
  ];
  return sections.join('\n\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDANCE_DOC, renderGuidanceDoc());
  console.log(`wrote ${GUIDANCE_DOC}`);
}
