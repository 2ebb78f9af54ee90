/**
 * Kind to eyes at night, true to the device by day: a chosen answer is never the brightest thing on the
 * night screen, one answer and several look different, the one-tap "No cramp last night" works offline, and
 * with "Follow the device" a light phone paints light from the very first frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goTo, logCramp, openAppPerTest } from './support/app';
import { inView } from './support/viewport';

/** WCAG relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const style = (page: Page, selector: string, pseudo?: string) =>
  page.locator(selector).first().evaluate((el, p) => {
    const s = getComputedStyle(el, p);
    return { background: s.backgroundColor, color: s.color, radius: s.borderTopLeftRadius };
  }, pseudo ?? null);

describe('night and day', () => {
  const open = openAppPerTest();

  it('at night a chosen answer is a dim fill with a warm edge, and one answer looks different from several', async () => {
    const { page } = await open();
    await logCramp(page);
    await page.getByRole('radio', { name: '7' }).check();
    await page.getByRole('checkbox', { name: 'Massage' }).first().check();
    const chosen = await style(page, '.choice input:checked + span');
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    // Darker than the page's text by far: the chosen answer does not glow.
    expect(luminance(chosen.background)).toBeLessThan(0.05);
    expect(luminance(chosen.background)).toBeLessThan(luminance(text) / 5);
    const radio = await style(page, '.choice input[type="radio"] + span', '::before');
    const check = await style(page, '.choice input[type="checkbox"] + span', '::before');
    expect(radio.radius).toBe('50%');
    expect(check.radius).toBe('4px');
  });

  it('right after the tap, "The cramp is over" is in view and records the length, shown in the form', async () => {
    const { page } = await open();
    await logCramp(page);
    const stop = page.getByRole('button', { name: 'The cramp is over' });
    expect(await inView(page, stop)).toBe(true);
    await page.getByText(/^Going on for 0:0\d$/).waitFor();
    await stop.click();
    const done = page.getByText('Recorded: it lasted under a minute. You can change it below.');
    await done.waitFor();
    expect(await inView(page, done)).toBe(true);
    expect(await page.getByRole('radio', { name: 'Under 1 minute' }).isChecked()).toBe(true);
  });

  it('offline, "No cramp last night" saves and says so in view, after a reload too', async () => {
    const app = await open();
    const { page } = app;
    await app.server.close();
    await page.getByRole('button', { name: 'No cramp last night' }).click();
    const said = page.getByText(/^Saved: no cramp on the night of /);
    await said.waitFor({ timeout: 30_000 });
    expect(await inView(page, said)).toBe(true);
    expect(await page.getByRole('button', { name: 'No cramp last night' }).count()).toBe(0);
    await page.reload();
    await said.waitFor({ timeout: 30_000 });
  });

  it('with "Follow the device" on a light phone, the first frame of the next start is already light', async () => {
    const { page } = await open({ colorScheme: 'light' });
    await goTo(page, 'Settings');
    await page.getByRole('radio', { name: 'Follow the device' }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'day');
    // Every theme the page shows from its first element on, recorded as it happens.
    await page.context().addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { themes: string[] }).themes = seen;
      new MutationObserver(() => {
        if (document.body && seen.length === 0) seen.push(`${document.documentElement.dataset.theme} ${getComputedStyle(document.documentElement).backgroundColor}`);
      }).observe(document, { childList: true, subtree: true });
      new MutationObserver(() => seen.push(`${document.documentElement.dataset.theme}`)).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    });
    await page.goto(new URL('/', page.url()).href);
    await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
    const themes = await page.evaluate(() => (window as unknown as { themes: string[] }).themes);
    expect(themes[0]).toBe('day rgb(247, 241, 232)');
    expect(themes).not.toContain('night');
  });
});
