/**
 * Correcting when a cramp started. A date and time that do not exist (or lie in the future) are
 * reported and not saved; the stored time stays as it was.
 */
import { useId, useState } from 'react';
import { fromLocalInputs, toLocalInputs } from '../../i18n/format';
import { messages as m } from '../../i18n/messages';
import { useNotices } from '../../state/notice-store';

interface Props {
  startedAt: number;
  onChange: (startedAt: number) => void;
}

export function StartTimeField({ startedAt, onChange }: Props) {
  const id = useId();
  const [inputs, setInputs] = useState(() => toLocalInputs(startedAt));

  const change = (next: { date: string; time: string }) => {
    setInputs(next);
    const at = fromLocalInputs(next.date, next.time);
    if (at === undefined) {
      if (next.date && next.time) useNotices.getState().showProblem('invalid');
      return;
    }
    if (at !== startedAt) onChange(at);
  };

  return (
    <div className="field two-up">
      <div>
        <label htmlFor={`${id}-date`}>{m.episode.startDate}</label>
        <input id={`${id}-date`} type="date" value={inputs.date} onChange={(e) => change({ ...inputs, date: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`${id}-time`}>{m.episode.startTime}</label>
        <input id={`${id}-time`} type="time" value={inputs.time} onChange={(e) => change({ ...inputs, time: e.target.value })} />
      </div>
    </div>
  );
}
