/**
 * The report for a clinician, read in a minute: page one says who (typed at print time, kept only if the
 * person asks), the period, the key rates, the weekly trend, where cramps were on the drawn legs, the
 * points the app raised (dated) and medicines with their dates; the answers other than "No", the details
 * and (only when ticked) the notes follow. The same counts as Patterns for the same period. Always in
 * the light theme on paper, A4 or Letter.
 */
import { useEffect, useState } from 'react';
import { clinical } from '../../i18n/clinical';
import type { AnswerSet } from '../../domain/guidance/answer-set';
import { answersWithTime } from '../../domain/guidance/answers';
import type { QuestionId } from '../../domain/guidance/questions';
import { evaluate, reportedEarlier } from '../../domain/guidance/rules';
import { addNights, nightOf } from '../../domain/night';
import { summarise } from '../../domain/report';
import { dateFormat, formatDate, formatNight, formatNumber, formatTime, plural } from '../../i18n/format';
import { LIMITS } from '../../domain/episode';
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { insights } from '../../i18n/insights';
import { useChanges, useGuidanceAnswers, useRecordsFrom } from '../../storage/live';
import { uiStorage } from '../../state/local-storage';
import { BodyHeatMap } from '../../ui/body-heat-map';
import { Chart } from '../../ui/charts/chart';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
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

/** An answer worth a clinician's eye: anything but "No", "None of these" or an empty list. */
const notNo = (value: unknown) => !(value === 'no' || (Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === 'none'))));

