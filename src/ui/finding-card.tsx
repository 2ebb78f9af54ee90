/**
 * One finding: what was noticed, in the person's own answers or diary, and what to do.
 */
import { clinical } from '../i18n/clinical';
import type { Finding, PastReport, Trigger } from '../domain/guidance/rules';
import type { WarningSymptom } from '../domain/episode';
import { dateFormat, formatNight } from '../i18n/format';
import { format } from '../i18n/messages';
import { screens } from '../i18n/screens';
import { Sources } from './sources';

function valueWords(question: keyof typeof clinical.questions, value: Trigger & { kind: 'answer' }): string {
  const options = clinical.questions[question].options ?? {};
  const v = value.value;
  if (Array.isArray(v)) return v.map((x) => options[x] ?? x).join(', ');
  return typeof v === 'number' ? String(v) : (options[v] ?? v);
}

/** A trigger in plain words: the question and the answer given, or the diary entry. */
export function describeTrigger(trigger: Trigger, locale: string): string {
  switch (trigger.kind) {
    case 'answer':
      return `${clinical.questions[trigger.question].short}: ${valueWords(trigger.question, trigger)}`;
    case 'episode': {
      const detail = { warning: screens.warningSymptoms[trigger.value as WarningSymptom], relief: screens.guide.hangFootHelped, duration: screens.guide.longUnrelieved }[trigger.detail];
      return format(screens.guide.episodeTrigger, { night: formatNight(trigger.night, locale), detail });
    }
    case 'diary':
      return screens.guide.diaryFrequent;
  }
}

/** A finding's advice, with the emergency number filled in. */
export const findingAction = (finding: Pick<Finding, 'id'>, emergencyNumber: string) => format(clinical.findings[finding.id].action, { number: emergencyNumber });

/** "On 12 Nov you reported: ..." for an urgent sign that is no longer current. */
export function describeReport(report: PastReport, locale: string): string {
  const date = dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(report.at);
  const what = report.trigger.kind === 'episode' ? screens.warningSymptoms[report.trigger.value as WarningSymptom] ?? clinical.findings[report.id].title : describeTrigger(report.trigger, locale);
  return format(screens.guide.reportedOn, { date, what });
}

export function FindingCard({ finding, locale, emergencyNumber }: { finding: Finding; locale: string; emergencyNumber: string }) {
  const text = clinical.findings[finding.id];
  return (
    <article className="card finding" aria-label={text.title}>
      <h3>{text.title}</h3>
      <p>{findingAction(finding, emergencyNumber)}</p>
      <h4>{screens.guide.noticed}</h4>
      <ul>
        {finding.triggers.map((t, i) => (
          <li key={i}>{describeTrigger(t, locale)}</li>
        ))}
      </ul>
      <Sources ids={finding.sources} />
    </article>
  );
}
