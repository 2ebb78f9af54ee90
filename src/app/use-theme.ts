/**
 * Applies the night or day theme to the page. The night theme is the default and is already painted by
 * index.html before any script runs, so a start never flashes white.
 */
import { useEffect, useState } from 'react';
import { isNightTheme, type Settings } from '../domain/settings';

const NIGHT_COLOR = '#1b140f';
const DAY_COLOR = '#f7f1e8';

function useDeviceDark(): boolean {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

function useHour(): number {
  const [hour, setHour] = useState(() => new Date().getHours());
  useEffect(() => {
    const t = setInterval(() => setHour(new Date().getHours()), 60_000);
    return () => clearInterval(t);
  }, []);
  return hour;
}

export function useTheme(settings: Settings | undefined): void {
  const deviceDark = useDeviceDark();
  const hour = useHour();
  const night = settings ? isNightTheme(settings, hour, deviceDark) : true;
  useEffect(() => {
    document.documentElement.dataset.theme = night ? 'night' : 'day';
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', night ? NIGHT_COLOR : DAY_COLOR);
  }, [night]);
}
