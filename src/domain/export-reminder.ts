/**
 * When to suggest exporting: the diary lives only on the phone, so after 30 days or 20 new records
 * without an export, a gentle reminder.
 */

export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_RECORDS = 20;

/**
 * @param lastExportAt epoch ms of the last export, if any
 * @param oldestNewRecordAt epoch ms of the oldest record made since then (or ever), if any
 * @param newRecords how many records were made since the last export (or ever)
 */
export function shouldRemindExport(lastExportAt: number | undefined, oldestNewRecordAt: number | undefined, newRecords: number, now: number): boolean {
  if (newRecords === 0 || oldestNewRecordAt === undefined) return false;
  if (newRecords >= REMIND_AFTER_RECORDS) return true;
  return now - (lastExportAt ?? oldestNewRecordAt) >= REMIND_AFTER_DAYS * 86_400_000;
}
