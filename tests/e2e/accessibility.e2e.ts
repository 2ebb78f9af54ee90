import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, logCramp, moreDetails, openApp, type RunningApp } from './support/app';
import { axeViolations, smallTargets } from './support/checks';

type Visit = [name: string, go: (page: Page) => Promise<void>];

const SCREENS: Visit[] = [
  ['home', async (page) => { await goTo(page, 'Log'); await page.getByRole('button', { name: 'Log a cramp' }).waitFor(); }],
  ['cramp details', async (page) => {
    await goTo(page, 'Log');
    await logCramp(page);
    await page.getByRole('button', { name: 'Left calf' }).click();
    await page.getByRole('checkbox', { name: 'Massage' }).check();
    await moreDetails(page);
  }],
  ['history, with an Undo offer', async (page) => {
    await goTo(page, 'History');
    await page.getByRole('button', { name: /^Cramp at / }).first().click();
    await page.getByRole('button', { name: 'Delete this cramp' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
  }],
  ['check-in', async (page) => { await goTo(page, 'Log'); await page.getByRole('button', { name: /^(Tonight's check-in|Check-in for last night)$/ }).click(); await page.getByRole('heading', { name: /^Check-in for/ }).waitFor(); }],
  ['settings', async (page) => { await goTo(page, 'Settings'); await page.getByRole('heading', { name: 'Settings' }).waitFor(); }],
  ['emergency signs', async (page) => { await goTo(page, 'Emergency signs'); await page.getByRole('heading', { name: 'Emergency signs' }).waitFor(); }],
  ['about', async (page) => { await goTo(page, 'About'); await page.getByRole('heading', { name: 'About Crampnote' }).waitFor(); }],
  ['learn', async (page) => { await goTo(page, 'About'); await page.getByRole('link', { name: 'Learn' }).click(); await page.getByRole('heading', { name: 'Learn', level: 1 }).waitFor(); }],
  ['guide', async (page) => { await goTo(page, 'Guide'); await page.getByRole('heading', { name: 'A few questions about your cramps' }).waitFor(); }],
  ['guide results', async (page) => { await page.goto(new URL('/guide/results', page.url()).href); await page.getByRole('heading', { name: 'What your answers mean' }).waitFor(); }],
  ['patterns', async (page) => { await goTo(page, 'Patterns'); await page.getByRole('heading', { name: 'In short' }).waitFor(); }],
  ['your data', async (page) => { await goTo(page, 'Settings'); await page.getByRole('button', { name: 'Your data: export, import, report' }).click(); await page.getByRole('heading', { name: 'Your data' }).waitFor(); }],
  ['report', async (page) => { await page.goto(new URL('/report', page.url()).href); await page.getByRole('heading', { name: 'Crampnote report' }).waitFor(); }],
];

describe.each([
  ['night', 'dark' as const],
  ['day', 'light' as const],
])('every screen in the %s theme', (theme, colorScheme) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await openApp({ colorScheme });
    await logCramp(app.page);
    if (theme === 'day') {
      await goTo(app.page, 'Settings');
      await app.page.getByRole('radio', { name: 'Follow the device' }).check();
    }
    await app.page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(SCREENS)('%s: axe finds no violations and every target is at least 48 px', async (_name, go) => {
    await go(app.page);
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await axeViolations(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
  });
});

describe('motion and focus', () => {
  it('transitions only for those who have not asked for less motion', async () => {
    for (const [reducedMotion, expected] of [['reduce', '0s'], ['no-preference', '0.12s']] as const) {
      const app = await openApp({ reducedMotion });
      const duration = await app.page.getByRole('button', { name: 'Log a cramp' }).evaluate((el) => getComputedStyle(el).transitionDuration);
      await app.stop();
      expect(duration).toBe(expected);
    }
  });

  it('keyboard focus is visible', async () => {
    const app = await openApp();
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    const outline = await app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    await app.stop();
    expect(outline).toEqual({ style: 'solid', width: '3px' });
  });
});
