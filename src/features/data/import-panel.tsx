/**
 * Import: the whole file is checked and planned first; the summary says what will be added and updated;
 * only on confirmation is it written, in one transaction. A bad file gets one sentence and changes nothing.
 * An encrypted backup asks for its passphrase first; a wrong one says so and changes nothing.
 */
import { useId, useState, type FormEvent } from 'react';
import { checkExport, isEmptyPlan, MAX_IMPORT_BYTES, parseExport, readJson, type ImportPlan, type ImportProblem, type ParseResult } from '../../domain/backup';
import { sealedReading, type SealedBackup } from '../../domain/sealed-backup';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { importFile, planChecked, type PreparedImport } from '../../storage/backup';
import { openSealed } from '../../storage/sealed-backup';
import { requestPersistence } from '../../platform/persistence';
import { guardWrite } from '../../state/notice-store';
import { PassphraseInput } from '../../ui/passphrase-input';
import { readFileText } from '../../ui/read-file-text';

type Stage =
  | { name: 'idle' }
  | { name: 'checking' }
  | { name: 'problem'; problem: ImportProblem }
  | { name: 'locked'; file: SealedBackup; size: number; wrong: boolean; opening: boolean }
  | { name: 'preview'; prepared: PreparedImport & { ok: true } }
  | { name: 'done'; summary: string };

export function problemText(problem: ImportProblem): string {
  const text = screens.data.problems[problem.kind];
  const why = problem.kind === 'invalid' ? screens.reasons[problem.why] : '';
  return format(text, { ...problem, why, version: 'version' in problem ? problem.version : '' } as Record<string, string | number>);
}

function summaryText(plan: ImportPlan): string {
  const { episodes, checkIns, answerSets } = plan.counts;
  return format(screens.data.summary, {
    episodesNew: episodes.added,
    episodesUpdated: episodes.updated,
    checkInsNew: checkIns.added,
    checkInsUpdated: checkIns.updated,
    conflicts: episodes.conflicts + checkIns.conflicts + answerSets.conflicts,
  });
}

export function ImportPanel() {
  const id = useId();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });

  const prepare = async (parsed: ParseResult) => {
    const prepared = await planChecked(parsed).catch((): PreparedImport => ({ ok: false, problem: { kind: 'unreadable' } }));
    setStage(prepared.ok ? { name: 'preview', prepared } : { name: 'problem', problem: prepared.problem });
  };

  const check = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setStage({ name: 'problem', problem: { kind: 'too-large' } });
    setStage({ name: 'checking' });
    const text = await readFileText(file).catch(() => undefined);
    if (text === undefined) return setStage({ name: 'problem', problem: { kind: 'unreadable' } });
    // The text is read as JSON once. An encrypted backup asks for its passphrase first; then it is
    // checked like any export.
    const json = readJson(text, file.size);
    if (!json.ok) return setStage({ name: 'problem', problem: json.problem });
    const sealed = sealedReading(json.value);
    if (sealed.kind === 'sealed') return setStage({ name: 'locked', file: sealed.file, size: file.size, wrong: false, opening: false });
    if (sealed.kind === 'newer-format') return setStage({ name: 'problem', problem: { kind: 'newer-format', version: sealed.version } });
    if (sealed.kind === 'damaged') return setStage({ name: 'problem', problem: { kind: 'damaged' } });
    await prepare(checkExport(json.value));
  };

  const unlock = async (event: FormEvent<HTMLFormElement>, locked: Stage & { name: 'locked' }) => {
    event.preventDefault();
    const passphrase = new FormData(event.currentTarget).get('passphrase');
    setStage({ ...locked, opening: true });
    const text = await openSealed(locked.file, typeof passphrase === 'string' ? passphrase : '');
    if (text === null) return setStage({ ...locked, wrong: true, opening: false });
    await prepare(parseExport(text, locked.size));
  };

  const confirm = async (prepared: PreparedImport & { ok: true }) => {
    // What is summarised afterwards is what was really written, planned again inside the write.
    const written = await guardWrite(() => importFile(prepared.file));
    if (written) void requestPersistence();
    setStage(written ? { name: 'done', summary: summaryText(written) } : { name: 'idle' });
  };

  const nothing = stage.name === 'preview' && isEmptyPlan(stage.prepared.plan);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{screens.data.importTitle}</h2>
      <p className="hint">{screens.data.importHint}</p>
      <label className="file-button" htmlFor={`${id}-file`}>
        {screens.data.chooseFile}
      </label>
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          void check(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div role="status" aria-live="polite">
        {stage.name === 'checking' && <p>{screens.data.checking}</p>}
        {stage.name === 'done' && <p>{format(screens.data.imported, { summary: stage.summary })}</p>}
        {stage.name === 'preview' && (
          <div className="card">
            <p>{nothing ? screens.data.summaryNothing : summaryText(stage.prepared.plan)}</p>
            {!nothing && <p className="hint">{screens.data.conflictsNote}</p>}
            <div className="actions">
              {!nothing && (
                <button type="button" className="primary" onClick={() => confirm(stage.prepared)}>
                  {screens.data.confirmImport}
                </button>
              )}
              <button type="button" className="secondary" onClick={() => setStage({ name: 'idle' })}>
                {screens.data.cancelImport}
              </button>
            </div>
          </div>
        )}
      </div>
      {stage.name === 'locked' && (
        <form className="card" onSubmit={(e) => unlock(e, stage)} noValidate>
          <p>{screens.data.sealedImport}</p>
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{screens.data.openPassphrase}</label>
            <PassphraseInput id={`${id}-passphrase`} name="passphrase" autoComplete="current-password" aria-invalid={stage.wrong ? true : undefined} aria-describedby={stage.wrong ? `${id}-wrong` : undefined} />
          </div>
          {stage.wrong && <p id={`${id}-wrong`} className="field-error" role="alert">{screens.data.wrongPassphrase}</p>}
          <div className="actions">
            <button type="submit" className="primary" disabled={stage.opening}>{stage.opening ? screens.data.opening : screens.data.openSealed}</button>
            <button type="button" className="secondary" onClick={() => setStage({ name: 'idle' })}>{screens.data.cancelImport}</button>
          </div>
        </form>
      )}
      {stage.name === 'problem' && (
        <p role="alert" className="notice problem">
          {problemText(stage.problem)}
        </p>
      )}
    </section>
  );
}
