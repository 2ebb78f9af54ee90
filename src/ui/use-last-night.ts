/**
 * The night a morning check-in is about, kept current while the app stays open across noon.
 */
import { useEffect, useState } from 'react';
import { lastNight, type NightKey } from '../domain/night';
import { deviceUtcOffset } from '../storage/episodes';

const compute = (): NightKey => {
  const now = Date.now();
  return lastNight(now, deviceUtcOffset(now));
};

export function useLastNight(): NightKey {
  const [night, setNight] = useState(compute);
  useEffect(() => {
    const refresh = () => setNight(compute());
    const t = setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(t);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return night;
}
