/**
 * The encrypted backup: the person picks a passphrase (typed twice, at least MIN_PASSPHRASE_LENGTH
 * characters, its strength shown; a weak one is allowed here, where they may know better), is told plainly that without it the backup cannot be opened, and gets the export encrypted
 * with it. The passphrase is never stored.
 */
import { useId, useState, type FormEvent } from 'react';
import { plural } from '../../i18n/format';
import { messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { exportSealed, markExported } from '../../storage/backup';
import { guardWrite } from '../../state/notice-store';
import { deliverFiles } from '../../ui/deliver-files';
import { useLocale } from '../../ui/use-locale';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from '../../ui/new-passphrase';

const stamp = (at: number) => new Date(at).toISOString().slice(0, 10);

export function SealedExport({ onDone }: { onDone: (status: string) => void }) {
  const id = useId();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [pair, setPair] = useState<NewPassphrase>({ first: '', again: '' });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const words = screens.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = newPassphraseProblem(pair, true);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    const now = Date.now();
    const made = await guardWrite(() => exportSealed(pair.first, now));
    setBusy(false);
    if (!made) return;
    const file = new File([JSON.stringify(made.file, null, 1)], `crampnote-encrypted-${stamp(now)}.json`, { type: 'application/json' });
    if ((await deliverFiles([file], m.appName)) === 'cancelled') return;
    await guardWrite(() => markExported(now));
    setPair({ first: '', again: '' });
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
      <NewPassphraseFields value={pair} onChange={setPair} problemId={problem ? `${id}-problem` : undefined} />
      {problem && <p id={`${id}-problem`} className="field-error" role="alert">{problem}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? words.sealing : words.makeSealed}</button>
      </div>
    </form>
  );
}
