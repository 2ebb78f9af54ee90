import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNextVersion } from './support/build-next';
import { goTo, logCramp, moreDetails, openAppPerTest } from './support/app';

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** One "next version" build for the file, made when a test first needs it. */
let nextBuild: string | undefined;
const nextVersion = () => (nextBuild ??= buildNextVersion('next'));

describe('records survive', () => {
  const open = openAppPerTest();

  it('a reload: details and History are as they were left', async () => {
    const { page } = await open();
    await logCramp(page);
    await page.getByRole('button', { name: 'Left calf' }).click();
    await page.getByRole('radio', { name: '8' }).check();
    await moreDetails(page);
    await page.getByLabel('Notes').fill('woke me at 3');
    await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[aria-label="Left calf"]')?.getAttribute('aria-pressed') === 'true');
    await page.reload();
    await page.getByRole('heading', { name: 'Cramp details' }).waitFor();
    expect(await page.getByRole('button', { name: 'Left calf' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('radio', { name: '8' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Notes').inputValue()).toBe('woke me at 3');
    await goTo(page, 'History');
    await page.getByRole('button', { name: /Left calf, intensity 8/ }).waitFor();
  });

  it('the first entry asks the browser to keep the diary, and Settings says what the browser answers now', async () => {
    const { page } = await open();
    const answerNow = () => page.evaluate(() => navigator.storage.persisted());
    const shown = (persisted: boolean) => page.getByText(persisted ? /^Protected: / : /^Not protected: /);
    await goTo(page, 'Settings');
    await shown(await answerNow()).waitFor();
    await goTo(page, 'Log');
    await logCramp(page);
    await goTo(page, 'Settings');
    await shown(await answerNow()).waitFor();
    await page.getByText(/^Space used: .+ of .+ available\.$/).waitFor();
    await page.getByRole('radio', { name: '24-hour' }).check();
    // The answer is the browser's, read each time: nothing about it is stored with the diary.
    const stored = () => page.evaluate(
      () =>
        new Promise<string>((done) => {
          const open = indexedDB.open('crampnote');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('app');
            get.onsuccess = () => done(JSON.stringify(get.result ?? null));
          };
        }),
    );
    await expect.poll(stored, { timeout: 30_000 }).toContain('"clock":"24"');
    expect(await stored()).not.toContain('persistence');
  });

  it('an update: the prompt waits, the draft stays, and accepting it keeps every record', async () => {
    const next = nextVersion();
    const { page, server } = await open();
    await goTo(page, 'About');
    await page.getByText(`Version ${version}`, { exact: true }).waitFor();

    await goTo(page, 'Log');
    await logCramp(page);
    await moreDetails(page);
    await page.getByLabel('Notes').pressSequentially('half a sen');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    server.setRoot(next);
    // The app checks for a new version whenever it comes back to the foreground.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('Update available.').waitFor({ timeout: 20_000 });

    expect(await page.getByLabel('Notes').inputValue()).toBe('half a sen');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    await page.getByLabel('Notes').pressSequentially('tence');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await page.getByRole('heading', { name: 'Cramp details' }).waitFor();
    expect(await page.getByLabel('Notes').inputValue()).toBe('half a sentence');
    await goTo(page, 'About');
    await page.getByText(`Version ${version}+next`, { exact: true }).waitFor();
  });

  it('an interrupted update: the app carries on with its version, says so, loses nothing, and updates later', async () => {
    const next = nextVersion();
    const { page, server } = await open();
    await logCramp(page);
    await moreDetails(page);
    await page.getByLabel('Notes').pressSequentially('still typing');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    server.setRoot(next);
    server.interrupt(['/assets/']);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('A new version of Crampnote could not be downloaded completely.', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Update available.').count()).toBe(0);
    expect(await page.getByLabel('Notes').inputValue()).toBe('still typing');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await goTo(page, 'About');
    await page.getByText(`Version ${version}`, { exact: true }).waitFor();

    server.interrupt([]);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('Update available.').waitFor({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await goTo(page, 'About');
    await page.getByText(`Version ${version}+next`, { exact: true }).waitFor();
    await goTo(page, 'History');
    await page.getByRole('button', { name: /^Cramp at / }).click();
    expect(await page.getByLabel('Notes').inputValue()).toBe('still typing');
  });
});
