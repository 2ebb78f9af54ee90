/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register/react` in jsdom, which has no service worker.
 * Tests call `announceNewVersion()` to play the moment a new build is waiting, `registered(registration)`
 * to play the moment the browser hands the registration over, and read `reloads` to see whether the app
 * tried to take it.
 */
import { useEffect, useSyncExternalStore } from 'react';

interface RegisterOptions {
  onNeedRefresh?: () => void;
  onRegisteredSW?: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
}

let needRefresh = false;
let offlineReady = false;
let options: RegisterOptions | undefined;
const listeners = new Set<() => void>();
export const serviceWorkerFake = { reloads: 0 };

function emit() {
  for (const l of listeners) l();
}

/** A worker seen installed and still waiting: as the registration says it, to the app's own handler too. */
export function announceNewVersion(): void {
  needRefresh = true;
  emit();
  options?.onNeedRefresh?.();
}

/**
 * The browser's service-worker container, as a page sees it: `controller` is the worker running the page
 * (null on a first visit), and `ready` resolves when the test calls `activate()`.
 */
export function fakeServiceWorkerContainer(controller: object | null) {
  let activate = () => {};
  const ready = new Promise<void>((done) => (activate = done));
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller, ready, addEventListener: () => undefined, removeEventListener: () => undefined },
  });
  return { ready, activate, remove: () => Reflect.deleteProperty(navigator, 'serviceWorker') };
}

/** True once the app has asked for the service worker to be registered. */
export function registering(): boolean {
  return options !== undefined;
}

/** What the registration's `onRegisteredSW` hears once the browser has registered the worker. */
export function registered(registration: ServiceWorkerRegistration): void {
  options?.onRegisteredSW?.('/sw.js', registration);
}

export function resetServiceWorkerFake(): void {
  needRefresh = false;
  offlineReady = false;
  options = undefined;
  serviceWorkerFake.reloads = 0;
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useRegisterSW(registerOptions?: RegisterOptions) {
  // Registered once, with the options of the first render, as the real hook does.
  useEffect(() => {
    options ??= registerOptions;
  }, [registerOptions]);
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
