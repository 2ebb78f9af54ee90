/**
 * Wrong passphrases in a row, kept in localStorage so a reload does not reset the wait: after
 * FREE_TRIES, each further try waits twice as long as the last (5 s, 10 s, 20 s … up to 5 minutes).
 * A right passphrase forgets them.
 */
import { KEY_PREFIX, uiStorage } from './local-storage';

const KEY = `${KEY_PREFIX}unlock-tries`;
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

interface Tries {
  wrong: number;
  /** No try is taken before this time. */
  until: number;
}

function read(): Tries {
  try {
    const parsed = JSON.parse(uiStorage().getItem(KEY) ?? '') as Partial<Tries>;
    return { wrong: Number(parsed.wrong) || 0, until: Number(parsed.until) || 0 };
  } catch {
    return { wrong: 0, until: 0 };
  }
}

/** Milliseconds to wait before the next try (0: try now). */
export function unlockWait(now = Date.now()): number {
  return Math.max(0, read().until - now);
}

/** Counts a wrong passphrase; returns the wait it brings. */
export function countWrongPassphrase(now = Date.now()): number {
  const wrong = read().wrong + 1;
  const wait = wrong <= FREE_TRIES ? 0 : Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrong - FREE_TRIES - 1));
  try {
    uiStorage().setItem(KEY, JSON.stringify({ wrong, until: now + wait }));
  } catch {
    // Storage refused: the wait lasts as long as this page does not.
  }
  return wait;
}

export function forgetWrongPassphrases(): void {
  uiStorage().removeItem(KEY);
}
