/**
 * Settings repository: the single settings row, with locale defaults until the person changes something.
 */
import { defaultSettings, type Settings, type SettingsPatch } from '../domain/settings';
import { getDatabase } from './connection';

/**
 * The device's locale as a valid BCP 47 tag. Browsers can report tags that Intl rejects (a POSIX "C"
 * locale reaches navigator.language on some Linux systems), so each candidate is checked, and the
 * runtime's own default is the last resort.
 */
export function deviceLocale(): string {
  const candidates = [...(navigator.languages ?? []), navigator.language];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

export async function getSettings(): Promise<Settings> {
  return (await getDatabase().settings.get('app')) ?? defaultSettings(deviceLocale());
}

export async function updateSettings(patch: SettingsPatch, now = Date.now()): Promise<Settings> {
  const db = getDatabase();
  return db.transaction('rw', db.settings, async () => {
    const current = (await db.settings.get('app')) ?? defaultSettings(deviceLocale());
    const next: Settings = { ...current, ...patch, id: 'app', updatedAt: now };
    await db.settings.put(next);
    return next;
  });
}
