/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register/react` in jsdom, which has no service worker.
 * Tests call `announceNewVersion()` to play the moment a new build is waiting, and read `reloads` to see
 * whether the app tried to take it.
 */
import { useSyncExternalStore } from 'react';

let needRefresh = false;
let offlineReady = false;
const listeners = new Set<() => void>();
export const serviceWorkerFake = { reloads: 0 };

function emit() {
  for (const l of listeners) l();
}

export function announceNewVersion(): void {
  needRefresh = true;
  emit();
}

export function resetServiceWorkerFake(): void {
  needRefresh = false;
  offlineReady = false;
  serviceWorkerFake.reloads = 0;
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useRegisterSW(_options?: unknown) {
  const refresh = useSyncExternalStore(subscribe, () => needRefresh);
  const ready = useSyncExternalStore(subscribe, () => offlineReady);
  return {
    needRefresh: [refresh, (v: boolean) => { needRefresh = v; emit(); }] as [boolean, (v: boolean) => void],
    offlineReady: [ready, (v: boolean) => { offlineReady = v; emit(); }] as [boolean, (v: boolean) => void],
    updateServiceWorker: async (reload?: boolean) => {
      if (reload) serviceWorkerFake.reloads++;
    },
  };
}
