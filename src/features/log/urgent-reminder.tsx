/**
 * On Log, what is urgent now stays in view until the person has read it: the emergency, check-now and
 * same-day findings of the last 24 hours' cramps, and those of answers given in the last 24 hours (a run
 * left with "Skip for now" included). Loaded after the bedside screen has started.
 */
import { answersWithTime } from '../../domain/guidance/answers';
import { episodeFindings } from '../../domain/guidance/episode-findings';
import { CURRENT_FOR_MS, evaluate, isUrgentTier, type Finding } from '../../domain/guidance/rules';
import { clinical } from '../../i18n/clinical';
import { lastNight } from '../../domain/night';
import { screens } from '../../i18n/screens';
import { useRecentGuidance } from '../../storage/live';
import { deviceUtcOffset } from '../../platform/locale';
import { findingKey, seenKey, useSeenFindings } from '../../state/seen-findings';
import { findingAction } from '../../ui/finding-card';
import { CallButton, offersCall } from '../../ui/findings-by-tier';
import { useEmergencyNumber } from '../../ui/use-emergency-number';
import { useNow } from '../../ui/use-now';

interface Item {
  key: string;
  finding: Finding;
}

export default function UrgentReminder() {
  const now = useNow();
  // Rounded to the minute so the live query is not re-run on every render.
  const since = Math.floor((now - CURRENT_FOR_MS) / 60_000) * 60_000;
  const data = useRecentGuidance(since);
  const seen = useSeenFindings((s) => s.seen);
  const markSeen = useSeenFindings((s) => s.markSeen);
  const { emergencyNumber } = useEmergencyNumber();
  if (!data) return null;

  const { answers, answeredAt } = answersWithTime(data.profile, data.symptoms);
  const fromAnswers: Item[] =
    data.symptoms && answeredAt !== undefined && now - answeredAt <= CURRENT_FOR_MS
      ? evaluate({ answers, episodes: [], lastNight: lastNight(now, deviceUtcOffset(now)), now, answeredAt })
          .filter((f) => isUrgentTier(f.tier))
          .map((finding) => ({ key: findingKey(`answers-${data.symptoms?.id}`, finding.id), finding }))
      : [];
  const fromCramps: Item[] = data.episodes.flatMap((e) =>
    episodeFindings([e], answers, now)
      .filter((f) => isUrgentTier(f.tier))
      .map((finding) => ({ key: findingKey(e.id, finding.id), finding })),
  );
  const items = [...fromAnswers, ...fromCramps].filter((i) => seen[seenKey('log', i.key)] === undefined);
  if (items.length === 0) return null;
  const byFinding = [...new Map(items.map((i) => [i.finding.id, i.finding])).values()];
  const tier = byFinding[0]?.tier ?? 'urgent-soon';

  return (
    <div className={`card urgent-reminder tier-${tier}`} role="alert" aria-labelledby="urgent-reminder-title">
      <h2 id="urgent-reminder-title">{clinical.tiers[tier].title}</h2>
      {byFinding.map((f) => (
        <p key={f.id}>{findingAction(f, emergencyNumber)}</p>
      ))}
      {byFinding.some((f) => offersCall(f.tier)) && <CallButton emergencyNumber={emergencyNumber} />}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => markSeen('log', items.map((i) => i.key))}>{screens.guide.urgentSeen}</button>
      </div>
    </div>
  );
}
