/**
 * A scale (0-10 in the diary) as one large radio button per point, from the record's limit.
 */
import { useId } from 'react';
import type { Limit } from '../domain/record';
import { useOptimisticValue, type SaveResult } from './use-optimistic-value';

interface Props {
  legend: string;
  hint?: string;
  /** The record's limit for the field: one point per whole number in it. */
  limit: Limit;
  value: number | undefined;
  /** Saves the point; resolving to undefined means it was not saved. */
  onChange: (value: number) => SaveResult;
}

export function ScaleField({ legend, hint, limit, value, onChange }: Props) {
  const name = useId();
  const points = Array.from({ length: limit.max - limit.min + 1 }, (_, i) => limit.min + i);
  const [shown, change] = useOptimisticValue(value);
  return (
    <fieldset className="field" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      <div className="scale">
        {points.map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={shown === n} onChange={() => change(n, () => onChange(n))} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
