/**
 * The number the app offers to call, with the device's locale: the person's setting, or the locale's
 * default until settings have loaded. Always a number: an emergency message never waits for storage.
 */
import { defaultEmergencyNumber } from '../domain/emergency-number';
import { useSettings } from '../storage/live';
import { useLocale } from './use-locale';

export function useEmergencyNumber(): { locale: string; emergencyNumber: string } {
  const settings = useSettings();
  const locale = useLocale();
  return { locale, emergencyNumber: settings?.emergencyNumber ?? defaultEmergencyNumber(locale) };
}
