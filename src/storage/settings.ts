/**
 * Settings repository: the single settings row, with locale defaults until the person changes something.
 */
import { defaultSettings, type Settings, type SettingsPatch } from '../domain/settings';
import { deviceLocale } from '../platform/locale';
import { getDatabase } from './connection';

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
