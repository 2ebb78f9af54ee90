/**
 * Shown in place of any screen that would show diary content while the diary is locked. The passphrase
 * opens it; a wrong one says so, and after a few wrong ones each try waits longer (state/unlock-tries).
 * "Log a cramp" and the emergency signs stay one tap away.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { plural } from '../../i18n/format';
import { screens } from '../../i18n/screens';
import { unlockWith } from '../../storage/lock';
import { guardWrite } from '../../state/notice-store';
import { countWrongPassphrase, forgetWrongPassphrases, unlockWait } from '../../state/unlock-tries';
import { useRoute } from '../../state/route-store';
import { PassphraseInput } from '../../ui/passphrase-input';
import { useLocale } from '../../ui/use-locale';

/**
 * Seconds left to wait, counted down once a second while there are any. Each step re-reads the time left
 * and schedules the next from it (a little after the second turns, since a timer may fire early), so the
 * count never stops short of zero.
 */
function useWaitSeconds(): [number, () => void] {
  const [seconds, setSeconds] = useState(() => Math.ceil(unlockWait() / 1000));
  const [step, setStep] = useState(0);
  useEffect(() => {
    const left = unlockWait();
    if (left <= 0) return;
    const t = setTimeout(() => {
      setSeconds(Math.ceil(unlockWait() / 1000));
      setStep((n) => n + 1);
    }, (left % 1000 || 1000) + 25);
    return () => clearTimeout(t);
  }, [step]);
  const recount = () => {
    setSeconds(Math.ceil(unlockWait() / 1000));
    setStep((n) => n + 1);
  };
  return [seconds, recount];
}

export function UnlockScreen({ onUnlocked }: { onUnlocked?: () => void }) {
  const id = useId();
  const locale = useLocale();
  const navigate = useRoute((s) => s.navigate);
  const words = screens.unlock;
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [seconds, recount] = useWaitSeconds();
  const input = useRef<HTMLInputElement>(null);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || seconds > 0 || !passphrase) return;
    setBusy(true);
    const opened = await guardWrite(() => unlockWith(passphrase));
    if (!mounted.current) return;
    setBusy(false);
    if (opened) {
      forgetWrongPassphrases();
      onUnlocked?.();
      return;
    }
    if (opened === false) {
      countWrongPassphrase();
      setWrong(true);
      setPassphrase('');
      recount();
      input.current?.focus();
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="unlock">
      <h1 id={`${id}-title`}>{words.title}</h1>
      <p>{words.intro}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{words.passphrase}</label>
          <PassphraseInput
            ref={input}
            id={`${id}-passphrase`}
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? `${id}-wrong` : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </div>
        {(wrong || seconds > 0) && (
          <div id={`${id}-wrong`} className="field-error" role="alert">
            {wrong && <p>{words.wrong}</p>}
            {seconds > 0 && <p>{plural(words.wait, seconds, locale)}</p>}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || seconds > 0}>{busy ? words.unlocking : words.unlock}</button>
        </div>
      </form>
      <button type="button" className="secondary" onClick={() => navigate('/')}>{words.logCramp}</button>
    </section>
  );
}
