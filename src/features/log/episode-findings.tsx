/**
 * What a just-saved episode's warning signs mean, shown right under the "Saved" confirmation, most urgent
 * first; an urgent one also takes the screen at once. Loaded on demand so the bedside start does not carry
 * the guidance text.
 */
import type { Episode } from '../../domain/episode';
import { episodeFindings } from '../../domain/guidance/episode-findings';
import { FindingsByTier } from '../../ui/findings-by-tier';
import { useLatestAnswers } from '../../ui/use-latest-answers';
import { useEmergencyNumber } from '../../ui/use-emergency-number';
import { useNow } from '../../ui/use-now';
import { UrgentTakeover } from './urgent-takeover';

export default function EpisodeFindings({ episode }: { episode: Episode }) {
  const answers = useLatestAnswers();
  const { locale, emergencyNumber } = useEmergencyNumber();
  const now = useNow();
  if (!answers) return null;
  const findings = episodeFindings([episode], answers, Math.max(now, episode.updatedAt));
  if (findings.length === 0) return null;
  return (
    <div className="episode-findings">
      <UrgentTakeover episodeId={episode.id} findings={findings} emergencyNumber={emergencyNumber} />
      <FindingsByTier findings={findings} locale={locale} emergencyNumber={emergencyNumber} />
    </div>
  );
}
