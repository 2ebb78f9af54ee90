import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceLocale } from '../../src/platform/locale';

describe('deviceLocale', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the first valid tag the browser reports', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'fr']);
    expect(deviceLocale()).toBe('en-GB');
  });

  it('never passes an invalid tag such as a POSIX "C" locale on to Intl', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['C']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('C');
    const locale = deviceLocale();
    expect(() => new Intl.DateTimeFormat(locale)).not.toThrow();
    expect(locale).not.toBe('C');
  });
});
