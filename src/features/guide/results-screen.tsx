/**
 * What the answers and the last four weeks of the diary mean, most urgent first: findings by tier, then
 * self-care tips and "what we know", each with its evidence tag.
 */
import { answersWithTime } from '../../domain/guidance/answers';
import { type Tip } from '../../domain/guidance/content';
import { clinical } from '../../i18n/clinical';
import { evaluate, isMinor, isUrgentTier, reportedEarlier } from '../../domain/guidance/rules';
import { selfCareTips, whatWeKnow } from '../../domain/guidance/tips';
import { addNights } from '../../domain/night';
import { colderNightsWorse, nightsBetween } from '../../domain/patterns';
import { formatDate } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { useGuidanceAnswers, useRecordsFrom } from '../../storage/live';
import { guardSave } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { useWizard } from '../../state/wizard-store';
import { EvidenceTag } from '../../ui/evidence-tag';
import { CallButton, FindingsByTier, offersCall } from '../../ui/findings-by-tier';
import { findingAction } from '../../ui/finding-card';
import { Sources } from '../../ui/sources';
import { PastReports } from '../../ui/past-reports';
import { useEmergencyNumber } from '../../ui/use-emergency-number';
import { useLastNight } from '../../ui/use-last-night';
import { useNow } from '../../ui/use-now';
import { startRun } from './start-run';

/** Nights read for the findings (the last four weeks) and for the person's own cold-night pattern. */
const FINDING_NIGHTS = 28;
const PATTERN_NIGHTS = 90;

function TipList({ tips }: { tips: readonly Tip[] }) {
  return (
    <ul className="plain tips">
      {tips.map((tip) => (
        <li key={tip.id} className="card tip">
          <h3>{clinical.tips[tip.id].title}</h3>
          <p>{clinical.tips[tip.id].text}</p>
          <EvidenceTag evidence={tip.evidence} against={tip.against} />
          <Sources ids={tip.sources} />
        </li>
      ))}
    </ul>
  );
}

export function ResultsScreen() {
  const lastNight = useLastNight();
  const now = useNow();
  const data = useGuidanceAnswers();
  const firstPatternNight = addNights(lastNight, -(PATTERN_NIGHTS - 1));
  const records = useRecordsFrom(firstPatternNight);
  const { locale, emergencyNumber } = useEmergencyNumber();
  const begin = useWizard((s) => s.begin);
  const navigate = useRoute((s) => s.navigate);

  if (!data || records?.key !== firstPatternNight) return null;

  const { answers, answeredAt } = answersWithTime(data.profile, data.symptoms);
  const episodes = records.episodes.filter((e) => e.night >= addNights(lastNight, -(FINDING_NIGHTS - 1)));
  const input = { answers, episodes, lastNight, now, answeredAt };
  const findings = evaluate(input);
  const earlier = reportedEarlier(input);
  const minor = isMinor(answers);
  const calm = !findings.some((f) => isUrgentTier(f.tier));
  const tips = selfCareTips(answers, { colderNightsWorse: colderNightsWorse(nightsBetween(records.episodes, records.checkIns, firstPatternNight, lastNight)) });
  const again = async (editProfile: boolean) => {
    const run = await guardSave(() => startRun({ editProfile }));
    if (!run) return;
    begin(run);
    navigate('/guide');
  };
  const answeredOn = data.symptoms?.completedAt;
  // What matters most: the most urgent finding, or else the one self-care step most worth trying.
  const top = findings[0];
  const oneThing = tips.find((t) => t.id === 'bedtime-stretch') ?? tips[0];

  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title">{screens.guide.resultsTitle}</h1>
      <p className="hint">
        {answeredOn ? format(screens.guide.basedOn, { date: formatDate(answeredOn, locale) }) : screens.guide.noAnswers}
      </p>
      {minor && (
        <section aria-labelledby="minor-title" className="card notice-minor">
          <h2 id="minor-title">{clinical.minorNotice.title}</h2>
          <p>{clinical.minorNotice.text}</p>
        </section>
      )}
      {(top || !minor) && (
        <section aria-labelledby="most-title" className="card results-top">
          <h2 id="most-title">{screens.guide.mostImportant}</h2>
          {top ? (
            <>
              <p>
                <strong>{clinical.tiers[top.tier].title}:</strong> {clinical.findings[top.id].title}
              </p>
              <p>{findingAction(top, emergencyNumber)}</p>
              {offersCall(top.tier) && <CallButton emergencyNumber={emergencyNumber} />}
            </>
          ) : (
            oneThing && (
              <>
                {calm && <p>{clinical.selfCareCalm}</p>}
                <p>
                  <strong>{screens.guide.oneThing}</strong> {clinical.tips[oneThing.id].text}
                </p>
              </>
            )
          )}
        </section>
      )}
      <FindingsByTier findings={findings} locale={locale} emergencyNumber={emergencyNumber} foldCalm />
      <PastReports reports={earlier} locale={locale} />
      {!minor && (
        <>
          <details className="fold" aria-labelledby="self-care-title">
            <summary>
              <h2 id="self-care-title">{clinical.tiers['self-care'].title} ({tips.length})</h2>
            </summary>
            {calm && top && <p>{clinical.selfCareCalm}</p>}
            <p>{clinical.tiers['self-care'].lead}</p>
            <TipList tips={tips} />
          </details>
          <details className="fold">
            <summary>
              <h2 id="what-we-know-title">{screens.guide.whatWeKnowTitle}</h2>
            </summary>
            <TipList tips={whatWeKnow(answers)} />
          </details>
        </>
      )}
      <p className="hint">{screens.guide.disclaimer}</p>
      <div className="actions column">
        <button type="button" className="primary" onClick={() => navigate('/')}>{screens.guide.backToLog}</button>
        <button type="button" className="secondary" onClick={() => again(false)}>{answeredOn ? screens.guide.answerAgain : screens.guide.start}</button>
        {data.profile?.completedAt && (
          <button type="button" className="secondary" onClick={() => again(true)}>{screens.guide.editProfile}</button>
        )}
        <button type="button" className="secondary" onClick={() => navigate('/learn')}>{m.learn.title}</button>
      </div>
    </section>
  );
}
