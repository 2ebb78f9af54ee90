/**
 * The risk-factor wizard: a few questions a step, Back and Next, skippable and resumable. Each answer is
 * saved as it is given. An answer that needs help today or now is shown at once, above the questions,
 * never held back until the end.
 */
import { useEffect, useRef } from 'react';
import { combineAnswers } from '../../domain/guidance/answers';
import { answer, activeSteps, askedIn, type Question } from '../../domain/guidance/questions';
import { evaluate, isUrgentTier } from '../../domain/guidance/rules';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { completeAnswerSet, saveAnswer } from '../../storage/answer-sets';
import { useAnswerSet } from '../../storage/live';
import { guardSave } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { useWizard, type WizardRun } from '../../state/wizard-store';
import { FindingsByTier } from '../../ui/findings-by-tier';
import { useEmergencyNumber } from '../../ui/use-emergency-number';
import { useLastNight } from '../../ui/use-last-night';
import { useNow } from '../../ui/use-now';
import { QuestionField } from './question-field';

export function Wizard({ run }: { run: WizardRun }) {
  const profile = useAnswerSet(run.profileSetId);
  const symptoms = useAnswerSet(run.symptomsSetId);
  const { goTo, end } = useWizard();
  const navigate = useRoute((s) => s.navigate);
  const { locale, emergencyNumber } = useEmergencyNumber();
  const lastNight = useLastNight();
  const now = useNow();
  const urgentBlock = useRef<HTMLDivElement>(null);
  const missing = profile === null || symptoms === null;
  const answersSoFar = profile && symptoms ? combineAnswers(profile, symptoms) : undefined;
  // Answers being given now are current: urgent findings show at once, on the step where they arise.
  const urgent = answersSoFar ? evaluate({ answers: answersSoFar, episodes: [], lastNight, now }).filter((f) => isUrgentTier(f.tier)) : [];
  const urgentIds = urgent.map((f) => f.id).join(' ');
  const shownIds = useRef('');

  useEffect(() => {
    // The answers behind this run are gone (the diary was cleared): start afresh next time.
    if (missing) end();
  }, [missing, end]);

  useEffect(() => {
    // A new urgent finding is brought into view where the person is, not left above the fold.
    const previous = shownIds.current;
    shownIds.current = urgentIds;
    if (urgentIds === '' || urgentIds.split(' ').every((id) => previous.split(' ').includes(id))) return;
    urgentBlock.current?.scrollIntoView({ block: 'start' });
    urgentBlock.current?.focus({ preventScroll: true });
  }, [urgentIds]);

  if (!profile || !symptoms) return null;

  const answers = answersSoFar ?? {};
  const steps = activeSteps(answers, run.includeProfile);
  const index = Math.min(run.step, steps.length - 1);
  const questions = askedIn(steps[index] ?? [], answers).filter((q) => run.includeProfile || q.section !== 'profile');
  const last = index === steps.length - 1;

  const save = (q: Question, value: string | number | undefined) => {
    const setId = q.section === 'profile' ? profile.id : symptoms.id;
    return guardSave(() => saveAnswer(setId, q.id, (current) => (value === undefined ? undefined : answer(current, q.id, value)[q.id])));
  };

  const finish = async () => {
    const now = Date.now();
    const done = await guardSave(async () => {
      const finished = await completeAnswerSet(symptoms.id, now);
      return finished.ok && run.includeProfile ? completeAnswerSet(profile.id, now) : finished;
    });
    if (!done) return;
    end();
    navigate('/guide/results');
  };

  return (
    <section aria-labelledby="wizard-title">
      <h1 id="wizard-title">{screens.guide.introTitle}</h1>
      <p className="hint" id="wizard-progress">{format(screens.guide.progress, { step: index + 1, total: steps.length })}</p>
      <progress className="progress" max={steps.length} value={index + 1} aria-labelledby="wizard-progress" />
      {urgent.length > 0 && (
        <div className="urgent-now" ref={urgentBlock} tabIndex={-1}>
          <p className="lead">{screens.guide.urgentNow}</p>
          <FindingsByTier findings={urgent} locale={locale} emergencyNumber={emergencyNumber} />
          <p>{screens.guide.continueQuestions}</p>
        </div>
      )}
      {questions.map((q) => (
        <QuestionField key={`${q.id}-${q.section === 'profile' ? profile.id : symptoms.id}`} question={q} value={answers[q.id]} onAnswer={(v) => save(q, v)} />
      ))}
      <div className="actions wizard-actions">
        {index > 0 && (
          <button type="button" className="secondary" onClick={() => goTo(index - 1)}>
            {screens.guide.back}
          </button>
        )}
        {last ? (
          <button type="button" className="primary" onClick={finish}>{screens.guide.finish}</button>
        ) : (
          <button type="button" className="primary" onClick={() => goTo(index + 1)}>{screens.guide.next}</button>
        )}
        <button type="button" className="link-button" onClick={() => navigate('/')}>{screens.guide.skip}</button>
      </div>
    </section>
  );
}
