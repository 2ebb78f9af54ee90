/**
 * Free notes, saved keystroke by keystroke. The text on screen is the person's: a save that fails says
 * so beside the field, keeps the text (on screen and on the device) and tries again with the next
 * keystroke. While the field is not focused it follows the stored note; when the stored note changes
 * underneath a focused field (another tab, an import), nothing is written until the person picks which
 * text to keep.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { NOTES_MAX } from '../../domain/episode';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { dropDraft, keepDraft, readDraft, releaseDraft } from '../../state/unsaved';

interface Props {
  label: string;
  /** The note as stored now. */
  stored: string;
  /** Names the note's draft while it is not stored, so it survives a reload. */
  draftKey: string;
  /** Resolves to undefined when the save failed. */
  onSave: (text: string) => unknown;
}

export function AutosaveNotes({ label, stored, draftKey, onSave }: Props) {
  const id = useId();
  const [text, setText] = useState(() => readDraft(draftKey) ?? stored);
  const [failed, setFailed] = useState(() => readDraft(draftKey) !== undefined && readDraft(draftKey) !== stored);
  const [conflict, setConflict] = useState<string | undefined>();
  const focused = useRef(false);
  // The stored text this field last agreed with: what it read, or what it wrote.
  const base = useRef(stored);

  useEffect(() => {
    if (stored === base.current) return;
    if (stored === text) {
      base.current = stored;
      return;
    }
    if (!focused.current && !failed) {
      base.current = stored;
      setText(stored);
    } else setConflict(stored);
    // Only a change of the stored note matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  useEffect(() => () => releaseDraft(draftKey), [draftKey]);

  const save = async (next: string) => {
    const result = await onSave(next);
    if (result === undefined) {
      keepDraft(draftKey, next);
      setFailed(true);
      return;
    }
    base.current = next;
    setFailed(false);
    dropDraft(draftKey);
  };

  const resolve = (keep: 'mine' | 'newer') => {
    const newer = conflict ?? stored;
    setConflict(undefined);
    base.current = newer;
    if (keep === 'newer') {
      setText(newer);
      setFailed(false);
      dropDraft(draftKey);
    } else void save(text);
  };

  const notSaved = failed || conflict !== undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={NOTES_MAX}
        // Health notes stay on the phone: no spelling or correction service that may send text to a server.
        spellCheck={false}
        autoCorrect="off"
        autoComplete="off"
        value={text}
        aria-invalid={notSaved ? true : undefined}
        aria-describedby={notSaved ? `${id}-problem` : undefined}
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
        onChange={(e) => {
          setText(e.target.value);
          if (conflict !== undefined) keepDraft(draftKey, e.target.value);
          else void save(e.target.value);
        }}
      />
      {conflict !== undefined ? (
        <div id={`${id}-problem`} className="field-error" role="group" aria-label={screens.field.changedElsewhere}>
          <p>{screens.field.changedElsewhere}</p>
          <p className="newer-text">{format(screens.field.newerText, { text: conflict })}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => resolve('mine')}>{screens.field.keepMine}</button>
            <button type="button" className="secondary" onClick={() => resolve('newer')}>{screens.field.useNewer}</button>
          </div>
        </div>
      ) : (
        failed && (
          <div id={`${id}-problem`} className="field-error">
            <p>{screens.field.notSaved}</p>
            <button type="button" className="secondary" onClick={() => void save(text)}>{screens.field.tryAgain}</button>
          </div>
        )
      )}
    </div>
  );
}
