/**
 * The person's preferences: the record, its schema (which the settings screen and the import both check
 * with), and the pure decisions that follow from them.
 */
import * as v from 'valibot';
import { DIALABLE, defaultEmergencyNumber } from './emergency-number';
import { checkWith, ranged, time, type Checked, type Limit, type Same } from './record';
import { defaultUnits, type TemperatureUnit, type VolumeUnit } from './units';

export const THEME_MODES = ['always', 'device', 'hours'] as const;
/** When the night theme is on: always (the default), when the device is dark, or between two hours. */
export type ThemeMode = (typeof THEME_MODES)[number];

export const CLOCKS = ['auto', '12', '24'] as const;
export type Clock = (typeof CLOCKS)[number];

export interface Settings {
  /** Always "app": the one settings row. */
  id: 'app';
  temperatureUnit: TemperatureUnit;
  volumeUnit: VolumeUnit;
  clock: Clock;
  theme: ThemeMode;
  /** With theme "hours": local hour the night theme starts (0-23). */
  nightFromHour: number;
  /** With theme "hours": local hour the night theme ends (0-23). */
  nightToHour: number;
  /** The number the emergency page offers to call. */
  emergencyNumber: string;
  /** When the diary was last exported, epoch ms. */
  lastExportAt?: number;
  /** The install help (the iOS "Add to Home Screen" steps, or the install button) was put away. */
  installHintDismissed: boolean;
  updatedAt: number;
}

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

export const SETTINGS_LIMITS = {
  nightFromHour: { min: 0, max: 23, whole: true },
  nightToHour: { min: 0, max: 23, whole: true },
} as const satisfies Record<string, Limit>;

const entries = {
  id: v.literal('app'),
  temperatureUnit: v.picklist(['c', 'f']),
  volumeUnit: v.picklist(['ml', 'floz']),
  clock: v.picklist(CLOCKS),
  theme: v.picklist(THEME_MODES),
  nightFromHour: ranged(SETTINGS_LIMITS.nightFromHour),
  nightToHour: ranged(SETTINGS_LIMITS.nightToHour),
  emergencyNumber: v.pipe(v.string(), v.regex(DIALABLE, 'not-dialable')),
  installHintDismissed: v.boolean(),
  lastExportAt: v.optional(time),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
};

/** The whole stored settings row. */
export const SettingsSchema = v.object(entries);

const tie: Same<v.InferOutput<typeof SettingsSchema>, Settings> = true;
void tie;

const SettingsPatchSchema = v.partial(v.omit(SettingsSchema, ['id', 'updatedAt']));

/** Checks a change of settings and returns the settings it makes, or the first problem. */
export function checkSettingsEdit(current: Settings, patch: SettingsPatch, now: number): Checked<Settings> {
  const checked = checkWith(SettingsPatchSchema, patch);
  if (!checked.ok) return checked;
  return checkWith(SettingsSchema, { ...current, ...patch, id: 'app', updatedAt: now });
}

export function defaultSettings(locale: string): Settings {
  const units = defaultUnits(locale);
  return {
    id: 'app',
    temperatureUnit: units.temperature,
    volumeUnit: units.volume,
    clock: 'auto',
    theme: 'always',
    nightFromHour: 20,
    nightToHour: 8,
    emergencyNumber: defaultEmergencyNumber(locale),
    installHintDismissed: false,
    updatedAt: 0,
  };
}

/**
 * Whether the night theme applies now.
 * @param hour local hour, 0-23
 * @param deviceDark whether the device asks for a dark scheme
 */
export function isNightTheme(settings: Pick<Settings, 'theme' | 'nightFromHour' | 'nightToHour'>, hour: number, deviceDark: boolean): boolean {
  switch (settings.theme) {
    case 'always':
      return true;
    case 'device':
      return deviceDark;
    case 'hours': {
      const { nightFromHour: from, nightToHour: to } = settings;
      if (from === to) return true;
      return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }
  }
}

/**
 * Whether times show on a 12-hour clock.
 * @param localeUses12 what the device's locale does by default
 */
export function uses12HourClock(clock: Clock, localeUses12: boolean): boolean {
  return clock === 'auto' ? localeUses12 : clock === '12';
}
