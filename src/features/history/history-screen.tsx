/**
 * History, a month at a time: a calendar that marks the nights with cramps, the nights checked in without
 * one and the nights not recorded (each by its own sign, not by colour alone), and below it that month's
 * nights, newest first, each cramp with its time, places, length and intensity. A record opens on its own
 * screen, where it can be deleted with an Undo.
 */
import { useRef } from 'react';
import type { Episode } from '../../domain/episode';
import { clinical } from '../../i18n/clinical';
import { episodeFindings, episodeReports } from '../../domain/guidance/episode-findings';
import type { Answers } from '../../domain/guidance/questions';
import { addNights, lastNight as lastNightOf, nightOf } from '../../domain/night';
import { deviceUtcOffset } from '../../platform/locale';
import { addMonths, monthCalendar, monthNights, monthOf, type CalendarNight, type MonthKey } from '../../domain/calendar';
import { firstDayOfWeek, formatMonth, formatNight, formatTime, plural, weekdayNames } from '../../i18n/format';
import { format, siteName } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { insights } from '../../i18n/insights';
import { AppLink } from '../../ui/app-link';
import { useHasNightsBefore, useNightsBetween } from '../../storage/live';
import { useHistoryMonth } from '../../state/history-month';
import { paths } from '../../state/paths';
import { useRoute } from '../../state/route-store';
import { useLatestAnswers } from '../../ui/use-latest-answers';
import { describeReport } from '../../ui/finding-card';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { useNow } from '../../ui/use-now';

