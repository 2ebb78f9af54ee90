/**
 * Reminders with no server and no account: a calendar file (RFC 5545) with a daily event and an alarm at
 * the times the person picks, which their phone's own calendar then keeps, offline. The times are
 * "floating" (no time zone), so a reminder at 7:30 stays at 7:30 wherever the phone is.
 */

export type ReminderKind = 'morning' | 'evening';

export interface Reminder {
  kind: ReminderKind;
  /** Local time of day, "HH:MM". */
  time: string;
  summary: string;
  description: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(text: string): boolean {
  return TIME.test(text);
}

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and newline escaped. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * The calendar file for `reminders`, starting on the day of `today` (local "YYYY-MM-DD").
 * @param url where the app lives, put in each event so a tap opens it
 * @param now epoch ms, the file's DTSTAMP
 */
export function reminderCalendar(reminders: readonly Reminder[], today: string, url: string, now: number): string {
  const day = today.replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Crampnote//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    const match = TIME.exec(r.time);
    if (!match) throw new RangeError(`Not a time of day: ${r.time}`);
    const description = `${r.description}\n${url}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:crampnote-${r.kind}-${stamp(now)}@crampnote.app`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${day}T${match[1]}${match[2]}00`,
      'DURATION:PT5M',
      'RRULE:FREQ=DAILY',
      `SUMMARY:${escapeText(r.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:PT0M',
      `DESCRIPTION:${escapeText(r.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
