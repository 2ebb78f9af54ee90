import { describe, expect, it } from 'vitest';
import { shouldRemindExport } from './export-reminder';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);

describe('export reminder', () => {
  it('stays quiet for an empty diary or a recent export', () => {
    expect(shouldRemindExport(undefined, undefined, 0, NOW)).toBe(false);
    expect(shouldRemindExport(NOW - 5 * DAY, NOW - 2 * DAY, 3, NOW)).toBe(false);
  });
  it('reminds after 20 new records', () => {
    expect(shouldRemindExport(NOW - 2 * DAY, NOW - DAY, 19, NOW)).toBe(false);
    expect(shouldRemindExport(NOW - 2 * DAY, NOW - DAY, 20, NOW)).toBe(true);
  });
  it('reminds 30 days after the last export when something new was written', () => {
    expect(shouldRemindExport(NOW - 30 * DAY, NOW - DAY, 1, NOW)).toBe(true);
    expect(shouldRemindExport(NOW - 30 * DAY, undefined, 0, NOW)).toBe(false);
  });
  it('without any export, counts from the oldest record', () => {
    expect(shouldRemindExport(undefined, NOW - 29 * DAY, 5, NOW)).toBe(false);
    expect(shouldRemindExport(undefined, NOW - 31 * DAY, 5, NOW)).toBe(true);
  });
});
