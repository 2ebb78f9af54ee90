import { describe, expect, it } from 'vitest';
import { defaultEmergencyNumber, isDialable } from './emergency-number';
import { needsIosInstallHint } from './platform';
import { defaultSettings, isNightTheme, uses12HourClock } from './settings';

describe('night theme', () => {
  const hours = { theme: 'hours' as const, nightFromHour: 20, nightToHour: 8 };
  it('is on by default, whatever the time and device', () => {
    expect(isNightTheme(defaultSettings('en-GB'), 13, false)).toBe(true);
  });
  it('follows the device when asked', () => {
    expect(isNightTheme({ ...hours, theme: 'device' }, 13, true)).toBe(true);
    expect(isNightTheme({ ...hours, theme: 'device' }, 2, false)).toBe(false);
  });
  it('spans midnight between hours', () => {
    expect(isNightTheme(hours, 22, false)).toBe(true);
    expect(isNightTheme(hours, 3, false)).toBe(true);
    expect(isNightTheme(hours, 8, false)).toBe(false);
    expect(isNightTheme(hours, 19, false)).toBe(false);
  });
  it('works for a span inside one day', () => {
    expect(isNightTheme({ ...hours, nightFromHour: 1, nightToHour: 6 }, 3, false)).toBe(true);
    expect(isNightTheme({ ...hours, nightFromHour: 1, nightToHour: 6 }, 7, false)).toBe(false);
  });
});

describe('clock', () => {
  it('follows the locale unless set', () => {
    expect(uses12HourClock('auto', true)).toBe(true);
    expect(uses12HourClock('24', true)).toBe(false);
    expect(uses12HourClock('12', false)).toBe(true);
  });
});

describe('defaults from the locale', () => {
  it('uses the local emergency number, 112 when the region is unknown', () => {
    expect(defaultEmergencyNumber('en-US')).toBe('911');
    expect(defaultEmergencyNumber('en-GB')).toBe('999');
    expect(defaultEmergencyNumber('en-AU')).toBe('000');
    expect(defaultEmergencyNumber('de-DE')).toBe('112');
    expect(defaultEmergencyNumber('fr')).toBe('112');
    expect(defaultSettings('en-US')).toMatchObject({ emergencyNumber: '911', temperatureUnit: 'f', theme: 'always' });
  });
  it('accepts only dialable numbers', () => {
    expect(isDialable('911')).toBe(true);
    expect(isDialable('+44999')).toBe(true);
    expect(isDialable('9-1-1')).toBe(false);
    expect(isDialable('')).toBe(false);
  });
});

describe('iOS install hint', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
  const mac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
  it('shows in iPhone Safari and on iPads that claim to be Macs', () => {
    expect(needsIosInstallHint({ userAgent: iphone, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(needsIosInstallHint({ userAgent: mac, maxTouchPoints: 5, standalone: false })).toBe(true);
  });
  it('does not show once installed, nor on a Mac or Android', () => {
    expect(needsIosInstallHint({ userAgent: iphone, maxTouchPoints: 5, standalone: true })).toBe(false);
    expect(needsIosInstallHint({ userAgent: mac, maxTouchPoints: 0, standalone: false })).toBe(false);
    expect(needsIosInstallHint({ userAgent: 'Mozilla/5.0 (Linux; Android 15) Chrome/140 Mobile', maxTouchPoints: 5, standalone: false })).toBe(false);
  });
});
