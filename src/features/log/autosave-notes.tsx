/**
 * Free notes, saved keystroke by keystroke. The text on screen is the person's: a save that fails leaves
 * it in the field, and the next keystroke tries again.
 */
import { useId, useState } from 'react';
import { LIMITS } from '../../domain/episode';

interface Props {
  label: string;
  initial: string;
  onSave: (text: string) => unknown;
}

export function AutosaveNotes({ label, initial, onSave }: Props) {
  const id = useId();
  const [text, setText] = useState(initial);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={LIMITS.notesLength.max}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onSave(e.target.value);
        }}
      />
    </div>
  );
}
