/**
 * Settings repository: the single settings row, with locale defaults until the person changes something.
 */
import type { Checked } from '../domain/record';
import { checkSettingsEdit, defaultSettings, type Settings, type SettingsPatch } from '../domain/settings';
import { deviceLocale } from '../platform/locale';
import { getDatabase } from './connection';

/**
 * The settings, over the locale's defaults (while locked, only the readable part of the row is known).
 * Inside a transaction, read in it.
 */
export async function getSettings(): Promise<Settings> {
  return { ...defaultSettings(deviceLocale()), ...(await getDatabase().settings.get('app')) };
}

/** Saves a change of settings; nothing is written when a value is refused. */
export async function updateSettings(patch: SettingsPatch, now = Date.now()): Promise<Checked<Settings>> {
  const db = getDatabase();
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings();
    const checked = checkSettingsEdit(current, patch, now);
    if (checked.ok) await db.settings.put(checked.value);
    return checked;
  });
}
