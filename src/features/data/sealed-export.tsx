/**
 * The encrypted backup: the person picks a passphrase (typed twice, at least MIN_PASSPHRASE_LENGTH
 * characters), is told plainly that without it the backup cannot be opened, and gets the export encrypted
 * with it. The passphrase is never stored.
 */
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/sealed-backup';
import { plural } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { exportSealed, markExported } from '../../storage/backup';
import { guardWrite } from '../../state/notice-store';
import { deliverFiles } from '../../ui/deliver-files';
import { useLocale } from '../../ui/use-locale';

const stamp = (at: number) => new Date(at).toISOString().slice(0, 10);

export function SealedExport({ onDone }: { onDone: (status: string) => void }) {
  const id = useId();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const words = screens.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ([...first].length < MIN_PASSPHRASE_LENGTH) return setProblem(format(words.passphraseShort, { min: MIN_PASSPHRASE_LENGTH }));
    if (first !== again) return setProblem(words.passphraseDiffer);
    setProblem(undefined);
    setBusy(true);
    const now = Date.now();
    const made = await guardWrite(() => exportSealed(first, now));
    setBusy(false);
    if (!made) return;
    const file = new File([JSON.stringify(made.file, null, 1)], `crampnote-encrypted-${stamp(now)}.json`, { type: 'application/json' });
    if ((await deliverFiles([file], m.appName)) === 'cancelled') return;
    await guardWrite(() => markExported(now));
    setFirst('');
    setAgain('');
    setOpen(false);
    onDone(plural(words.sealedMade, made.records, locale));
  };

  if (!open) {
    return <button type="button" className="primary" onClick={() => setOpen(true)}>{words.exportSealed}</button>;
  }
  return (
    <form className="card sealed" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{words.exportSealed}</h2>
      <p>{words.sealedIntro}</p>
      <div className="field">
        <label htmlFor={`${id}-first`}>{format(words.passphrase, { min: MIN_PASSPHRASE_LENGTH })}</label>
        <input id={`${id}-first`} type="password" autoComplete="new-password" spellCheck={false} value={first} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(e) => setFirst(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{words.passphraseAgain}</label>
        <input id={`${id}-again`} type="password" autoComplete="new-password" spellCheck={false} value={again} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(e) => setAgain(e.target.value)} />
      </div>
      {problem && <p id={`${id}-problem`} className="field-error" role="alert">{problem}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? words.sealing : words.makeSealed}</button>
      </div>
    </form>
  );
}
