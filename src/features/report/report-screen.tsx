/**
 * The report for a clinician: the chosen weeks on one or two printed pages, always in the light theme
 * on paper, with the answers behind it and the one-line disclaimer.
 */
import { useState } from 'react';
import { clinical } from '../../i18n/clinical';
import type { AnswerSet } from '../../domain/guidance/answer-set';
import { answersWithTime } from '../../domain/guidance/answers';
import type { QuestionId } from '../../domain/guidance/questions';
import { evaluate, reportedEarlier } from '../../domain/guidance/rules';
import { addNights } from '../../domain/night';
import { summarise } from '../../domain/report';
import { formatNight, formatNumber, plural } from '../../i18n/format';
import { LIMITS } from '../../domain/episode';
import { format, messages as m } from '../../i18n/messages';
import { useGuidanceAnswers, useRecordsFrom } from '../../storage/live';
import { useLocale } from '../../ui/use-locale';
import { ChoiceGroup } from '../../ui/choice-group';
import { describeReport } from '../../ui/finding-card';
import { useLastNight } from '../../ui/use-last-night';
import { useNow } from '../../ui/use-now';

const WEEKS = ['2', '4', '6', '8'] as const;

function answerWords(id: QuestionId, value: unknown): string {
  const options = clinical.questions[id].options ?? {};
  if (Array.isArray(value)) return value.map((v: string) => options[v] ?? v).join(', ');
  return typeof value === 'string' ? (options[value] ?? value) : String(value);
}

function Answers({ set, title, locale }: { set?: AnswerSet; title: string; locale: string }) {
  const date = set ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(set.updatedAt) : '';
  return (
    <section>
      <h2>{format(title, { date })}</h2>
      {set ? (
        <dl className="answers">
          {(Object.entries(set.answers) as [QuestionId, unknown][]).filter(([id]) => id !== 'medicines').map(([id, value]) => (
            <div key={id}>
              <dt>{clinical.questions[id].short}</dt>
              <dd>{answerWords(id, value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{m.report.notAnswered}</p>
      )}
    </section>
  );
}

export function ReportScreen() {
  const lastNight = useLastNight();
  const now = useNow();
  const [weeks, setWeeks] = useState<(typeof WEEKS)[number]>('4');
  const nights = Number(weeks) * 7;
  const first = addNights(lastNight, -(nights - 1));
  const records = useRecordsFrom(first);
  const data = useGuidanceAnswers();
  const locale = useLocale();
  // Until the chosen period has been read, the previous one is not shown as if it were this one.
  if (records?.key !== first || !data) return null;
  const { episodes, checkIns } = records;

  const s = summarise(episodes, checkIns, lastNight, nights);
  const { answers, answeredAt } = answersWithTime(data.profile, data.symptoms);
  // Urgent signs print as what was reported and when; only what is current prints as a finding.
  const input = { answers, episodes: episodes.filter((e) => e.night <= lastNight), lastNight, now, answeredAt };
  const findings = evaluate(input);
  const earlier = reportedEarlier(input);
  const n = (v: number) => formatNumber(v, locale);
  const medicines = data.profile?.answers.medicines;

  return (
    <section aria-labelledby="report-title" className="report">
      <h1 id="report-title">{m.report.title}</h1>
      <div className="no-print">
        <ChoiceGroup legend={m.report.period} columns={2} choices={WEEKS.map((w) => ({ value: w, label: plural(m.report.weeks, Number(w), locale) }))} value={weeks} onChange={setWeeks} />
        <button type="button" className="primary" onClick={() => window.print()}>{m.report.print}</button>
      </div>
      <p>{format(m.report.covering, { first: formatNight(s.firstNight, locale), last: formatNight(s.lastNight, locale) })}</p>

      <div className="report-columns">
        <section>
          <h2>{m.report.rates}</h2>
          <dl className="answers">
            <div><dt>{m.report.nightsRecorded}</dt><dd>{format(m.report.nightsRecordedValue, { recorded: s.nightsRecorded, nights: s.nights })}</dd></div>
            <div><dt>{m.report.crampNightsPerWeek}</dt><dd>{n(s.crampNightsPerWeek)}</dd></div>
            <div><dt>{m.report.crampsPerWeek}</dt><dd>{n(s.crampsPerWeek)}</dd></div>
            <div><dt>{m.report.over10}</dt><dd>{s.over10}</dd></div>
            <div><dt>{format(m.report.intensity, LIMITS.intensity)}</dt><dd>{s.intensity ? format(m.report.intensityValue, { ...s.intensity, median: n(s.intensity.median) }) : m.report.notRated}</dd></div>
            <div><dt>{m.report.sleepLost}</dt><dd>{format(m.report.sleepLostValue, { minutes: s.sleepLostMinutes })}</dd></div>
          </dl>
          <h2>{m.report.durations}</h2>
          <dl className="answers">
            {(Object.entries(s.durations) as [keyof typeof s.durations, number][]).map(([band, count]) => (
              <div key={band}><dt>{band === 'unknown' ? m.report.unknownDuration : m.durations[band]}</dt><dd>{count}</dd></div>
            ))}
          </dl>
        </section>
        <section>
          <h2>{m.report.where}</h2>
          {s.sites.length === 0 ? <p>{m.report.noSites}</p> : (
            <table>
              <thead><tr><th scope="col">{m.report.region}</th><th scope="col">{m.sides.left}</th><th scope="col">{m.sides.right}</th></tr></thead>
              <tbody>
                {[...new Set(s.sites.map((x) => x.region))].map((region) => (
                  <tr key={region}>
                    <th scope="row">{m.regions[region]}</th>
                    <td>{s.sites.find((x) => x.region === region && x.side === 'left')?.count ?? 0}</td>
                    <td>{s.sites.find((x) => x.region === region && x.side === 'right')?.count ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{m.report.relief}</h2>
          {s.relief.length === 0 ? <p>{m.report.noRelief}</p> : (
            <table>
              <thead><tr><th scope="col">{m.report.method}</th><th scope="col">{m.report.tried}</th><th scope="col">{m.report.helped}</th></tr></thead>
              <tbody>
                {s.relief.map((r) => (
                  <tr key={r.method}><th scope="row">{m.reliefs[r.method]}</th><td>{r.tried}</td><td>{r.worked}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{m.report.warnings}</h2>
          <p>{s.warnings.length === 0 ? m.report.noWarnings : s.warnings.map((w) => `${m.warningSymptoms[w.symptom]} (${w.count})`).join(', ')}</p>
        </section>
      </div>

      <section>
        <h2>{m.report.findings}</h2>
        {findings.length + earlier.length === 0 ? <p>{m.report.noFindings}</p> : (
          <ul>
            {findings.map((f) => (
              <li key={f.id}><strong>{clinical.tiers[f.tier].title}:</strong> {clinical.findings[f.id].title}</li>
            ))}
            {earlier.map((r, i) => (
              <li key={`earlier-${i}`}>{describeReport(r, locale)}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{format(m.report.medicines, { date: data.profile ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(data.profile.updatedAt) : '-' })}</h2>
        <p>{medicines ? answerWords('medicines', medicines) : m.report.notAnswered}{data.profile?.answers['medicine-change'] === 'yes' ? `; ${clinical.questions['medicine-change'].short}` : ''}</p>
      </section>
      <div className="report-columns">
        <Answers set={data.profile} title={m.report.profile} locale={locale} />
        <Answers set={data.symptoms} title={m.report.symptoms} locale={locale} />
      </div>
      <p className="disclaimer">{m.report.disclaimer}</p>
    </section>
  );
}
