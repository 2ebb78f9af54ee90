/**
 * The current screen, as a path kept in step with the browser's history (Back works as expected).
 */
import { create } from 'zustand';

interface RouteState {
  path: string;
  navigate: (path: string, options?: { replace?: boolean }) => void;
}

export const useRoute = create<RouteState>((set) => ({
  path: typeof location === 'undefined' ? '/' : location.pathname,
  navigate: (path, options) => {
    if (options?.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    set({ path });
    window.scrollTo?.({ top: 0 });
  },
}));

/** Keeps the store in step with Back and Forward. Returns the cleanup. */
export function syncRouteWithHistory(): () => void {
  const onPop = () => useRoute.setState({ path: location.pathname });
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}
