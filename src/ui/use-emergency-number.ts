/**
 * The number the app offers to call, with the device's locale: the person's setting, or the locale's
 * default until settings have loaded or when none is set.
 */
import { defaultEmergencyNumber } from '../domain/emergency-number';
import { useSettings } from '../storage/live';
import { deviceLocale } from '../storage/settings';

export function useEmergencyNumber(): { locale: string; emergencyNumber: string | undefined } {
  const settings = useSettings();
  const locale = deviceLocale();
  return { locale, emergencyNumber: settings ? settings.emergencyNumber || defaultEmergencyNumber(locale) : undefined };
}
