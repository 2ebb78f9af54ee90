import { describe, expect, it } from 'vitest';
import { foldLine, reminderCalendar, type Reminder } from './reminders';

const NOW = Date.parse('2026-11-26T15:00:00Z');
const morning: Reminder = { kind: 'morning', time: '07:30', summary: 'Crampnote: last night', description: 'Tap "No cramp last night", or add what is missing; a cramp-free night counts too.' };
const evening: Reminder = { kind: 'evening', time: '21:15', summary: 'Crampnote: evening check-in', description: 'Drinks, caffeine, exercise, time on feet; it takes a minute.' };

describe('reminderCalendar', () => {
  const ics = reminderCalendar([morning, evening], '2026-11-26', 'https://crampnote.example/', NOW);
  const lines = ics.split('\r\n');

  it('is an RFC 5545 calendar: CRLF lines of at most 75 octets, one daily event with an alarm per reminder', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'RRULE:FREQ=DAILY')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('starts today at the chosen local times, floating (no time zone), stamped in UTC', () => {
    expect(lines).toContain('DTSTART:20261126T073000');
    expect(lines).toContain('DTSTART:20261126T211500');
    expect(lines).toContain('DTSTAMP:20261126T150000Z');
    expect(ics).not.toMatch(/TZID/);
  });

  it('escapes text and links to the app', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Crampnote: evening check-in');
    expect(unfolded).toContain('DESCRIPTION:Drinks\\, caffeine\\, exercise\\, time on feet\\; it takes a minute.\\nhttps://crampnote.example/');
    expect(unfolded).toContain('URL:https://crampnote.example/');
  });

  it('refuses a time that is not a time of day', () => {
    expect(() => reminderCalendar([{ ...morning, time: '25:00' }], '2026-11-26', 'https://x/', NOW)).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
