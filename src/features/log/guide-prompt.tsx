/**
 * A gentle invitation to the symptom questions: the first time, every 4 weeks, after a warning sign was
 * logged, and whenever a run was left half way. Loaded once the app has started: the first tap never
 * waits for it.
 */
import { shouldReask, warningSearchFrom } from '../../domain/guidance/answers';
import { screens } from '../../i18n/screens';
import { useGuidanceAnswers, useLastWarningAfter } from '../../storage/live';
import { useRoute } from '../../state/route-store';
import { useWizard } from '../../state/wizard-store';
import { useNow } from '../../ui/use-now';

const TEXT = { first: screens.guide.reaskFirst, due: screens.guide.reaskDue, warning: screens.guide.reaskWarning };

export default function GuidePrompt() {
  const inProgress = useWizard((s) => s.run !== undefined);
  const data = useGuidanceAnswers();
  const navigate = useRoute((s) => s.navigate);
  const now = useNow();
  // Never answered: the first invitation, whatever was logged, so nothing to look up. Otherwise a warning
  // since the answers, in the last four weeks.
  const lastWarning = useLastWarningAfter(warningSearchFrom(data?.symptoms, now));

  if (inProgress) {
    return (
      <button type="button" className="secondary" onClick={() => navigate('/guide')}>
        {screens.guide.resume}
      </button>
    );
  }
  if (!data || lastWarning === undefined) return null;
  const reason = shouldReask(data.symptoms, now, lastWarning ?? undefined);
  if (!reason) return null;
  return (
    <aside className="card" aria-label={screens.guide.title}>
      <p>{TEXT[reason]}</p>
      <button type="button" className="secondary" onClick={() => navigate('/guide')}>
        {screens.guide.start}
      </button>
    </aside>
  );
}
