/**
 * What the browser says about installing: the only code that reads it from `navigator` and `window`.
 */
import type { InstallFacts } from '../domain/platform';

/** Running as an installed app (display-mode standalone, or iOS `navigator.standalone`). */
export function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** The facts the install decisions in src/domain/platform.ts take. */
export function installContext(): InstallFacts {
  return { userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints ?? 0, standalone: isStandalone() };
}
