/**
 * A 0-10 scale as eleven large radio buttons.
 */
import { useId } from 'react';

interface Props {
  legend: string;
  value: number | undefined;
  onChange: (value: number) => void;
}

const POINTS = Array.from({ length: 11 }, (_, i) => i);

export function ScaleField({ legend, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="scale">
        {POINTS.map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
