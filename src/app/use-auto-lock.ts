/**
 * Locks the diary once Crampnote has been in the background for the time chosen in Settings: on coming
 * back (timers sleep in the background on phones), and by a timer where the browser runs one.
 */
import { useEffect } from 'react';
import { autoLockMinutes, lockNow, useLockState } from '../storage/lock-state';

export function useAutoLock(): void {
  const state = useLockState();
  useEffect(() => {
    if (state !== 'unlocked') return;
    let hiddenAt: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = () => autoLockMinutes() * 60_000;
    const onVisibility = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') {
        hiddenAt = Date.now();
        timer = setTimeout(lockNow, limit());
      } else {
        if (hiddenAt !== undefined && Date.now() - hiddenAt >= limit()) lockNow();
        hiddenAt = undefined;
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state]);
}
