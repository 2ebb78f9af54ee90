/**
 * What the answers and the last four weeks of the diary mean, most urgent first: findings by tier, then
 * self-care tips and "what we know", each with its evidence tag.
 */
import { defaultEmergencyNumber } from '../../domain/emergency-number';
import { combineAnswers } from '../../domain/guidance/answer-set';
import { TIER_TEXT, type Tip } from '../../domain/guidance/content';
import { evaluate } from '../../domain/guidance/rules';
import { selfCareTips, whatWeKnow } from '../../domain/guidance/tips';
import { addNights } from '../../domain/night';
import { format, messages as m } from '../../i18n/messages';
import { useEpisodesSince, useGuidanceAnswers, useSettings } from '../../storage/live';
import { deviceLocale } from '../../storage/settings';
import { guardWrite } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { useWizard } from '../../state/wizard-store';
import { EvidenceTag } from '../../ui/evidence-tag';
import { FindingsByTier } from '../../ui/findings-by-tier';
import { Sources } from '../../ui/sources';
import { useLastNight } from '../../ui/use-last-night';
import { startRun } from './start-run';

function TipList({ tips }: { tips: readonly Tip[] }) {
  return (
    <ul className="plain tips">
      {tips.map((tip) => (
        <li key={tip.id} className="card tip">
          <h3>{tip.title}</h3>
          <p>{tip.text}</p>
          <EvidenceTag evidence={tip.evidence} />
          <Sources ids={tip.sources} />
        </li>
      ))}
    </ul>
  );
}

export function ResultsScreen() {
  const lastNight = useLastNight();
  const data = useGuidanceAnswers();
  const episodes = useEpisodesSince(addNights(lastNight, -27));
  const settings = useSettings();
  const begin = useWizard((s) => s.begin);
  const navigate = useRoute((s) => s.navigate);
  const locale = deviceLocale();

  if (!data || !episodes || !settings) return null;

  const answers = combineAnswers(data.profile, data.symptoms);
  const findings = evaluate({ answers, episodes, lastNight });
  const again = async (editProfile: boolean) => {
    const run = await guardWrite(() => startRun({ editProfile }));
    if (!run) return;
    begin(run);
    navigate('/guide');
  };
  const answeredOn = data.symptoms?.completedAt;

  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title">{m.guide.resultsTitle}</h1>
      <p className="hint">
        {answeredOn ? format(m.guide.basedOn, { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(answeredOn) }) : m.guide.noAnswers}
      </p>
      <FindingsByTier findings={findings} locale={locale} emergencyNumber={settings.emergencyNumber ?? defaultEmergencyNumber(locale)} />
      <section aria-labelledby="self-care-title">
        <h2 id="self-care-title">{TIER_TEXT['self-care'].title}</h2>
        <p>{TIER_TEXT['self-care'].lead}</p>
        <TipList tips={selfCareTips(answers)} />
      </section>
      <section aria-labelledby="what-we-know-title">
        <h2 id="what-we-know-title">{m.guide.whatWeKnowTitle}</h2>
        <TipList tips={whatWeKnow(answers)} />
      </section>
      <p className="hint">{m.guide.disclaimer}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => again(false)}>{answeredOn ? m.guide.answerAgain : m.guide.start}</button>
        <button type="button" className="secondary" onClick={() => navigate('/learn')}>{m.learn.title}</button>
        {data.profile?.completedAt && (
          <button type="button" className="secondary" onClick={() => again(true)}>{m.guide.editProfile}</button>
        )}
      </div>
    </section>
  );
}
