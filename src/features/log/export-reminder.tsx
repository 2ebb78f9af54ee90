/**
 * A gentle reminder to export, after 30 days or 20 new records without one.
 */
import { REMIND_AFTER_RECORDS, shouldRemindExport } from '../../domain/export-reminder';
import { messages as m } from '../../i18n/messages';
import { useRecordsSince, useSettings } from '../../storage/live';
import { useRoute } from '../../state/route-store';
import { useNow } from '../../ui/use-now';

export function ExportReminder() {
  const settings = useSettings();
  const since = settings?.lastExportAt ?? 0;
  const records = useRecordsSince(since, REMIND_AFTER_RECORDS);
  const now = useNow();
  const navigate = useRoute((s) => s.navigate);
  if (!settings || !records || !shouldRemindExport(settings.lastExportAt, records.oldest, records.count, now)) return null;
  return (
    <aside className="card" aria-label={m.data.title}>
      <p>{m.data.reminder}</p>
      <button type="button" className="secondary" onClick={() => navigate('/data')}>
        {m.data.reminderAction}
      </button>
    </aside>
  );
}
