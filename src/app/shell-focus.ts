/**
 * The page's first paint (the bedside shell, scripts/bedside-shell.ts) is replaced by the app's first
 * render of the same Log screen. A person who had already moved the keyboard focus, or a screen reader's,
 * into the shell keeps it: the element that had it is named by what it is and where it leads, and the same
 * element of the app's screen takes the focus once drawn.
 */
import { useLayoutEffect, useState } from 'react';

/** A selector for the shell's focused element that the app's Log screen answers to, or undefined. */
export function shellFocus(root: HTMLElement): string | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !root.contains(el)) return undefined;
  if (el.id) return el.id === 'main' ? '#main' : 'main .log-button';
  // The shell's links: each named by its classes, or in the navigation by where it leads.
  return `${el.closest('nav') ? 'nav ' : ''}a${el.className ? `.${el.className.split(' ').join('.')}` : ''}[href="${el.getAttribute('href')}"]`;
}

/**
 * For the app's first render into `root`: notes where the shell's focus is while the shell is still there
 * (rendering happens before the shell is replaced, in the same task), then gives the focus to the same
 * element of the app's screen once drawn.
 */
export function useShellFocus(root: HTMLElement): void {
  const [selector] = useState(() => shellFocus(root));
  useLayoutEffect(() => {
    if (selector) root.querySelector<HTMLElement>(selector)?.focus();
  }, [selector, root]);
}
