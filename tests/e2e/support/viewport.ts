/**
 * What a person on a 390x844 phone can actually see: inside the viewport, and not under the fixed bottom
 * navigation.
 */
import type { Locator, Page } from 'playwright-core';

/** True when the element's box lies inside the visible viewport, above the bottom navigation. */
export async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const { height, navTop } = await page.evaluate(() => ({
    height: window.innerHeight,
    navTop: document.querySelector('.bottom-nav')?.getBoundingClientRect().top ?? window.innerHeight,
  }));
  const coveredByNav = (await target.evaluate((el) => el.closest('.takeover') === null)) ? navTop : height;
  return box.y >= 0 && box.y + Math.min(box.height, 48) <= Math.min(height, coveredByNav);
}

/** Records Content-Security-Policy violations and page errors from the first script on. */
export async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}
