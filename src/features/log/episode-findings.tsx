/**
 * What a just-saved episode's warning signs mean, shown right under the "Saved" confirmation, most urgent
 * first. Loaded on demand so the bedside start does not carry the guidance text.
 */
import { defaultEmergencyNumber } from '../../domain/emergency-number';
import type { Episode } from '../../domain/episode';
import { useSettings } from '../../storage/live';
import { deviceLocale } from '../../storage/settings';
import { FindingsByTier } from '../../ui/findings-by-tier';
import { episodeFindings } from '../../domain/guidance/episode-findings';
import { useLatestAnswers } from '../../ui/use-latest-answers';

export default function EpisodeFindings({ episode }: { episode: Episode }) {
  const answers = useLatestAnswers();
  const settings = useSettings();
  const locale = deviceLocale();
  if (!answers) return null;
  const findings = episodeFindings([episode], answers);
  if (findings.length === 0) return null;
  return (
    <div className="episode-findings">
      <FindingsByTier findings={findings} locale={locale} emergencyNumber={settings?.emergencyNumber ?? defaultEmergencyNumber(locale)} />
    </div>
  );
}
