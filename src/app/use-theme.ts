/**
 * Applies the night or day theme to the page. The night theme is the default and is already painted by
 * index.html before any script runs, so a start never flashes white; its inline script applies the
 * remembered choice before that first paint, and until the settings are read from the database the
 * remembered choice is used here too, so the page never switches twice.
 */
import { useEffect, useState } from 'react';
import { isNightTheme, type Settings } from '../domain/settings';
import { uiStorage } from '../state/local-storage';

/** Read by the inline script of index.html before the first paint: do not rename without changing it too. */
const THEME_KEY = 'crampnote-theme';
type ThemeChoice = Pick<Settings, 'theme' | 'nightFromHour' | 'nightToHour'>;

function rememberedChoice(): ThemeChoice | undefined {
  try {
    const saved = JSON.parse(uiStorage().getItem(THEME_KEY) ?? 'null') as ThemeChoice | null;
    return saved ?? undefined;
  } catch {
    return undefined;
  }
}

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
  const [remembered] = useState(rememberedChoice);
  const choice = settings ?? remembered;
  const night = choice ? isNightTheme(choice, hour, deviceDark) : true;
  useEffect(() => {
    if (!settings) return;
    // Only a choice the person made is remembered: the defaults (never saved, as after "delete
    // everything") paint the night theme without help, and leave nothing behind.
    if (settings.updatedAt === 0) {
      uiStorage().removeItem(THEME_KEY);
      return;
    }
    const { theme, nightFromHour, nightToHour } = settings;
    uiStorage().setItem(THEME_KEY, JSON.stringify({ theme, nightFromHour, nightToHour }));
  }, [settings]);
  useEffect(() => {
    document.documentElement.dataset.theme = night ? 'night' : 'day';
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', night ? NIGHT_COLOR : DAY_COLOR);
  }, [night]);
}
