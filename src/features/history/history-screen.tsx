/**
 * History: nights newest first, each with its cramps and check-in. Deleting offers an Undo that puts the
 * record back exactly as it was.
 */
import { useState } from 'react';
import type { CheckIn } from '../../domain/check-in';
import type { Episode } from '../../domain/episode';
import { clinical } from '../../i18n/clinical';
import { episodeFindings, episodeReports } from '../../domain/guidance/episode-findings';
import type { Answers } from '../../domain/guidance/questions';
import { addNights } from '../../domain/night';
import { formatNight, formatTime } from '../../i18n/format';
import { format, messages as m, siteName } from '../../i18n/messages';
import { insights } from '../../i18n/insights';
import { AppLink } from '../../ui/app-link';
import { deleteCheckIn, restoreCheckIn } from '../../storage/check-ins';
import { deleteEpisode, restoreEpisode } from '../../storage/episodes';
import { useHasNightsBefore, useNightsSince } from '../../storage/live';
import { guardWrite, useNotices } from '../../state/notice-store';
import { paths } from '../../state/paths';
import { useRoute } from '../../state/route-store';
import { useLatestAnswers } from '../../ui/use-latest-answers';
import { useLastNight } from '../../ui/use-last-night';
import { describeReport } from '../../ui/finding-card';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { useNow } from '../../ui/use-now';

/** How many nights one page of History covers. */
const PAGE_NIGHTS = 60;

function summary(e: Episode): string {
  const parts = [
    ...e.sites.map(siteName),
    ...(e.intensity !== undefined ? [format(m.history.intensityShort, { value: e.intensity })] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : m.history.noDetails;
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

function CheckInRow({ checkIn, nightLabel, onDelete }: { checkIn: CheckIn; nightLabel: string; onDelete: (id: string) => void }) {
  const navigate = useRoute((s) => s.navigate);
  return (
    <li className="row">
      <button type="button" className="link-button grow" aria-label={format(m.history.editCheckIn, { night: nightLabel })} onClick={() => navigate(paths.checkIn(checkIn.night))}>
        {m.history.checkInLink}
      </button>
      <button type="button" className="icon-button" aria-label={`${m.history.deleteCheckIn}, ${nightLabel}`} onClick={() => onDelete(checkIn.id)}>
        ✕
      </button>
    </li>
  );
}

export function HistoryScreen() {
  const [pages, setPages] = useState(1);
  const from = addNights(useLastNight(), -PAGE_NIGHTS * pages + 1);
  const nights = useNightsSince(from);
  const hasEarlier = useHasNightsBefore(from);
  const { locale, hour12 } = useLocaleAndClock();
  const navigate = useRoute((s) => s.navigate);
  const offerUndo = useNotices((s) => s.offerUndo);
  const answers = useLatestAnswers();
  const now = useNow();

  if (!nights) return null;

  const removeEpisode = async (id: string) => {
    const removed = await guardWrite(() => deleteEpisode(id));
    if (removed) offerUndo({ message: m.episode.deleted, undo: () => restoreEpisode(removed) });
  };
  const removeCheckIn = async (id: string) => {
    const removed = await guardWrite(() => deleteCheckIn(id));
    if (removed) offerUndo({ message: m.history.checkInDeleted, undo: () => restoreCheckIn(removed) });
  };

  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">{m.history.title}</h1>
      <p>
        <AppLink to="/report" className="inline-target">{insights.report.open}</AppLink>
      </p>
      {nights.length === 0 && !hasEarlier && <p>{m.history.empty}</p>}
      <ol className="nights">
        {nights.map((n) => {
          const nightLabel = formatNight(n.night, locale);
          return (
            <li key={n.night} className="card">
              <h2>{format(m.history.night, { night: nightLabel })}</h2>
              {answers && <NightFindings episodes={n.episodes} answers={answers} now={now} locale={locale} />}
              {n.episodes.length === 0 && <p>{n.checkIn?.noCramp ? m.history.noCrampNight : m.history.checkInOnly}</p>}
              <ul className="plain">
                {n.episodes.map((e) => {
                  const time = formatTime(e.startedAt, locale, hour12);
                  return (
                    <li key={e.id} className="row">
                      <button type="button" className="link-button grow" onClick={() => navigate(paths.episode(e.id))}>
                        {format(m.history.openEpisode, { time, summary: summary(e) })}
                      </button>
                      <button type="button" className="icon-button" aria-label={format(m.history.deleteEpisode, { time })} onClick={() => removeEpisode(e.id)}>
                        ✕
                      </button>
                    </li>
                  );
                })}
                {n.checkIn && <CheckInRow checkIn={n.checkIn} nightLabel={nightLabel} onDelete={removeCheckIn} />}
              </ul>
            </li>
          );
        })}
      </ol>
      {hasEarlier && (
        <button type="button" className="secondary" onClick={() => setPages((p) => p + 1)}>
          {m.history.showEarlier}
        </button>
      )}
    </section>
  );
}
