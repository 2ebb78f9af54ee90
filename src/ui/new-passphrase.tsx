/**
 * A new passphrase, typed twice, with its strength said as it is typed (in words, not colour alone). The
 * passphrase is never stored: the form that holds these fields uses it and forgets it.
 */
import { useId } from 'react';
import { passphraseStrength } from '../domain/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '../domain/sealed-backup';
import { format } from '../i18n/messages';
import { screens } from '../i18n/screens';
import { PassphraseInput } from './passphrase-input';

export interface NewPassphrase {
  first: string;
  again: string;
}

/** What is wrong with the pair, in one sentence, or undefined when it can be used. `allowWeak` for a backup, where the person may know better. */
export function newPassphraseProblem({ first, again }: NewPassphrase, allowWeak = false): string | undefined {
  const words = screens.passphrase;
  const strength = passphraseStrength(first);
  if (strength === 'too-short') return format(words.short, { min: MIN_PASSPHRASE_LENGTH });
  if (!allowWeak && strength === 'weak') return words.tooWeak;
  if (first !== again) return words.differ;
  return undefined;
}

interface Props {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  /** The id of the sentence that says what is wrong, when one is shown. */
  problemId?: string;
  label?: string;
}

export function NewPassphraseFields({ value, onChange, problemId, label }: Props) {
  const id = useId();
  const words = screens.passphrase;
  const strength = passphraseStrength(value.first);
  const invalid = problemId ? true : undefined;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-first`}>{label ?? format(words.label, { min: MIN_PASSPHRASE_LENGTH })}</label>
        <PassphraseInput
          id={`${id}-first`}
          autoComplete="new-password"
          value={value.first}
          aria-invalid={invalid}
          aria-describedby={[`${id}-strength`, problemId].filter(Boolean).join(' ')}
          onChange={(e) => onChange({ ...value, first: e.target.value })}
        />
        <p id={`${id}-strength`} className={`hint strength strength-${strength}`} aria-live="polite">
          {value.first ? format(words.strength, { strength: words.strengths[strength] }) : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{words.again}</label>
        <PassphraseInput
          id={`${id}-again`}
          autoComplete="new-password"
          value={value.again}
          aria-invalid={invalid}
          aria-describedby={problemId}
          onChange={(e) => onChange({ ...value, again: e.target.value })}
        />
      </div>
    </>
  );
}
