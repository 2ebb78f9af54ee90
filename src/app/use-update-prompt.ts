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
    // The registration would reload every open tab here, and only when it was made in a page that was
    // already controlled (not after the first install claimed the page): the controllerchange listener
    // below decides instead.
    onNeedReload() {},
    // Said by the registration when a worker it saw installed is still waiting a moment later. On a first
    // visit that is only the new worker on its way to active (slow on a busy phone), not a version waiting
    // to replace the one running this page: with none running it, there is nothing to update.
    onNeedRefresh() {
      if (!navigator.serviceWorker.controller) setNeedRefresh(false);
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // The first install. The registration says "ready" when it sees the new worker installed, but it
      // follows a worker only from an `updatefound` it heard itself, and on a busy phone that event can
      // come before it listens: then nothing would say so. `ready` resolves once a worker has installed
      // (everything precached) and is active, however the events came.
      if (!navigator.serviceWorker.controller && !registration.active) {
        void navigator.serviceWorker.ready.then(() => setOfflineReady(true));
      }
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
          // Said here as well as by the registration, which stops watching after an update it did not
          // start itself (an interrupted one, or any after the first install claimed this page).
          if (worker.state === 'installed') {
            installed = true;
            setNeedRefresh(true);
          }
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
    const container = navigator.serviceWorker;
    if (!container) return;
    let previous = container.controller;
    const onControllerChange = () => {
      const replaced = previous !== null;
      previous = container.controller;
      // The first install taking control of this page is not an update.
      if (!replaced) return;
      if (updatingHere) {
        location.reload();
        return;
      }
      void flushAllSaves();
      setUpdatedElsewhere(true);
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => container.removeEventListener('controllerchange', onControllerChange);
  }, []);

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
