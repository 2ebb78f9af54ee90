/**
 * Correcting when a cramp started. A date and time that do not exist, or lie in the future, are refused
 * whole: the field says so beside itself and names the start that is stored, which stays as it was.
 * While the field is not being edited it follows the stored start.
 */
import { useId, useState } from 'react';
import { formatDate, formatTime, fromLocalInputs, toLocalInputs } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';

const PROBLEM_TEXT = { future: screens.field.futureTime, impossible: screens.field.impossibleTime, 'not-saved': screens.field.startNotSaved };

interface Props {
  startedAt: number;
  /** Resolves to undefined when the save failed. */
  onChange: (startedAt: number) => unknown;
}

export function StartTimeField({ startedAt, onChange }: Props) {
  const id = useId();
  const { locale, hour12 } = useLocaleAndClock();
  const [inputs, setInputs] = useState(() => toLocalInputs(startedAt));
  const [problem, setProblem] = useState<keyof typeof PROBLEM_TEXT | undefined>();

  // Follow the stored start when it changes (another tab, an import), unless it is being edited or a
  // refused edit is on show.
  const [focused, setFocused] = useState(false);
  const [shownFor, setShownFor] = useState(startedAt);
  if (shownFor !== startedAt && !focused) {
    setShownFor(startedAt);
    if (!problem) setInputs(toLocalInputs(startedAt));
  }

  const change = async (next: { date: string; time: string }) => {
    setInputs(next);
    const at = fromLocalInputs(next.date, next.time);
    if (at === undefined) {
      setProblem(next.date && next.time ? 'impossible' : undefined);
      return;
    }
    if (at === startedAt) {
      setProblem(undefined);
      return;
    }
    if (at > Date.now()) {
      setProblem('future');
      return;
    }
    // The store refuses a time in the future too, but this field has already said that: a refusal here is
    // a failed save (a full disk, say), and the notice above says why.
    const result = await onChange(at);
    setProblem(result === undefined ? 'not-saved' : undefined);
  };

  const saved = `${formatDate(startedAt, locale)} ${formatTime(startedAt, locale, hour12)}`;
  const error = problem && format(PROBLEM_TEXT[problem], { time: saved });
  const invalid = error ? true : undefined;
  return (
    <div className="field" onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
      <div className="two-up">
        <div>
          <label htmlFor={`${id}-date`}>{screens.details.startDate}</label>
          <input id={`${id}-date`} type="date" value={inputs.date} aria-invalid={invalid} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => void change({ ...inputs, date: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>{screens.details.startTime}</label>
          <input id={`${id}-time`} type="time" value={inputs.time} aria-invalid={invalid} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => void change({ ...inputs, time: e.target.value })} />
        </div>
      </div>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}
