import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './support/checks';
import { goTo, openAppPerTest } from './support/app';

type Answer = [question: RegExp, option: string];

/** Walks the wizard from the start, answering what is given and leaving the rest, checking every step. */
async function walkWizard(page: Page, answers: Answer[], onEachStep?: (step: string) => Promise<void>) {
  await goTo(page, 'Guide');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (;;) {
    const step = (await page.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
    for (const [question, option] of answers) {
      const group = page.getByRole('group', { name: question });
      if ((await group.count()) === 0) continue;
      const control = group.getByRole('radio', { name: option, exact: true }).or(group.getByRole('checkbox', { name: option, exact: true }));
      await control.check();
    }
    if (onEachStep) await onEachStep(step);
    const finish = page.getByRole('button', { name: 'See what this means' });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((s) => !document.body.innerText.includes(s), step);
  }
  await page.getByRole('heading', { name: 'What your answers mean' }).waitFor();
}

const tierHeadings = (page: Page) =>
  page.locator('main .tier h2, main details[aria-labelledby="self-care-title"] h2').allTextContents();

describe('the guide in a real browser', () => {
  const open = openAppPerTest();

  it('65+, current smoker with diabetes, toe pain at rest eased by hanging the foot: the urgent circulation message comes first', async () => {
    const app = await open();
    await walkWizard(app.page, [
      [/suddenly turned cold/, 'No'], [/breathless/, 'No'], [/one calf swollen/, 'No'],
      [/How old are you/, '65 or over'], [/Do you have diabetes/, 'Type 2'], [/Do you smoke/, 'Smoke now'],
      [/Where do your cramps/, 'Toes'], [/What eases a cramp/, 'Hanging the foot down over the bed'],
      [/burning or aching toes/, 'Yes'],
    ]);
    const headings = await tierHeadings(app.page);
    expect(headings[0]).toBe('Get a circulation check today or tomorrow');
    const firstFinding = app.page.locator('main article.finding').first();
    expect(await firstFinding.getAttribute('aria-label')).toMatch(/hanging the foot down/i);
    expect(await app.page.getByRole('article', { name: 'Toe or forefoot pain at rest, eased by hanging the foot down' }).isVisible()).toBe(true);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('a 30-year-old with no risk factors and ordinary calf cramps gets only self-care, and axe passes on every step', async () => {
    const app = await open();
    const page = app.page;
    const checked: string[] = [];
    await walkWizard(
      page,
      [
        [/suddenly turned cold/, 'No'], [/breathless/, 'No'], [/one calf swollen/, 'No'],
        [/How old are you/, '18 to 49'], [/Do you have diabetes/, 'No'], [/Do you smoke/, 'Never smoked'],
        [/told you that you have any/, 'None of these'], [/parent, brother or sister/, 'No'], [/Are you pregnant/, 'No'],
        [/How active/, 'Some walking'], [/Do you take any of these medicines/, 'None of these'], [/started or changed a medicine/, 'No'],
        [/limit how much you drink/, 'No'], [/Where do your cramps/, 'Calf'], [/Which side/, 'Left'], [/How long does a cramp/, '1 to 10 minutes'],
        [/What eases a cramp/, 'Pulling the toes up'], [/over 10 minutes and did not ease/, 'No'], [/Does walking bring on pain/, 'No'],
        [/burning or aching toes/, 'No'], [/not healed in 2 weeks/, 'No'], [/in your feet or legs/, 'None of these'],
        [/weakness, muscles getting smaller/, 'No'], [/urge to move your legs/, 'No'], [/dirty wound/, 'No'],
        [/3 or more nights a week/, 'No'], [/tried stretching and other self-care/, 'Not tried yet'],
      ],
      async (step) => {
        expect(await axeViolations(page), step).toEqual([]);
        expect(await smallTargets(page), step).toEqual([]);
        checked.push(step);
      },
    );
    expect(checked.length).toBe(16);
    expect(await tierHeadings(page)).toEqual([expect.stringMatching(/^Things you can try \(\d+\)$/)]);
    // No finding: the top says that cramps are common and names the one thing to try.
    await page.getByText(/^One thing to try:/).waitFor();
    expect(await page.getByRole('button', { name: 'Back to Log' }).isVisible()).toBe(true);
    // No button wraps into a slab: each is one line high on a 390 px screen.
    for (const height of await page.locator('main .actions button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height))) expect(height).toBeLessThan(64);
    expect(await page.locator('main article.finding').count()).toBe(0);
    expect(await page.getByText(/^Evidence: (good|mixed|weak|none)$/).count()).toBeGreaterThanOrEqual(7);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });

  it('the emergency page works offline from every screen', async () => {
    const { page, server } = await open();
    await server.close();
    await page.reload();
    for (const screen of ['Log', 'History', 'Patterns', 'Guide', 'Settings', 'About'] as const) {
      await goTo(page, screen);
      await page.getByRole('link', { name: 'Emergency signs' }).click();
      await page.getByRole('heading', { name: 'Emergency signs' }).waitFor();
      expect(await page.getByRole('link', { name: /^Call \d+$/ }).getAttribute('href')).toMatch(/^tel:\d+$/);
    }
    await goTo(page, 'About');
    await page.getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('heading', { name: 'When to see someone' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
