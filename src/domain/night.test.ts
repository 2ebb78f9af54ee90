import { describe, expect, it } from 'vitest';
import { addNights, checkInNight, isNightKey, lastNight, nightDate, nightOf } from './night';

const utc = (iso: string) => Date.parse(iso);

describe('nightOf', () => {
  it('puts a 2 a.m. cramp on the previous evening', () => {
    expect(nightOf(utc('2026-11-26T02:00:00Z'), 0)).toBe('2026-11-25');
  });

  it('puts an evening cramp on that evening', () => {
    expect(nightOf(utc('2026-11-25T23:30:00Z'), 0)).toBe('2026-11-25');
  });

  it('hands over at noon local time', () => {
    expect(nightOf(utc('2026-11-26T11:59:00Z'), 0)).toBe('2026-11-25');
    expect(nightOf(utc('2026-11-26T12:00:00Z'), 0)).toBe('2026-11-26');
  });

  it('uses local time: 01:00 in New York is 06:00 UTC, still the night before', () => {
    expect(nightOf(utc('2026-11-26T06:00:00Z'), -300)).toBe('2026-11-25');
  });

  it('uses local time east of UTC: 23:00 UTC is 08:00 next day in Tokyo, the night of the 26th', () => {
    expect(nightOf(utc('2026-11-26T23:00:00Z'), 540)).toBe('2026-11-26');
  });

  it('crosses month and year ends', () => {
    expect(nightOf(utc('2027-01-01T03:00:00Z'), 0)).toBe('2026-12-31');
    expect(nightOf(utc('2026-03-01T03:00:00Z'), 0)).toBe('2026-02-28');
  });

  it('keeps the night on the night a clock goes forward (Europe/London, 29 March 2026)', () => {
    // 00:30 GMT then 03:30 BST: both belong to the night of the 28th.
    expect(nightOf(utc('2026-03-29T00:30:00Z'), 0)).toBe('2026-03-28');
    expect(nightOf(utc('2026-03-29T02:30:00Z'), 60)).toBe('2026-03-28');
  });
});

describe('lastNight', () => {
  it('in the morning is the night just ended', () => {
    expect(lastNight(utc('2026-11-26T07:00:00Z'), 0)).toBe('2026-11-25');
  });
  it('in the evening is still last night, not tonight', () => {
    expect(lastNight(utc('2026-11-26T21:00:00Z'), 0)).toBe('2026-11-25');
  });
});

describe('checkInNight', () => {
  it('offers tonight\'s check-in from 5 pm to midnight, and last night\'s after midnight and through the day', () => {
    expect(checkInNight(utc('2026-11-26T17:00:00Z'), 0)).toEqual({ night: '2026-11-26', tonight: true });
    expect(checkInNight(utc('2026-11-26T23:59:00Z'), 0)).toEqual({ night: '2026-11-26', tonight: true });
    expect(checkInNight(utc('2026-11-27T00:30:00Z'), 0)).toEqual({ night: '2026-11-26', tonight: false });
    expect(checkInNight(utc('2026-11-27T08:00:00Z'), 0)).toEqual({ night: '2026-11-26', tonight: false });
    expect(checkInNight(utc('2026-11-27T16:59:00Z'), 0)).toEqual({ night: '2026-11-26', tonight: false });
    // In the person's own time: 18:00 in New York is 23:00 UTC.
    expect(checkInNight(utc('2026-11-26T23:00:00Z'), -300)).toEqual({ night: '2026-11-26', tonight: true });
  });
});

describe('night keys', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isNightKey('2028-02-29')).toBe(true);
    expect(isNightKey('2026-02-29')).toBe(false);
    expect(isNightKey('2026-13-01')).toBe(false);
    expect(isNightKey('2026-1-01')).toBe(false);
    expect(isNightKey('yesterday')).toBe(false);
  });

  it('adds nights by the calendar', () => {
    expect(addNights('2026-12-31', 1)).toBe('2027-01-01');
    expect(addNights('2026-03-01', -1)).toBe('2026-02-28');
    expect(addNights('2026-11-25', -59)).toBe('2026-09-27');
  });

  it('refuses to do arithmetic on something that is not a night', () => {
    expect(() => addNights('soon', 1)).toThrow(RangeError);
    expect(() => nightDate('2026/11/25')).toThrow(RangeError);
  });
});
