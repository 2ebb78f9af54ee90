/**
 * History on a 390x844 phone: the month's calendar fits the screen with thumb-sized nights, and a cramp
 * is deleted from its own screen, with an Undo in view back in History.
 */
import { describe, expect, it } from 'vitest';
import { goTo, logCramp, openAppPerTest } from './support/app';
import { inView } from './support/viewport';

const LONG = { timeout: 30_000 };

describe('History', () => {
  const open = openAppPerTest();

  it('shows the month as a calendar that fits the phone, and deletes from the record with an Undo in view', async () => {
    const { page } = await open();
    await logCramp(page);
    await page.getByRole('radio', { name: '6' }).check();
    await goTo(page, 'History');
    const calendar = page.getByRole('table');
    await calendar.waitFor(LONG);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const cells = await calendar.locator('.day').evaluateAll((days) => days.map((d) => d.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(cells.length).toBeGreaterThanOrEqual(28);
    for (const [width, height] of cells) {
      expect.soft(width).toBeGreaterThanOrEqual(48);
      expect.soft(height).toBeGreaterThanOrEqual(48);
    }
    // Tonight's cramp is marked on its night, and listed below with its time and intensity.
    const night = calendar.getByRole('button', { name: /: 1 cramp$/ });
    expect(await night.textContent()).toMatch(/^\d+●$/);
    const row = page.getByRole('button', { name: /^Cramp at .+: intensity 6$/ });
    await night.click();
    expect(await inView(page, row)).toBe(true);

    await row.click();
    await page.getByRole('button', { name: 'Delete this cramp' }).click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor(LONG);
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor(LONG);
    expect(await inView(page, undo)).toBe(true);
    expect(await row.count()).toBe(0);
    await undo.click();
    await row.waitFor(LONG);
  });
});
