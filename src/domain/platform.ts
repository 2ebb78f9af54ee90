/**
 * What the browser offers for installing, decided from facts the app layer reads off the device.
 */

export interface InstallFacts {
  userAgent: string;
  /** `navigator.maxTouchPoints`: iPadOS reports a Mac user agent but has touch. */
  maxTouchPoints: number;
  /** Running as an installed app (display-mode standalone, or iOS `navigator.standalone`). */
  standalone: boolean;
}

/**
 * True on iPhone and iPad Safari outside the home-screen app: there is no install prompt, and the
 * home-screen app keeps its own storage, separate from Safari's, so the hint must come before the first log.
 */
export function needsIosInstallHint({ userAgent, maxTouchPoints, standalone }: InstallFacts): boolean {
  if (standalone) return false;
  const iPhone = /iPhone|iPod/.test(userAgent);
  const iPad = /iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return iPhone || iPad;
}