function Answers({ set, title, locale }: { set?: AnswerSet; title: string; locale: string }) {
  const date = set ? formatDate(set.updatedAt, locale) : '';
  return (
    <section className="keep">
      <h2>{title}</h2>
      {set && <p className="hint">{format(insights.report.answeredOn, { date })}</p>}
      {set ? (
        <dl className="answers">
          {(Object.entries(set.answers) as [QuestionId, unknown][]).filter(([id, value]) => id !== 'medicines' && notNo(value)).map(([id, value]) => (
            <div key={id}>
              <dt>{clinical.questions[id].short}</dt>
              <dd>{answerWords(id, value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{insights.report.notAnswered}</p>
      )}
    </section>
  );
}

/** Who the report is for: typed at print time; kept on this device only when the person asks. */
const WHO_KEY = 'crampnote-report-who';

interface Who {
  name: string;
  birthDate: string;
  remember: boolean;
}

function readWho(): Who {
  try {
    const kept = JSON.parse(uiStorage().getItem(WHO_KEY) ?? 'null') as Partial<Who> | null;
    return { name: kept?.name ?? '', birthDate: kept?.birthDate ?? '', remember: kept !== null };
  } catch {
    return { name: '', birthDate: '', remember: false };
  }
}

export function ReportScreen() {
  const lastNight = useLastNight();
  const now = useNow();
  const [weeks, setWeeks] = useState<(typeof WEEKS)[number]>('4');
  const [who, setWho] = useState(readWho);
  const [withNotes, setWithNotes] = useState(false);
  const nights = Number(weeks) * 7;
  const first = addNights(lastNight, -(nights - 1));
  const records = useRecordsFrom(first);
  const data = useGuidanceAnswers();
  const changes = useChanges();
  const { locale, hour12 } = useLocaleAndClock();
  const ready = records?.key === first && data !== undefined && changes !== undefined;

  useEffect(() => {
    if (who.remember) uiStorage().setItem(WHO_KEY, JSON.stringify({ name: who.name, birthDate: who.birthDate }));
    else uiStorage().removeItem(WHO_KEY);
  }, [who]);
  useEffect(() => {
    if (ready) performance.mark('report-drawn');
  }, [ready, weeks]);

  // Until the chosen period has been read, the previous one is not shown as if it were this one.
  if (!ready || !records || !data || !changes) return null;
  const { episodes, checkIns } = records;

  const s = summarise(episodes, checkIns, lastNight, nights, changes);
  const f = s.figures;
  const { answers, answeredAt } = answersWithTime(data.profile, data.symptoms);
  // Urgent signs print as what was reported and when; only what is current prints as a finding.
  const input = { answers, episodes: episodes.filter((e) => e.night <= lastNight), lastNight, now, answeredAt };
  const findings = evaluate(input);
  const earlier = reportedEarlier(input);
  const n = (v: number | null) => (v === null ? '-' : formatNumber(v, locale));
  const medicines = data.profile?.answers.medicines;
  const dateOf = (at: number) => formatDate(at, locale);
  const weekLabel = (start: string) => format(insights.patterns.week, { night: formatNight(start, locale) });
  const birth = who.birthDate ? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${who.birthDate}T00:00:00Z`)) : '';

  return (
    <section aria-labelledby="report-title" className="report">
      <h1 id="report-title">{insights.report.title}</h1>
      <div className="no-print">
        <ChoiceGroup legend={insights.report.period} columns={2} choices={WEEKS.map((w) => ({ value: w, label: plural(insights.report.weeks, Number(w), locale) }))} value={weeks} onChange={setWeeks} />
        <fieldset className="field">
          <legend>{insights.report.who}</legend>
          <p className="hint" id="who-hint">{insights.report.whoHint}</p>
          <label htmlFor="report-name">{insights.report.name}</label>
          <input id="report-name" type="text" autoComplete="name" spellCheck={false} autoCorrect="off" aria-describedby="who-hint" value={who.name} onChange={(e) => setWho({ ...who, name: e.target.value })} />
          <label htmlFor="report-birth">{insights.report.birthDate}</label>
          <input id="report-birth" type="date" autoComplete="bday" value={who.birthDate} onChange={(e) => setWho({ ...who, birthDate: e.target.value })} />
          <label className="check">
            <input type="checkbox" checked={who.remember} onChange={(e) => setWho({ ...who, remember: e.target.checked })} /> {insights.report.rememberWho}
          </label>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> {insights.report.includeNotes}
        </label>
        <button type="button" className="primary" onClick={() => window.print()}>{insights.report.print}</button>
      </div>
      {(who.name.trim() || birth) && (
        <p className="report-who">
          {who.name.trim() && <span>{format(insights.report.nameValue, { name: who.name.trim() })}</span>}
          {birth && <span>{format(insights.report.birthValue, { date: birth })}</span>}
        </p>
      )}
      <p>{format(insights.report.covering, { first: formatNight(s.firstNight, locale), last: formatNight(s.lastNight, locale) })}</p>

      <div className="report-columns">
        <section className="keep">
          <h2>{insights.report.rates} <span className="unit">{insights.report.perRecordedWeek}</span></h2>
          <dl className="answers">
            <div><dt>{insights.report.nightsRecorded}</dt><dd>{format(insights.report.nightsRecordedValue, { recorded: f.known, nights: f.nights })}</dd></div>
            <div><dt>{insights.report.crampNightsPerWeek}</dt><dd>{n(f.crampNightsPerWeek)}</dd></div>
            <div><dt>{insights.report.crampsPerWeek}</dt><dd>{n(f.crampsPerWeek)}</dd></div>
            <div><dt>{insights.report.over10}</dt><dd>{s.over10}</dd></div>
            <div><dt>{format(insights.report.intensity, LIMITS.intensity)}</dt><dd>{s.intensity ? format(insights.report.intensityValue, { ...s.intensity, median: n(s.intensity.median) }) : insights.report.notRated}</dd></div>
            <div><dt>{insights.report.sleepLost}</dt><dd>{format(insights.report.sleepLostValue, { minutes: s.sleepLostMinutes })}</dd></div>
          </dl>
          <h2>{insights.report.findings}</h2>
          {answeredAt !== undefined && <p className="hint">{format(insights.report.findingsFrom, { date: dateOf(answeredAt) })}</p>}
          {findings.length + earlier.length === 0 ? <p>{insights.report.noFindings}</p> : (
            <ul>
              {findings.map((x) => (
                <li key={x.id}><strong>{clinical.tiers[x.tier].title}:</strong> {clinical.findings[x.id].title}</li>
              ))}
              {earlier.map((r, i) => (
                <li key={`earlier-${i}`}>{describeReport(r, locale)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="keep">
          <h2>{insights.report.where}</h2>
          {s.sites.length === 0 ? <p>{insights.report.noSites}</p> : (
            <>
              <BodyHeatMap counts={s.sites} regionLabel={(r) => m.regions[r]} sideLabel={(side) => m.sides[side]} viewLabel={(v) => screens.views[v]} />
              <table>
                <thead><tr><th scope="col">{insights.report.region}</th><th scope="col">{m.sides.left}</th><th scope="col">{m.sides.right}</th></tr></thead>
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
            </>
          )}
        </section>
      </div>

      <Chart
        title={insights.report.trend}
        summary={`${insights.report.trend}: ${insights.patterns.seriesCrampNights}, ${insights.patterns.seriesCramps}`}
        kind="bar"
        labels={s.weeks.map((w) => weekLabel(w.start))}
        axisLabels={s.weeks.map((w) => formatNight(w.start, locale))}
        series={[
          { label: insights.patterns.seriesCrampNights, values: s.weeks.map((w) => w.crampNights), className: 'series-a' },
          { label: insights.patterns.seriesCramps, values: s.weeks.map((w) => w.cramps), className: 'series-b' },
        ]}
        unit={insights.patterns.count}
        formatValue={(v) => formatNumber(v, locale)}
      />

      <section className="keep">
        <h2>{insights.report.medicines}</h2>
        {data.profile && <p className="hint">{format(insights.report.answeredOn, { date: dateOf(data.profile.updatedAt) })}</p>}
        <p>{medicines ? answerWords('medicines', medicines) : insights.report.notAnswered}{data.profile?.answers['medicine-change'] === 'yes' ? `; ${clinical.questions['medicine-change'].short}` : ''}</p>
        {s.medicineChanges.length > 0 && (
          <>
            <h3>{insights.report.medicineChanges}</h3>
            <ul>
              {s.medicineChanges.map((c) => <li key={c.id}>{format(insights.report.medicineChange, { label: c.label, night: formatNight(c.startNight, locale) })}</li>)}
            </ul>
          </>
        )}
      </section>

      <h2>{insights.report.details}</h2>
      <div className="report-columns">
        <section className="keep">
          <h3>{insights.report.durations}</h3>
          <dl className="answers">
            {s.durations.map(({ band, count }) => (
              <div key={band}><dt>{band === 'unknown' ? insights.report.unknownDuration : screens.durations[band]}</dt><dd>{count}</dd></div>
            ))}
          </dl>
          <h3>{insights.report.warnings}</h3>
          <p>{s.warnings.length === 0 ? insights.report.noWarnings : s.warnings.map((w) => `${screens.warningSymptoms[w.symptom]} (${w.count})`).join(', ')}</p>
        </section>
        <section className="keep">
          <h3>{insights.report.relief}</h3>
          {s.relief.length === 0 ? <p>{insights.report.noRelief}</p> : (
            <table>
              <thead><tr><th scope="col">{insights.report.method}</th><th scope="col">{insights.report.tried}</th><th scope="col">{insights.report.helped}</th></tr></thead>
              <tbody>
                {s.relief.map((r) => (
                  <tr key={r.method}><th scope="row">{screens.reliefs[r.method]}</th><td>{r.tried}</td><td>{r.worked}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <p className="hint">{insights.report.answersNote}</p>
      <div className="report-columns">
        <Answers set={data.profile} title={insights.report.profile} locale={locale} />
        <Answers set={data.symptoms} title={insights.report.symptoms} locale={locale} />
      </div>
      {withNotes && (
        <section>
          <h2>{insights.report.notes}</h2>
          {s.notes.length === 0 ? <p>-</p> : (
            <ul>
              {s.notes.map((x) => (
                <li key={x.startedAt}>{format(insights.report.note, { when: `${formatNight(nightOf(x.startedAt, x.utcOffsetMinutes), locale)} ${formatTime(x.startedAt, locale, hour12)}`, text: x.text })}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="disclaimer">{insights.report.disclaimer}</p>
    </section>
  );
}
