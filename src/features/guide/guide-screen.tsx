/**
 * The Guide: the wizard while a run is in progress, else an invitation to start it.
 */
import { messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { guardSave } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { useWizard } from '../../state/wizard-store';
import { startRun } from './start-run';
import { Wizard } from './wizard';

export function GuideScreen() {
  const run = useWizard((s) => s.run);
  const begin = useWizard((s) => s.begin);
  const navigate = useRoute((s) => s.navigate);

  if (run) return <Wizard run={run} />;

  const start = async () => {
    const next = await guardSave(() => startRun({ editProfile: false }));
    if (next) begin(next);
  };

  return (
    <section aria-labelledby="guide-title">
      <h1 id="guide-title">{screens.guide.introTitle}</h1>
      <p>{screens.guide.intro}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={start}>{screens.guide.start}</button>
        <button type="button" className="secondary" onClick={() => navigate('/guide/results')}>{screens.guide.resultsTitle}</button>
        <button type="button" className="secondary" onClick={() => navigate('/learn')}>{m.learn.title}</button>
      </div>
    </section>
  );
}
