import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, logCramp, openApp, type RunningApp } from './support/app';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Controls smaller than 48 x 48 CSS pixels. A radio or checkbox is measured by its label, the real target. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select')) {
      if (el.closest('.skip-link') || el.classList.contains('skip-link')) continue;
      const target = (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.closest('label') : el) ?? el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 48 || r.height < 48) small.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return small;
  });
}

type Visit = [name: string, go: (page: Page) => Promise<void>];

const SCREENS: Visit[] = [
  ['home', async (page) => { await goTo(page, 'Log'); await page.getByRole('button', { name: 'Log a cramp' }).waitFor(); }],
  ['cramp details', async (page) => { await goTo(page, 'Log'); await logCramp(page); await page.getByRole('button', { name: 'Left calf' }).click(); }],
  ['history, with an Undo offer', async (page) => {
    await goTo(page, 'History');
    await page.getByRole('button', { name: /^Delete cramp at/ }).first().click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
  }],
  ['check-in', async (page) => { await goTo(page, 'Log'); await page.getByRole('button', { name: 'Evening check-in for last night' }).click(); await page.getByRole('heading', { name: /^Check-in for/ }).waitFor(); }],
  ['settings', async (page) => { await goTo(page, 'Settings'); await page.getByRole('heading', { name: 'Settings' }).waitFor(); }],
  ['emergency signs', async (page) => { await goTo(page, 'Emergency signs'); await page.getByRole('heading', { name: 'Emergency signs' }).waitFor(); }],
  ['about', async (page) => { await goTo(page, 'About'); await page.getByRole('heading', { name: 'About Crampnote' }).waitFor(); }],
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
