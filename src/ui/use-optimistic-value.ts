/**
 * Shows a tapped choice at once, before the database has answered, so a radio or toggle never flickers
 * back for a frame. When the stored value changes it wins; when the save fails (the handler resolves to
 * undefined) the choice reverts to what is stored, so the screen never shows something unsaved.
 */
import { useState } from 'react';

export type SaveResult = Promise<unknown> | unknown;

export function useOptimisticValue<T>(stored: T, key: (value: T) => string = (v) => JSON.stringify(v) ?? '') {
  const [state, setState] = useState({ source: key(stored), shown: stored });
  const storedKey = key(stored);
  if (state.source !== storedKey) setState({ source: storedKey, shown: stored });

  const change = (next: T, save: () => SaveResult) => {
    setState((s) => ({ ...s, shown: next }));
    void Promise.resolve(save()).then((result) => {
      if (result === undefined) setState({ source: storedKey, shown: stored });
    });
  };
  return [state.source === storedKey ? state.shown : stored, change] as const;
}