function summary(e: Episode): string {
  const length = e.durationMinutes !== undefined ? format(screens.history.minutesShort, { minutes: e.durationMinutes }) : e.durationBand && screens.durations[e.durationBand];
  const parts = [
    ...e.sites.map(siteName),
    ...(length ? [length] : []),
    ...(e.intensity !== undefined ? [format(screens.history.intensityShort, { value: e.intensity })] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : screens.history.noDetails;
}

/**
 * What a night's cramps raised: findings still current with their tier, and urgent signs from an earlier
 * night as what was reported, with its date, never as an instruction.
 */
function NightFindings({ episodes, answers, now, locale }: { episodes: Episode[]; answers: Answers; now: number; locale: string }) {
  const findings = episodeFindings(episodes, answers, now);
  const reports = episodeReports(episodes, now);
  if (findings.length === 0 && reports.length === 0) return null;
  return (
    <ul className="plain night-findings">
      {findings.map((f) => (
        <li key={f.id} className="finding-line">
          <strong>{clinical.tiers[f.tier].title}:</strong> {clinical.findings[f.id].title}
        </li>
      ))}
      {reports.map((r, i) => (
        <li key={`report-${i}`} className="finding-line">{describeReport(r, locale)}</li>
      ))}
    </ul>
  );
}

const MARK: Record<CalendarNight['kind'], string> = { cramps: '●', 'no-cramp': '✓', unknown: '–', 'to-come': '' };

function dayName(c: CalendarNight, locale: string): string {
  const date = formatNight(c.night, locale);
  if (c.kind === 'cramps') return plural(screens.history.dayCramps, c.cramps, locale, { date });
  if (c.kind === 'no-cramp') return format(screens.history.dayNoCramp, { date });
  if (c.kind === 'unknown') return format(screens.history.dayUnknown, { date });
  return date;
}

function Calendar({ month, weeks, locale, onPick }: { month: MonthKey; weeks: (CalendarNight | null)[][]; locale: string; onPick: (c: CalendarNight) => void }) {
  const days = weekdayNames(locale, firstDayOfWeek(locale));
  return (
    <table className="calendar">
      <caption className="visually-hidden">{formatMonth(month, locale)}</caption>
      <thead>
        <tr>
          {days.map((d) => (
            <th key={d.long} scope="col" abbr={d.long}>{d.short}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {week.map((c, j) => (
              <td key={j} className={c ? `night-${c.kind}` : undefined}>
                {c && (c.recorded ? (
                  <button type="button" className="day" aria-label={dayName(c, locale)} onClick={() => onPick(c)}>
                    <span aria-hidden="true">{c.day}</span>
                    <span className="mark" aria-hidden="true">{MARK[c.kind]}{c.cramps > 1 ? c.cramps : ''}</span>
                  </button>
                ) : (
                  <span className="day" role="img" aria-label={dayName(c, locale)}>
                    <span aria-hidden="true">{c.day}</span>
                    <span className="mark" aria-hidden="true">{MARK[c.kind]}</span>
                  </span>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HistoryScreen() {
  const now = useNow();
  const lastNight = lastNightOf(now, deviceUtcOffset(now));
  // Tonight's cramps count: tonight may already be the first night of the next month.
  const tonight = addNights(lastNight, 1);
  const latest = monthOf(tonight);
  const chosen = useHistoryMonth((s) => s.month);
  const setMonth = useHistoryMonth((s) => s.setMonth);
  // It opens on the month of the night now under way (before noon, the one just ended).
  const month = chosen && chosen <= latest ? chosen : monthOf(nightOf(now, deviceUtcOffset(now)));
  const { first, last } = monthNights(month);
  const nights = useNightsBetween(first, last);
  const hasEarlier = useHasNightsBefore(first);
  const hasAny = useHasNightsBefore(addNights(tonight, 1));
  const { locale, hour12 } = useLocaleAndClock();
  const navigate = useRoute((s) => s.navigate);
  const answers = useLatestAnswers();
  const list = useRef<HTMLOListElement>(null);

  if (!nights) return null;
  const monthName = formatMonth(month, locale);

  const pick = (c: CalendarNight) => {
    const card = list.current?.querySelector<HTMLElement>(`[data-night="${c.night}"]`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  };

  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">{screens.history.title}</h1>
      <p>
        <AppLink to="/report" className="inline-target">{insights.report.open}</AppLink>
      </p>
      {hasAny === false ? <p>{screens.history.empty}</p> : (
        <>
          <div className="month-bar">
            <button type="button" className="icon-button" aria-label={screens.history.previousMonth} disabled={!hasEarlier} onClick={() => setMonth(addMonths(month, -1))}>‹</button>
            <h2 aria-live="polite">{monthName}</h2>
            <button type="button" className="icon-button" aria-label={screens.history.nextMonth} disabled={month >= latest} onClick={() => setMonth(addMonths(month, 1))}>›</button>
          </div>
          <Calendar month={month} weeks={monthCalendar(month, nights, lastNight, firstDayOfWeek(locale))} locale={locale} onPick={pick} />
          <ul className="plain calendar-legend">
            <li><span aria-hidden="true" className="mark">●</span> {screens.history.legendCramps}</li>
            <li><span aria-hidden="true" className="mark">✓</span> {screens.history.legendNoCramp}</li>
            <li><span aria-hidden="true" className="mark">–</span> {screens.history.legendUnknown}</li>
          </ul>
          {nights.length === 0 && <p>{format(screens.history.emptyMonth, { month: monthName })}</p>}
        </>
      )}
      <ol className="nights" ref={list}>
        {nights.map((n) => {
          const nightLabel = formatNight(n.night, locale);
          return (
            <li key={n.night} className="card" data-night={n.night} tabIndex={-1}>
              <h3>{format(screens.history.night, { night: nightLabel })}</h3>
              {answers && <NightFindings episodes={n.episodes} answers={answers} now={now} locale={locale} />}
              {n.episodes.length === 0 && <p>{n.checkIn?.noCramp ? screens.history.noCrampNight : screens.history.checkInOnly}</p>}
              <ul className="plain">
                {n.episodes.map((e) => (
                  <li key={e.id}>
                    <button type="button" className="link-button record-row" onClick={() => navigate(paths.episode(e.id))}>
                      {format(screens.history.openEpisode, { time: formatTime(e.startedAt, locale, hour12), summary: summary(e) })}
                    </button>
                  </li>
                ))}
                {n.checkIn && (
                  <li>
                    <button type="button" className="link-button record-row" aria-label={format(screens.history.editCheckIn, { night: nightLabel })} onClick={() => navigate(paths.checkIn(n.night))}>
                      {screens.history.checkInLink}
                    </button>
                  </li>
                )}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
