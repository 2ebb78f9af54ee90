/**
 * The night a morning check-in is about, kept current while the app stays open across noon.
 */
import { lastNight, type NightKey } from '../domain/night';
import { deviceUtcOffset } from '../platform/locale';
import { useNow } from './use-now';

export function useLastNight(): NightKey {
  const now = useNow();
  return lastNight(now, deviceUtcOffset(now));
}
