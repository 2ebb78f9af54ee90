/**
 * The lock in Settings. Off: what it does, the plain warning that a forgotten passphrase cannot be
 * recovered, an encrypted backup offered first, then the passphrase typed twice with its strength. On:
 * Lock now, when to lock by itself, a new passphrase, and turning it off (the passphrase asked again).
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { plural } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/sealed-backup';
import { changeLockPassphrase, setAutoLockMinutes, turnOffLock, turnOnLock } from '../../storage/lock';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES, lockNow, useAutoLockMinutes, useLockState } from '../../storage/lock-state';
import { guardWrite } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { ChoiceGroup } from '../../ui/choice-group';
import type { SaveResult } from '../../ui/use-optimistic-value';
import { PassphraseInput } from '../../ui/passphrase-input';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from '../../ui/new-passphrase';
import { useLocale } from '../../ui/use-locale';

const EMPTY: NewPassphrase = { first: '', again: '' };

function AutoLockChoice({ value, onChange }: { value: number; onChange: (minutes: number) => SaveResult }) {
  const locale = useLocale();
  const words = screens.lock;
  return (
    <ChoiceGroup
      legend={words.autoLock}
      columns={2}
      choices={AUTO_LOCK_CHOICES.map((minutes) => ({ value: String(minutes), label: minutes === 60 ? words.hour : plural(words.minutes, minutes, locale) }))}
      value={String(value)}
      onChange={(v) => onChange(Number(v))}
    />
  );
}

/** A form that says what went wrong in view, next to its button. */
function LockForm({ title, children, problem, busy, busyText, submitText, onSubmit, onCancel }: {
  title: string; children: ReactNode; problem?: string; busy: boolean; busyText: string; submitText: string; onSubmit: () => void; onCancel?: () => void;
}) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      {problem && <p className="field-error" role="alert">{problem}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? busyText : submitText}</button>
        {onCancel && <button type="button" className="secondary" onClick={onCancel}>{screens.lock.cancel}</button>}
      </div>
    </form>
  );
}

function PassphraseField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <PassphraseInput id={id} autoComplete="current-password" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/**
 * A lock form's submission: the form's own check first, then the change, saying in one sentence what went
 * wrong (a passphrase that is not the lock's, or a change that could not be stored).
 */
function useLockChange(change: () => Promise<boolean>, onChanged: () => void, check: () => string | undefined = () => undefined) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const wrong = check();
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    const changed = await guardWrite(change);
    setBusy(false);
    if (changed) return onChanged();
    setProblem(changed === false ? screens.lock.wrong : screens.lock.failed);
  };
  return { problem, busy, submit: () => void submit() };
}

function TurnOn({ onDone }: { onDone: (status: string) => void }) {
  const navigate = useRoute((s) => s.navigate);
  const words = screens.lock;
  const [open, setOpen] = useState(false);
  const [pair, setPair] = useState(EMPTY);
  const [minutes, setMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES);
  const { problem, busy, submit } = useLockChange(
    async () => (await turnOnLock(pair.first, minutes), true),
    () => {
      setPair(EMPTY);
      onDone(words.isOnStatus);
    },
    () => newPassphraseProblem(pair),
  );

  return (
    <>
      <p>{words.intro}</p>
      {!open ? (
        <button type="button" className="primary" onClick={() => setOpen(true)}>{words.turnOn}</button>
      ) : (
        <LockForm title={words.turnOn} problem={problem} busy={busy} busyText={words.turningOn} submitText={words.turnOn} onSubmit={submit} onCancel={() => setOpen(false)}>
          <p className="warning-text"><strong>{words.forgotten}</strong></p>
          <button type="button" className="secondary" onClick={() => navigate('/data')}>{words.backupFirst}</button>
          <NewPassphraseFields value={pair} onChange={setPair} />
          <AutoLockChoice value={minutes} onChange={(m) => (setMinutes(m), m)} />
        </LockForm>
      )}
    </>
  );
}

function ChangePassphrase({ onDone }: { onDone: (status: string) => void }) {
  const words = screens.lock;
  const [current, setCurrent] = useState('');
  const [pair, setPair] = useState(EMPTY);
  const { problem, busy, submit } = useLockChange(
    () => changeLockPassphrase(current, pair.first),
    () => {
      setCurrent('');
      setPair(EMPTY);
      onDone(words.changed);
    },
    () => newPassphraseProblem(pair),
  );
  return (
    <LockForm title={words.change} problem={problem} busy={busy} busyText={words.changeButton} submitText={words.changeButton} onSubmit={submit}>
      <PassphraseField label={words.current} value={current} onChange={setCurrent} />
      <NewPassphraseFields value={pair} onChange={setPair} label={format(words.newPassphrase, { min: MIN_PASSPHRASE_LENGTH })} />
    </LockForm>
  );
}

function TurnOff({ onDone }: { onDone: (status: string) => void }) {
  const words = screens.lock;
  const [current, setCurrent] = useState('');
  const { problem, busy, submit } = useLockChange(() => turnOffLock(current), () => onDone(words.isOff));
  return (
    <LockForm title={words.turnOff} problem={problem} busy={busy} busyText={words.turningOff} submitText={words.turnOffButton} onSubmit={submit}>
      <p>{words.turnOffIntro}</p>
      <PassphraseField label={words.current} value={current} onChange={setCurrent} />
    </LockForm>
  );
}

export function LockSection() {
  const id = useId();
  const words = screens.lock;
  const state = useLockState();
  const minutes = useAutoLockMinutes();
  const [status, setStatus] = useState('');
  const [form, setForm] = useState<'change' | 'off'>();
  const done = (text: string) => {
    setForm(undefined);
    setStatus(text);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="lock-section">
      <h2 id={`${id}-title`}>{words.title}</h2>
      {state === 'off' && <TurnOn onDone={done} />}
      {state === 'unlocked' && (
        <>
          <p>{words.isOn}</p>
          <button type="button" className="primary" onClick={lockNow}>{words.lockNow}</button>
          <AutoLockChoice value={minutes} onChange={(m) => guardWrite(async () => (await setAutoLockMinutes(m), m))} />
          <div className="actions">
            <button type="button" className="secondary" aria-expanded={form === 'change'} onClick={() => setForm(form === 'change' ? undefined : 'change')}>{words.change}</button>
            <button type="button" className="secondary" aria-expanded={form === 'off'} onClick={() => setForm(form === 'off' ? undefined : 'off')}>{words.turnOff}</button>
          </div>
          {form === 'change' && <ChangePassphrase onDone={done} />}
          {form === 'off' && <TurnOff onDone={done} />}
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
