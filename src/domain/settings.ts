/**
 * The person's preferences, and the pure decisions that follow from them.
 */
import { defaultEmergencyNumber } from './emergency-number';
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
  /** The iOS "Add to Home Screen" hint was read and dismissed. */
  installHintDismissed: boolean;
  updatedAt: number;
}

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

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
