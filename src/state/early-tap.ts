/**
 * A tap on the bedside shell's "Log a cramp" before the app had started (see scripts/bedside-shell.ts):
 * its time, taken once, so the app logs that cramp as soon as it can.
 */
declare global {
  interface Window {
    crampnoteEarlyTap?: number;
  }
}

export function takeEarlyTap(): number | undefined {
  const at = typeof window === 'undefined' ? undefined : window.crampnoteEarlyTap;
  if (at !== undefined) window.crampnoteEarlyTap = undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}
