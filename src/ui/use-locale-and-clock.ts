/**
 * The locale and clock every formatted date and number uses: the device's locale, and the 12/24-hour
 * choice from Settings (the locale's own habit by default).
 */
import { uses12HourClock } from '../domain/settings';
import { localeUses12Hour } from '../i18n/format';
import { useSettings } from '../storage/live';
import { useLocale } from './use-locale';

export function useLocaleAndClock(): { locale: string; hour12: boolean } {
  const settings = useSettings();
  const locale = useLocale();
  return { locale, hour12: uses12HourClock(settings?.clock ?? 'auto', localeUses12Hour(locale)) };
}
