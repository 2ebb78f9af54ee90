/**
 * The current time, refreshed every minute and when the app comes back to the foreground.
 */
import { useEffect, useState } from 'react';

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const refresh = () => setNow(Date.now());
    // Not on going to the background (nor on closing, which hides the page first): nothing is shown then.
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const t = setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(t);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return now;
}
