/**
 * A number typed with the phone's number pad. It is stored when the field is left (or Enter is pressed,
 * or the app is about to reload), never keystroke by keystroke: typing 700 must not store 70 on the way.
 * A value outside the allowed range is refused whole, and the field says so and why; a save that fails
 * says so beside the field. An empty field clears the value. While the field is not being typed in, it
 * follows the stored value, so a change made elsewhere is never written back over.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { readTyped, type Limit } from '../domain/record';
import { format } from '../i18n/messages';
import { screens } from '../i18n/screens';
import { dropDraft, keepDraft, readDraft, registerFlush, releaseDraft } from '../state/unsaved';

interface Props {
  label: string;
  hint?: string;
  value: number | undefined;
  /** Resolves to undefined when the save failed. */
  onChange: (value: number | undefined) => unknown;
  /** The record's limit for the field, in the unit typed: the field refuses what the record would. */
  limit: Limit;
  /** Names the field's draft while it is not stored (record and field), so it survives a reload. */
  draftKey?: string;
}

const shown = (value: number | undefined) => (value === undefined ? '' : String(value));

/** Why typed text cannot be stored, or undefined when it can. */
function problemOf(text: string, limit: Limit): string | undefined {
  const read = readTyped(text, limit);
  if (read.ok) return undefined;
  switch (read.problem.reason) {
    case 'not-whole':
      return screens.field.wholeNumber;
    case 'out-of-range':
      return format(screens.field.outOfRange, { min: limit.min, max: limit.max });
    default:
      return screens.field.notANumber;
  }
}

export function NumberField({ label, hint, value, onChange, limit, draftKey }: Props) {
  const id = useId();
  const [text, setText] = useState(() => (draftKey ? readDraft(draftKey) : undefined) ?? shown(value));
  const [error, setError] = useState<string | undefined>(() => (draftKey && readDraft(draftKey) !== undefined ? screens.field.notSaved : undefined));
  const editing = useRef(false);
  const committed = useRef(shown(value));

  // Not being typed in: follow the stored value.
  useEffect(() => {
    if (editing.current || error) return;
    committed.current = shown(value);
    setText(shown(value));
  }, [value, error]);

  const commit = async (current: string) => {
    editing.current = false;
    const problem = problemOf(current, limit);
    if (problem) {
      setError(problem);
      if (draftKey) keepDraft(draftKey, current);
      return;
    }
    if (current.trim() === committed.current) {
      setError(undefined);
      if (draftKey) dropDraft(draftKey);
      return;
    }
    const result = await onChange(current.trim() === '' ? undefined : Number(current));
    if (result === undefined) {
      setError(screens.field.notSaved);
      if (draftKey) keepDraft(draftKey, current);
    } else {
      committed.current = current.trim();
      setError(undefined);
      if (draftKey) dropDraft(draftKey);
    }
  };

  useEffect(() => () => (draftKey ? releaseDraft(draftKey) : undefined), [draftKey]);
  // Committed before an update reloads the app or the screen is left while it is still being typed in.
  useEffect(() => registerFlush(() => editing.current && void commit(text)));

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        type="text"
        inputMode={limit.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          editing.current = true;
          setText(e.target.value);
          const problem = problemOf(e.target.value, limit);
          if (problem) setError(problem);
          else if (error && error !== screens.field.notSaved) setError(undefined);
        }}
        onBlur={() => void commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit(text);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
