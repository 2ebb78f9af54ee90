/**
 * Two tabs of the production build in one browser, as a person with the app open twice would have them.
 */
import { describe, expect, it } from 'vitest';
import { buildNextVersion } from './support/build-next';
import { goTo, logCramp, moreDetails, openAppPerTest } from './support/app';

const LONG = { timeout: 30_000 };

describe('another tab', () => {
  const open = openAppPerTest();

  it('"Update now" in one tab reloads only that tab; the other keeps its draft and reloads when asked', async () => {
    const next = buildNextVersion('tabs');
    const { page: first, context, server } = await open();
    const second = await context.newPage();
    await second.goto(server.url);
    await logCramp(second);
    await moreDetails(second);
    await second.getByLabel('Notes').pressSequentially('typed in the second tab');
    await second.evaluate(() => Object.assign(window, { sameDocument: true }));

    server.setRoot(next);
    await first.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await first.getByText('Update available.').waitFor(LONG);
    await Promise.all([first.waitForEvent('load', LONG), first.getByRole('button', { name: 'Update now' }).click()]);

    const notice = second.getByText(/^A new version of Crampnote was started in another tab\./);
    await notice.waitFor(LONG);
    expect(await second.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await second.getByLabel('Notes').inputValue()).toBe('typed in the second tab');

    await Promise.all([second.waitForEvent('load', LONG), second.getByRole('button', { name: 'Reload', exact: true }).click()]);
    await second.getByRole('heading', { name: 'Cramp details' }).waitFor(LONG);
    expect(await second.getByLabel('Notes').inputValue()).toBe('typed in the second tab');
    await goTo(second, 'About');
    await second.getByText(/^Version .+\+tabs$/).waitFor(LONG);
  });

  it('deleting everything in one tab: the other says so truly, and nothing of the diary stays in localStorage', async () => {
    const { page: first, context, server } = await open();
    await logCramp(first);
    await goTo(first, 'Guide');
    await first.getByRole('button', { name: 'Start the questions' }).click();
    await first.getByRole('group', { name: /suddenly turned cold/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await first.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('crampnote-')));

    const second = await context.newPage();
    await second.goto(server.url);
    await goTo(second, 'History');
    await second.getByRole('heading', { name: 'History' }).waitFor(LONG);

    await goTo(first, 'Settings');
    await first.getByRole('button', { name: /Your data/ }).click();
    await first.getByLabel('Type DELETE to confirm').fill('DELETE');
    await first.getByRole('button', { name: 'Delete my whole diary' }).click();
    await first.getByText('Your diary was deleted. Crampnote starts fresh.').waitFor(LONG);

    const told = second.getByRole('alert').filter({ hasText: 'Your diary was deleted in another tab.' });
    await told.waitFor(LONG);
    expect(await second.getByText(/updated in another tab/).count()).toBe(0);
    expect(await first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crampnote-')))).toEqual([]);
  });
});
