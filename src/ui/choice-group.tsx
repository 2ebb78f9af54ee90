/**
 * A set of large, thumb-sized choices: radio buttons (one answer) or checkboxes (several), each a native
 * input inside its label, so screen readers and keyboards get standard controls.
 */
import { useId } from 'react';
import { useOptimisticValue, type SaveResult } from './use-optimistic-value';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Common<T extends string> {
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  columns?: 1 | 2 | 3;
}

interface Single<T extends string> extends Common<T> {
  multiple?: false;
  value: T | undefined;
  /** Saves the choice; resolving to undefined means it was not saved. */
  onChange: (value: T) => SaveResult;
}

interface Multiple<T extends string> extends Common<T> {
  multiple: true;
  value: readonly T[];
  /** Toggles one value; resolving to undefined means it was not saved. */
  onChange: (value: T) => SaveResult;
}

export function ChoiceGroup<T extends string>(props: Single<T> | Multiple<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  const stored: readonly T[] = props.multiple ? props.value : props.value === undefined ? [] : [props.value];
  const [shown, change] = useOptimisticValue(stored);
  const choose = (v: T) => {
    const next = !props.multiple ? [v] : shown.includes(v) ? shown.filter((x) => x !== v) : [...shown, v];
    change(next, () => props.onChange(v));
  };
  return (
    <fieldset className="field" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <p id={hintId} className="hint">{props.hint}</p>}
      <div className={`choices cols-${props.columns ?? 2}`}>
        {props.choices.map((c) => (
          <label key={c.value} className="choice">
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={name}
              value={c.value}
              checked={shown.includes(c.value)}
              onChange={() => choose(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
