/**
 * A 0-10 scale as eleven large radio buttons.
 */
import { useId } from 'react';
import { useOptimisticValue, type SaveResult } from './use-optimistic-value';

interface Props {
  legend: string;
  hint?: string;
  value: number | undefined;
  /** Saves the point; resolving to undefined means it was not saved. */
  onChange: (value: number) => SaveResult;
}

const POINTS = Array.from({ length: 11 }, (_, i) => i);

export function ScaleField({ legend, hint, value, onChange }: Props) {
  const name = useId();
  const [shown, change] = useOptimisticValue(value);
  return (
    <fieldset className="field" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      <div className="scale">
        {POINTS.map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={shown === n} onChange={() => change(n, () => onChange(n))} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
