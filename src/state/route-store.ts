/**
 * The current screen, as a path kept in step with the browser's history (Back works as expected).
 */
import { create } from 'zustand';
import type { Path } from './paths';
import { flushFields, hasUnsavedDrafts } from './unsaved';

/** Asks the person whether to leave a screen with unsaved text; the shell words the question. */
let mayLeave: () => boolean = () => true;
export function setLeaveQuestion(ask: () => boolean): void {
  mayLeave = ask;
}

interface RouteState {
  path: string;
  /** The screen this one was reached from, so a deleted record can return there. */
  previous?: string;
  navigate: (path: Path, options?: { replace?: boolean }) => void;
}

export const useRoute = create<RouteState>((set) => ({
  path: typeof location === 'undefined' ? '/' : location.pathname,
  navigate: (path, options) => {
    // A number being typed is committed on the way out; text that could not be saved asks first (its
    // draft is kept either way).
    flushFields();
    if (hasUnsavedDrafts() && !mayLeave()) return;
    if (options?.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    set((s) => ({ path, previous: s.path }));
    window.scrollTo?.({ top: 0 });
  },
}));

/** Keeps the store in step with Back and Forward. Returns the cleanup. */
export function syncRouteWithHistory(): () => void {
  const onPop = () => useRoute.setState((s) => ({ path: location.pathname, previous: s.path }));
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

/** Where to go once the record on screen is deleted: back to History when it was opened from there, else Log. */
export function leaveDeletedRecord(): void {
  const { previous, navigate } = useRoute.getState();
  navigate(previous === '/history' ? '/history' : '/', { replace: true });
}
