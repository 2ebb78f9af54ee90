/**
 * A number typed with the phone's number pad, saved as it is typed. An empty field clears the value;
 * text that is not yet a number (a lone "-" or ".") is kept on screen and not saved.
 */
import { useId, useState } from 'react';

interface Props {
  label: string;
  hint?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => unknown;
  min?: number;
  max?: number;
  step?: number;
  decimals?: boolean;
}

export function NumberField({ label, hint, value, onChange, min, max, step = 1, decimals = false }: Props) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        type="number"
        inputMode={decimals ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={decimals ? 'any' : step}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') onChange(undefined);
          else if (Number.isFinite(e.target.valueAsNumber)) onChange(e.target.valueAsNumber);
        }}
      />
    </div>
  );
}
