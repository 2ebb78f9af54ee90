/**
 * Service-worker registration and the update prompt. A new version waits until the person says so; it
 * never reloads the app by itself. Before reloading, every pending write is finished. When the person
 * takes the update in another tab, this tab finishes its saves and says so quietly; it reloads only when
 * the person asks (the registration would otherwise reload every open tab).
 *
 * Engine notes: installed apps on iOS rarely check for a new service worker on their own, and Chromium
 * checks at most once a day without a navigation, so the app also checks whenever it comes back to the
 * foreground and every hour while open.
 *
 * An update whose download is interrupted (a file fails mid-install) leaves the running version in charge
 * and is tried again at the next check; the person is told, in one quiet line.
 */
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllSaves } from '../state/pending-writes';

const HOUR_MS = 3_600_000;

/** True in the one tab where the person chose "Update now": only that tab reloads by itself. */
let updatingHere = false;

export function useUpdatePrompt() {
  const [updateFailed, setUpdateFailed] = useState(false);
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload() {
      if (updatingHere) {
        location.reload();
        return;
      }
      void flushAllSaves();
      setUpdatedElsewhere(true);
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine !== false) void registration.update().catch(() => undefined);
      };
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      setInterval(check, HOUR_MS);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        // The very first install is not an update.
        if (!worker || !navigator.serviceWorker.controller) return;
        let installed = false;
        setUpdateFailed(false);
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed') installed = true;
          if (worker.state === 'redundant' && !installed) setUpdateFailed(true);
        });
      });
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const t = setTimeout(() => setOfflineReady(false), 6_000);
    return () => clearTimeout(t);
  }, [offlineReady, setOfflineReady]);

  useEffect(() => {
    if (!updateFailed) return;
    const t = setTimeout(() => setUpdateFailed(false), 15_000);
    return () => clearTimeout(t);
  }, [updateFailed]);

  return {
    needRefresh,
    offlineReady,
    updateFailed: updateFailed && !needRefresh,
    updatedElsewhere,
    dismiss: () => setNeedRefresh(false),
    apply: async () => {
      await flushAllSaves();
      updatingHere = true;
      await updateServiceWorker(true);
    },
    reloadNow: async () => {
      await flushAllSaves();
      location.reload();
    },
  };
}
