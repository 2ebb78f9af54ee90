/**
 * Service-worker registration and the update prompt. A new version waits until the person says so; it
 * never reloads the app by itself. Before reloading, every pending write is finished.
 *
 * Engine notes: installed apps on iOS rarely check for a new service worker on their own, and Chromium
 * checks at most once a day without a navigation, so the app also checks whenever it comes back to the
 * foreground and every hour while open.
 */
import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllSaves } from '../state/pending-writes';

const HOUR_MS = 3_600_000;

export function useUpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine !== false) void registration.update().catch(() => undefined);
      };
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      setInterval(check, HOUR_MS);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const t = setTimeout(() => setOfflineReady(false), 6_000);
    return () => clearTimeout(t);
  }, [offlineReady, setOfflineReady]);

  return {
    needRefresh,
    offlineReady,
    dismiss: () => setNeedRefresh(false),
    apply: async () => {
      await flushAllSaves();
      await updateServiceWorker(true);
    },
  };
}
