/**
 * The locale every date, number and plural is formatted in: the device's. Screens ask this hook rather
 * than the platform module, so one place decides (a chosen app language would go here).
 */
import { deviceLocale } from '../platform/locale';

export function useLocale(): string {
  return deviceLocale();
}
