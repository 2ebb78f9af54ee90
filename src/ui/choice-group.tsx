/**
 * A set of large, thumb-sized choices: radio buttons (one answer) or checkboxes (several), each a native
 * input inside its label, so screen readers and keyboards get standard controls.
 */
import { useId } from 'react';

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
  onChange: (value: T) => void;
}

interface Multiple<T extends string> extends Common<T> {
  multiple: true;
  value: readonly T[];
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>(props: Single<T> | Multiple<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  const isChecked = (v: T) => (props.multiple ? props.value.includes(v) : props.value === v);
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
              checked={isChecked(c.value)}
              onChange={() => props.onChange(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
