/**
 * The inline script in index.html decides the first paint's theme before any module loads: it must decide
 * exactly as isNightTheme does, for every choice, device setting and hour.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNightTheme, THEME_MODES } from '../domain/settings';

const html = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const boot = new Function(/<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'throw new Error("no inline script")') as () => void;

function firstPaint(saved: unknown, deviceDark: boolean, hour: number): string | null {
  document.documentElement.setAttribute('data-theme', 'night');
  if (saved === undefined) localStorage.removeItem('crampnote-theme');
  else localStorage.setItem('crampnote-theme', JSON.stringify(saved));
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('dark') && deviceDark }));
  vi.setSystemTime(new Date(2026, 10, 26, hour, 30));
  boot();
  return document.documentElement.getAttribute('data-theme');
}

describe('the first paint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('decides as the app does for every choice, device setting and hour', () => {
    vi.useFakeTimers();
    for (const theme of THEME_MODES) {
      for (const [nightFromHour, nightToHour] of [[20, 8], [8, 20], [22, 22], [0, 6]] as const) {
        for (const deviceDark of [true, false]) {
          for (let hour = 0; hour < 24; hour++) {
            const expected = isNightTheme({ theme, nightFromHour, nightToHour }, hour, deviceDark) ? 'night' : 'day';
            expect(firstPaint({ theme, nightFromHour, nightToHour }, deviceDark, hour), `${theme} ${nightFromHour}-${nightToHour} ${deviceDark ? 'dark' : 'light'} device at ${hour}h`).toBe(expected);
          }
        }
      }
    }
  });

  it('stays in the night theme with nothing remembered, or something unreadable', () => {
    vi.useFakeTimers();
    expect(firstPaint(undefined, false, 12)).toBe('night');
    localStorage.setItem('crampnote-theme', '{not json');
    boot();
    expect(document.documentElement.getAttribute('data-theme')).toBe('night');
  });
});
