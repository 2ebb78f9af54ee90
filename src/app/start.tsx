/**
 * What the page's root renders: the app, taking over the keyboard focus from the page's first paint
 * (src/app/shell-focus.ts) when it replaces it.
 */
import { App } from './app';
import { useShellFocus } from './shell-focus';

export function Start({ root }: { root: HTMLElement }) {
  useShellFocus(root);
  return <App />;
}
