/**
 * The promises where the person meets them: the production build on a 390x844 phone, what is in view.
 */
import { describe, expect, it } from 'vitest';
import { launch } from './support/browser';
import { DIST, logCramp, moreDetails, openAppPerTest } from './support/app';
import { startStaticServer } from './support/static-server';
import { axeViolations, smallTargets } from './support/checks';
import { inView, watchForViolations } from './support/viewport';

const LONG = { timeout: 30_000 };

describe('the promises, on a phone', () => {
  const open = openAppPerTest();

  it('after the first visit says it is ready offline, in view, and neither that nor the install offer moves "Log a cramp"; every screen opens offline without a reload', async () => {
    const server = await startStaticServer(DIST);
    const session = await launch();
    try {
      const { page } = session;
      await page.goto(server.url);
      const log = page.getByRole('button', { name: 'Log a cramp' });
      // The app's own Log, once it has taken over from the page's first HTML of it.
      await page.waitForFunction(() => performance.getEntriesByName('log-ready').length >= 2, undefined, LONG);
      const logAt = async () => {
        const box = await log.boundingBox();
        if (!box) throw new Error('"Log a cramp" is not on the screen');
        return box.y;
      };
      const before = await logAt();
      const ready = page.getByText('Crampnote is ready to work offline.');
      await ready.waitFor(LONG);
      // A line that comes and goes by itself floats above the navigation: the button stays where it was.
      expect(await inView(page, ready)).toBe(true);
      expect(await logAt()).toBe(before);
      await ready.waitFor({ state: 'hidden', ...LONG });
      expect(await logAt()).toBe(before);
      // Nor does the browser's offer to install, whenever it comes (played here by the page itself: whether
      // Chromium makes it on a first visit varies from run to run).
      await page.evaluate(() => window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: async () => undefined })));
      const install = page.getByRole('button', { name: 'Install Crampnote on this device' });
      await install.waitFor(LONG);
      expect(await inView(page, install)).toBe(true);
      expect(await logAt()).toBe(before);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, LONG);
      await server.close();
      for (const [link, heading] of [['History', 'History'], ['Patterns', 'Patterns'], ['Guide', 'A few questions about your cramps'], ['Settings', 'Settings']] as const) {
        await page.getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor(LONG);
        expect(await page.getByText('This screen could not be shown').count()).toBe(0);
      }
    } finally {
      await session.close();
      await server.close().catch(() => undefined);
    }
  });

  it('a refused number is said beside the field, in view, and nothing of it is stored', async () => {
    const app = await open();
    const { page } = app;
    await logCramp(page);
    await moreDetails(page);
    const minutes = page.getByLabel('Exact minutes (optional)');
    await minutes.scrollIntoViewIfNeeded();
    await minutes.fill('700');
    await minutes.press('Enter');
    const error = page.getByText('Not saved: enter a number from 0 to 600.');
    await error.waitFor(LONG);
    expect(await inView(page, error)).toBe(true);
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await page.getByLabel('Exact minutes (optional)').waitFor(LONG);
    // The refused text is kept as a draft, still marked as not saved; the record holds no minutes at all.
    expect(await page.getByLabel('Exact minutes (optional)').inputValue()).toBe('700');
    expect(await page.getByLabel('Exact minutes (optional)').getAttribute('aria-invalid')).toBe('true');
    const stored = await page.evaluate(
      () =>
        new Promise<unknown[]>((done) => {
          const open = indexedDB.open('crampnote');
          open.onsuccess = () => {
            const all = open.result.transaction('episodes').objectStore('episodes').getAll();
            all.onsuccess = () => done((all.result as { durationMinutes?: number }[]).map((e) => e.durationMinutes ?? null));
          };
        }),
    );
    expect(stored).toEqual([null]);
  });

  it('a full disk while typing a note at the bottom of the form: said beside the field and at the top of the screen, in view, and the text kept', async () => {
    const app = await open();
    const { page } = app;
    await logCramp(page);
    await moreDetails(page);
    const notes = page.getByLabel('Notes');
    await notes.scrollIntoViewIfNeeded();
    await notes.pressSequentially('left calf');
    await expect.poll(() => page.evaluate(() => document.querySelector('textarea')?.getAttribute('aria-invalid') ?? 'saved'), { timeout: 30_000 }).toBe('saved');

    // A full disk: IndexedDB refuses every write with QuotaExceededError, as the browser does.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      Object.assign(window, { restoreDisk: () => (IDBObjectStore.prototype.put = put) });
      IDBObjectStore.prototype.put = function full() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await notes.pressSequentially(', woke me');

    const beside = page.getByText(/^Not saved yet\. What you typed is kept on this device/);
    await beside.waitFor(LONG);
    expect(await inView(page, beside)).toBe(true);
    const notice = page.getByRole('alert').filter({ hasText: 'out of storage space' });
    await notice.waitFor(LONG);
    expect(await inView(page, notice)).toBe(true);
    expect(await notes.getAttribute('aria-invalid')).toBe('true');
    expect(await notes.inputValue()).toBe('left calf, woke me');

    // Leaving asks first, and staying keeps the text.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByRole('heading', { name: 'Cramp details' }).isVisible()).toBe(true);
    expect(await notes.inputValue()).toBe('left calf, woke me');

    // Space again: "Try again" stores what is on screen.
    await page.evaluate(() => (window as unknown as { restoreDisk: () => void }).restoreDisk());
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => notes.getAttribute('aria-invalid'), { timeout: 30_000 }).toBeNull();
    await page.reload();
    await page.getByLabel('Notes').waitFor(LONG);
    expect(await page.getByLabel('Notes').inputValue()).toBe('left calf, woke me');
  });

  it('no screen breaks the Content-Security-Policy, online or offline, and no page error happens', async () => {
    const server = await startStaticServer(DIST);
    const session = await launch();
    try {
      const { page } = session;
      const violations = await watchForViolations(page);
      await page.goto(server.url);
      await page.getByText('Crampnote is ready to work offline.').waitFor(LONG);
      const walk = async () => {
        await logCramp(page);
        await page.getByRole('button', { name: 'Left calf' }).click();
        for (const link of ['History', 'Patterns', 'Guide', 'Settings', 'About', 'Emergency signs'] as const) {
          await page.getByRole('link', { name: link, exact: true }).click();
          await page.getByRole('heading', { level: 1 }).first().waitFor(LONG);
        }
        await page.getByRole('link', { name: 'Settings', exact: true }).click();
        await page.getByRole('button', { name: /Your data/ }).click();
        await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
        await page.getByRole('button', { name: 'Make a report to print' }).click();
        await page.getByRole('heading', { name: 'Crampnote report' }).waitFor(LONG);
        await page.emulateMedia({ media: 'print' });
        await page.emulateMedia({ media: 'screen' });
      };
      await walk();
      await server.close();
      await page.goto(server.url).catch(() => undefined);
      await page.getByRole('button', { name: 'Log a cramp' }).waitFor(LONG);
      await walk();
      expect(await violations()).toEqual([]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      // Only the app's own files, and by hash the inline pieces of the first paint (the theme's script and
      // colours, the stylesheet's rules the bedside shell uses, and the script that arms its button).
      expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; style-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'$/);
    } finally {
      await session.close();
      await server.close().catch(() => undefined);
    }
  });
});

