/**
 * The lock on a 390x844 phone, in the dark and the light theme, on the production build: turned on in
 * Settings with the messages in view; locked, a reload shows nothing of the diary and asks for the
 * passphrase; a cramp logged while locked is encrypted in IndexedDB; unlocking shows it; a wrong
 * passphrase says so in view. Every screen on the way passes axe with thumb-sized targets.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, logCramp, moreDetails, openAppPerTest } from './support/app';
import { axeViolations, smallTargets } from './support/checks';
import { inView } from './support/viewport';

const LONG = { timeout: 30_000 };
const PASSPHRASE = 'kettle on the landing at four';

/** Every record store's rows as IndexedDB holds them, as text. */
const rawDiary = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('crampnote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['episodes', 'checkIns', 'settings', 'answerSets', 'changes'];
          const tx = db.transaction(names, 'readonly');
          const out: unknown[] = [];
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => out.push(request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );

async function checkScreen(page: Page, what: string) {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${what}`).toEqual([]);
}

describe('the lock', () => {
  const open = openAppPerTest();

  for (const colorScheme of ['dark', 'light'] as const) {
    it(`turns on, locks, logs while locked without showing the diary, and unlocks (${colorScheme})`, async () => {
      const { page } = await open({ colorScheme });
      await logCramp(page);
      await moreDetails(page);
      await page.getByLabel('Notes').fill('after the walk to Hollowmere');
      await page.getByRole('button', { name: 'Left calf' }).click();
      await page.getByText('Chosen: Left calf').waitFor(LONG);

      await goTo(page, 'Settings');
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      const form = page.getByRole('form', { name: 'Turn on the lock' });
      const warning = form.getByText(/If you forget the passphrase, nobody can open your diary/);
      expect(await inView(page, warning)).toBe(true);
      await checkScreen(page, `turning the lock on (${colorScheme})`);
      await form.getByLabel('Passphrase (at least 8 characters)').fill('password1');
      await form.getByLabel('The same passphrase again').fill('password1');
      await form.getByRole('button', { name: 'Turn on the lock' }).click();
      const weak = form.getByRole('alert');
      await weak.waitFor(LONG);
      expect(await weak.textContent()).toContain('easy to guess');
      expect(await inView(page, weak)).toBe(true);
      await form.getByLabel('Passphrase (at least 8 characters)').fill(PASSPHRASE);
      await form.getByLabel('The same passphrase again').fill(PASSPHRASE);
      await form.getByRole('button', { name: 'Turn on the lock' }).click();
      const on = page.getByText('The lock is on.', { exact: true });
      await on.waitFor(LONG);
      expect(await inView(page, on)).toBe(true);
      const raw = await rawDiary(page);
      for (const secret of ['Hollowmere', 'calf']) expect(raw).not.toContain(secret);

      // A reload starts locked: Settings asks for the passphrase, Log says it is locked, History shows
      // nothing of the diary.
      await page.reload();
      await page.getByRole('heading', { name: 'Your diary is locked' }).waitFor(LONG);
      await goTo(page, 'Log');
      await page.getByText(/The diary is locked\./).waitFor(LONG);
      await goTo(page, 'History');
      await page.getByRole('heading', { name: 'Your diary is locked' }).waitFor(LONG);
      expect(await page.locator('main').innerText()).not.toMatch(/Cramp at|Left calf|Hollowmere/);
      await checkScreen(page, `the locked screen (${colorScheme})`);

      // Logging still takes one tap, and the place is kept, encrypted.
      await goTo(page, 'Log');
      await logCramp(page);
      await page.getByRole('button', { name: 'Right heel' }).click();
      await page.getByText('Chosen: Right heel').waitFor(LONG);
      expect(await rawDiary(page)).not.toContain('heel');

      await goTo(page, 'History');
      const passphrase = page.getByLabel('Passphrase', { exact: true });
      await passphrase.fill('not the passphrase');
      await page.getByRole('button', { name: 'Unlock' }).click();
      const wrong = page.getByText('That passphrase does not open this diary.');
      await wrong.waitFor(LONG);
      expect(await inView(page, wrong)).toBe(true);
      await passphrase.fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('heading', { name: 'History', level: 1 }).waitFor(LONG);
      await page.getByRole('button', { name: /^Cramp at .+: Right heel/ }).waitFor(LONG);
      await page.getByRole('button', { name: /^Cramp at .+: Left calf/ }).waitFor(LONG);
    });
  }
});
