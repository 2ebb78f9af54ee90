/**
 * Your data: export (an encrypted backup, plain JSON for moving and keeping, CSV for a spreadsheet),
 * import, the report, and
 * deleting everything.
 */
import { useId, useState } from 'react';
import { checkInsCsv, episodesCsv } from '../../domain/csv';
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { deleteEverything, exportDiary, markExported } from '../../storage/backup';
import { useSettings } from '../../storage/live';
import { formatDate, plural } from '../../i18n/format';
import { useLocale } from '../../ui/use-locale';
import { guardWrite, useNotices } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { forgetUiState } from '../../state/forget-ui-state';
import { deliverFiles } from '../../ui/deliver-files';
import { ImportPanel } from './import-panel';
import { SealedExport } from './sealed-export';

const stamp = (at: number) => new Date(at).toISOString().slice(0, 10);

export function DataScreen() {
  const settings = useSettings();
  const navigate = useRoute((s) => s.navigate);
  const confirmId = useId();
  const [word, setWord] = useState('');
  const [status, setStatus] = useState('');
  const locale = useLocale();

  const exportAs = async (kind: 'json' | 'csv') => {
    const now = Date.now();
    const file = await guardWrite(() => exportDiary(now));
    if (!file) return;
    const files =
      kind === 'json'
        ? [new File([JSON.stringify(file, null, 1)], `crampnote-${stamp(now)}.json`, { type: 'application/json' })]
        : [
            new File([episodesCsv(file.episodes)], `crampnote-cramps-${stamp(now)}.csv`, { type: 'text/csv' }),
            new File([checkInsCsv(file.checkIns)], `crampnote-check-ins-${stamp(now)}.csv`, { type: 'text/csv' }),
          ];
    const delivered = await deliverFiles(files, m.appName);
    if (delivered === 'cancelled') return;
    if (kind === 'json') await guardWrite(() => markExported(now));
    setStatus(plural(screens.data.exported, file.episodes.length + file.checkIns.length + file.answerSets.length, locale));
  };

  const removeAll = async () => {
    const done = await guardWrite(async () => {
      await deleteEverything();
      return true;
    });
    if (!done) return;
    // Nothing of the diary stays behind: the half-done wizard, read messages and drafts go too.
    forgetUiState();
    useNotices.getState().announce(screens.data.deleted);
    setWord('');
    navigate('/', { replace: true });
  };

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{m.data.title}</h1>
      <p>{screens.data.intro}</p>
      <p className="hint">{settings?.lastExportAt ? format(screens.data.lastExport, { date: formatDate(settings.lastExportAt, locale) }) : screens.data.neverExported}</p>
      <div className="actions column">
        <SealedExport onDone={setStatus} />
        <button type="button" className="secondary" onClick={() => exportAs('json')}>{screens.data.exportJson}</button>
        <button type="button" className="secondary" onClick={() => exportAs('csv')}>{screens.data.exportCsv}</button>
      </div>
      <p role="status">{status}</p>

      <ImportPanel />

      <h2>{screens.data.reportTitle}</h2>
      <button type="button" className="secondary" onClick={() => navigate('/report')}>{screens.data.reportLink}</button>

      <h2>{screens.data.deleteTitle}</h2>
      <p className="hint">{format(screens.data.deleteHint, { word: screens.data.deleteWord })}</p>
      <div className="field">
        <label htmlFor={confirmId}>{format(screens.data.deleteLabel, { word: screens.data.deleteWord })}</label>
        <input id={confirmId} type="text" autoComplete="off" autoCapitalize="characters" value={word} onChange={(e) => setWord(e.target.value)} />
      </div>
      <button type="button" className="danger" disabled={word.trim().toUpperCase() !== screens.data.deleteWord} onClick={removeAll}>
        {screens.data.deleteButton}
      </button>
    </section>
  );
}