describe('urgent messages, where the person is', () => {
  const open = openAppPerTest();

  for (const colorScheme of ['dark', 'light'] as const) {
    it(`a warning sign ticked at the bottom of the form takes the screen at once, and stays on Log (${colorScheme})`, async () => {
      const app = await open({ colorScheme });
      const { page } = app;
      await logCramp(page);
      await moreDetails(page);
      const cold = page.getByRole('checkbox', { name: 'Cold, pale or blue foot' });
      await cold.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      await cold.check();
      const dialog = page.getByRole('alertdialog', { name: 'Call emergency services now' });
      await dialog.waitFor(LONG);
      const heading = dialog.getByRole('heading', { name: 'Call emergency services now' });
      expect(await inView(page, heading)).toBe(true);
      expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
      const call = dialog.getByRole('link', { name: /^Call \d+/ });
      expect(await inView(page, call)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Back to the cramp details' }).click();
      await page.getByRole('button', { name: 'Done' }).click();
      const reminder = page.getByRole('alert').filter({ hasText: 'Call emergency services now' });
      await reminder.waitFor(LONG);
      expect(await inView(page, reminder.getByRole('heading'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      // Offline too: the message is part of the app, not of the network.
      await app.server.close();
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'Call emergency services now' }).waitFor(LONG);
    });
  }

  it('a warning sign on a cramp from days ago is dated history, never "call now"', async () => {
    const app = await open();
    const { page } = app;
    await logCramp(page);
    await moreDetails(page);
    const threeDaysAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel('Start date').fill(threeDaysAgo);
    await page.getByText(/Time corrected after logging/).waitFor(LONG);
    await page.getByRole('checkbox', { name: 'Cold, pale or blue foot' }).check();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]:checked') !== null);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByText(/^On .+ you reported: Cold, pale or blue foot$/).waitFor(LONG);
    expect(await page.getByText('Call emergency services now').count()).toBe(0);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });

  it('"not sure" on a red flag shows a check-now message in view, with the number, not the emergency verdict', async () => {
    const app = await open();
    const { page } = app;
    await page.getByRole('link', { name: 'Guide', exact: true }).click();
    await page.getByRole('button', { name: 'Start the questions' }).click();
    const group = page.getByRole('group', { name: /suddenly turned cold/ });
    await group.getByRole('radio', { name: 'Not sure', exact: true }).check();
    const alert = page.getByRole('alert', { name: 'Check now' });
    await alert.waitFor(LONG);
    expect(await inView(page, alert.getByRole('heading', { name: 'Check now' }))).toBe(true);
    expect(await alert.getByRole('link', { name: /^Call \d+/ }).count()).toBe(1);
    expect(await page.getByRole('alert', { name: 'Call emergency services now' }).count()).toBe(0);
  });

  it('a same-or-next-day answer shows in view on its own step, and is still on Log after "Skip for now"', async () => {
    const app = await open();
    const { page } = app;
    await page.getByRole('link', { name: 'Guide', exact: true }).click();
    await page.getByRole('button', { name: 'Start the questions' }).click();
    for (const q of [/suddenly turned cold/, /breathless/, /one calf swollen/]) await page.getByRole('group', { name: q }).getByRole('radio', { name: 'No', exact: true }).check();
    while ((await page.getByRole('group', { name: /burning or aching toes/ }).count()) === 0) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('group', { name: /burning or aching toes/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    const alert = page.getByRole('alert', { name: 'Get a circulation check today or tomorrow' });
    await alert.waitFor(LONG);
    expect(await inView(page, alert.getByRole('heading', { name: 'Get a circulation check today or tomorrow' }))).toBe(true);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    const reminder = page.getByRole('alert').filter({ hasText: 'Get a circulation check today or tomorrow' });
    await reminder.waitFor(LONG);
    expect(await inView(page, reminder.getByRole('heading'))).toBe(true);
  });
});
