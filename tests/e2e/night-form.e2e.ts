/**
 * The night form as a person meets it on a 390x844 phone, in the dark and the light theme: short enough
 * to finish in about one and a half screens, a drawn body map whose places are the controls, one relief
 * list, and the rest offered again in the morning.
 */
import { describe, expect, it } from 'vitest';
import { DIST, goTo, logCramp, openAppPerTest } from './support/app';
import { launch } from './support/browser';
import { startStaticServer } from './support/static-server';
import { axeViolations } from './support/checks';
import { inView } from './support/viewport';

const LONG = { timeout: 30_000 };
const SCREEN = 844;

describe('the short night form', () => {
  const open = openAppPerTest();

  for (const colorScheme of ['dark', 'light'] as const) {
    it(`fits where, how bad, what helped and Done in about one and a half screens, with a drawn map (${colorScheme})`, async () => {
      const { page } = await open({ colorScheme });
      await logCramp(page);
      const done = page.getByRole('button', { name: 'Done', exact: true });
      await done.waitFor(LONG);
      const box = (await done.boundingBox())!;
      const bottom = box.y + box.height;
      const screens = bottom / SCREEN;
      console.log(`short night form (${colorScheme}): "Done" ends ${Math.round(bottom)} px down, ${screens.toFixed(2)} screens of 844 px`);
      expect(screens).toBeLessThanOrEqual(1.55);
      // Everything else is folded under one line, below Done.
      const more = page.getByText('Add more now or in the morning');
      expect((await more.boundingBox())!.y).toBeGreaterThan(box.y);
      expect(await page.getByLabel('Notes').isVisible()).toBe(false);

      // Every place on both legs is a shape of the drawing at least 44x44 CSS px, named for the person.
      const sizes = await page.locator('.body-map [role="button"]').evaluateAll((shapes) =>
        shapes.map((s) => ({ name: s.getAttribute('aria-label'), tag: s.tagName, ...JSON.parse(JSON.stringify(s.getBoundingClientRect())) as DOMRect })),
      );
      expect(sizes).toHaveLength(18);
      for (const s of sizes) {
        expect.soft(s.tag, String(s.name)).toBe('g');
        expect.soft(s.width, String(s.name)).toBeGreaterThanOrEqual(44);
        expect.soft(s.height, String(s.name)).toBeGreaterThanOrEqual(44);
      }

      // By keyboard: Tab reaches the places, Space chooses one, and the choice shows in more than colour.
      const calf = page.getByRole('button', { name: 'Left calf' });
      await calf.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('[aria-label="Left calf"]')?.getAttribute('aria-pressed') === 'true');
      expect(await calf.locator('.tick').count()).toBe(1);
      const widths = await page.evaluate(() => ['Left calf', 'Right calf'].map((n) => getComputedStyle(document.querySelector(`[aria-label="${n}"] path`)!).strokeWidth));
      expect(widths[0]).not.toBe(widths[1]);
      await page.getByText('Chosen: Left calf').waitFor(LONG);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Left heel');

      // One relief list: tried, then "it helped", kept across a reload.
      await page.getByRole('checkbox', { name: 'Hung the foot down' }).check();
      const helped = page.getByRole('checkbox', { name: 'Hung the foot down: it helped' });
      await helped.check();
      expect(await inView(page, helped)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      await page.getByRole('checkbox', { name: 'Hung the foot down: it helped' }).waitFor(LONG);
      expect(await page.getByRole('checkbox', { name: 'Hung the foot down: it helped' }).isChecked()).toBe(true);
      expect(await page.getByRole('button', { name: 'Left calf' }).getAttribute('aria-pressed')).toBe('true');
    });
  }

  it('in the morning, Log offers the details of last night\'s cramp, which opens with every field', async () => {
    const { page } = await open();
    await logCramp(page);
    // Moved to 11 pm of last night, as if logged then.
    await page.getByText('Add more now or in the morning').click();
    const lastEvening = await page.evaluate(() => {
      const d = new Date(Date.now() - 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel('Start date').fill(lastEvening);
    await page.getByLabel('Start time').fill('23:00');
    await page.getByLabel('Start time').blur();
    await page.getByText(/Time corrected after logging/).waitFor(LONG);
    await goTo(page, 'Log');
    const offer = page.getByRole('button', { name: /^Add details to the 11:00\s?PM cramp$/ });
    await offer.waitFor(LONG);
    expect(await inView(page, offer)).toBe(true);
    await offer.click();
    await page.getByRole('heading', { name: 'Cramp details' }).waitFor(LONG);
    await page.getByLabel('Notes').waitFor(LONG);
    expect(await page.getByLabel('Notes').isVisible()).toBe(true);
  });

  it('in the evening Log offers tonight\'s check-in, confirms it in view, and a cramp that night shows the same evening', async () => {
    const { page } = await open();
    const evening = await page.evaluate(() => new Date(2026, 10, 26, 19, 0).getTime());
    await page.clock.setFixedTime(evening);
    await page.reload();
    const offer = page.getByRole('button', { name: 'Tonight\'s check-in' });
    await offer.waitFor(LONG);
    expect(await inView(page, offer)).toBe(true);
    await offer.click();
    await page.getByRole('heading', { name: /^Check-in for the night of Thu, Nov 26/ }).waitFor(LONG);
    const drinks = page.getByLabel('Alcoholic drinks in the evening');
    await drinks.fill('2');
    await drinks.blur();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    const saved = page.getByText('Tonight\'s check-in is saved.');
    await saved.waitFor(LONG);
    expect(await inView(page, saved)).toBe(true);

    await logCramp(page);
    await page.getByText('Add more now or in the morning').click();
    await page.getByLabel('Alcoholic drinks in the evening').waitFor(LONG);
    expect(await page.getByLabel('Alcoholic drinks in the evening').inputValue()).toBe('2');
  });

  it('the start draws "Log a cramp" without waiting for the database', async () => {
    const { page } = await open();
    // IndexedDB answers only when the test says so, as on a phone whose storage is slow to wake.
    await page.context().addInitScript(() => {
      const held: (() => void)[] = [];
      const open = IDBFactory.prototype.open;
      Object.assign(window, { releaseDatabase: () => held.splice(0).forEach((go) => go()), databaseOpened: false });
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
        let handler: ((e: Event) => void) | null = null;
        const listeners: EventListenerOrEventListenerObject[] = [];
        const addEventListener = request.addEventListener.bind(request);
        request.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
          if (type === 'success') listeners.push(listener);
          else addEventListener(type, listener, options);
        };
        Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (h) => (handler = h), configurable: true });
        onsuccess.set!.call(request, (event: Event) => {
          held.push(() => {
            Object.assign(window, { databaseOpened: true });
            handler?.call(request, event);
            for (const l of listeners) (typeof l === 'function' ? l : l.handleEvent.bind(l))(event);
          });
        });
        return request;
      };
    });
    await page.reload();
    // The app's own Log screen, not only the page's first paint (whose button has the id early-log).
    const button = page.locator('main button.log-button:not(#early-log)', { hasText: 'Log a cramp' });
    await button.waitFor(LONG);
    expect(await inView(page, button)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { databaseOpened: boolean }).databaseOpened)).toBe(false);
    await page.evaluate(() => (window as unknown as { releaseDatabase: () => void }).releaseDatabase());
    await page.waitForFunction(() => (window as unknown as { databaseOpened: boolean }).databaseOpened);
  });

  it('a tap on the first paint, before the app has started, is logged at its own time', async () => {
    const server = await startStaticServer(DIST);
    const session = await launch();
    try {
      const { page } = session;
      // The app's code is held back, as on a phone still loading it.
      let release!: () => void;
      const held = new Promise<void>((go) => (release = go));
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(server.url, { waitUntil: 'commit' });
      const button = page.getByRole('button', { name: 'Log a cramp' });
      await button.waitFor(LONG);
      expect(await inView(page, button)).toBe(true);
      const tappedAt = await page.evaluate(() => Date.now());
      await button.click();
      await page.getByRole('button', { name: 'Saving…' }).waitFor(LONG);
      const releasedAt = await page.evaluate(() => Date.now());
      release();
      await page.getByRole('heading', { name: 'Cramp details' }).waitFor(LONG);
      await page.getByText(/^Saved\. Started/).waitFor(LONG);
      const startedAt = await page.evaluate(
        () =>
          new Promise<number[]>((done, fail) => {
            const request = indexedDB.open('crampnote');
            request.onerror = () => fail(request.error);
            request.onsuccess = () => {
              const all = request.result.transaction('episodes').objectStore('episodes').getAll();
              all.onsuccess = () => done((all.result as { startedAt: number }[]).map((e) => e.startedAt));
            };
          }),
      );
      expect(startedAt).toHaveLength(1);
      expect(startedAt[0]).toBeGreaterThanOrEqual(tappedAt);
      expect(startedAt[0]).toBeLessThanOrEqual(releasedAt);
    } finally {
      await session.close();
      await server.close().catch(() => undefined);
    }
  });

  it('on any other screen the first paint shows no Log button, and the app then draws that screen', async () => {
    const server = await startStaticServer(DIST);
    const session = await launch({ serviceWorkers: 'block' });
    try {
      const { page } = session;
      // Every frame, from the first, is looked at for a Log button a person could see.
      await page.addInitScript(() => {
        const seen: boolean[] = [];
        Object.assign(window, { framesWithLog: seen });
        const look = () => {
          seen.push(document.getElementById('early-log')?.checkVisibility() ?? false);
          if (seen.length < 600) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const framesWithLog = () => page.evaluate(() => (window as unknown as { framesWithLog: boolean[] }).framesWithLog);
      await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
      await page.goto(`${server.url}/history`);
      await page.waitForFunction(() => document.querySelector('script[type="module"]') !== null, undefined, LONG);
      expect(await page.locator('#root').evaluate((root) => root.children.length)).toBe(0);
      expect(await framesWithLog()).not.toContain(true);
      await page.unrouteAll();
      await page.goto(`${server.url}/history`);
      const heading = page.getByRole('heading', { level: 1, name: 'History' });
      await heading.waitFor(LONG);
      expect(await inView(page, heading)).toBe(true);
      expect(await framesWithLog()).not.toContain(true);
    } finally {
      await session.close();
      await server.close().catch(() => undefined);
    }
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    it(`the first paint is the Log screen the app then draws: the same sizes and colours (${colorScheme})`, async () => {
      const server = await startStaticServer(DIST);
      // Without a service worker, so that the test can hold back the app's own files on the reload.
      const session = await launch({ colorScheme, serviceWorkers: 'block' });
      try {
        const { page } = session;
        await page.goto(server.url);
        if (colorScheme === 'light') {
          await goTo(page, 'Settings');
          await page.getByRole('radio', { name: 'Follow the device' }).check();
          await page.waitForFunction(() => (localStorage.getItem('crampnote-theme') ?? '').includes('device'));
          await goTo(page, 'Log');
        }
        const looks = () =>
          page.evaluate(() => {
            const of = (selector: string) => {
              const el = document.querySelector(selector)!;
              const { x, y, width, height } = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              return { box: [x, y, width, height].map(Math.round), background: style.backgroundColor, color: style.color, font: `${style.fontWeight} ${style.fontSize}` };
            };
            return {
              body: getComputedStyle(document.body).backgroundColor,
              button: { ...of('main .log-button'), box: of('main .log-button').box.slice(2) },
              topBar: of('.top-bar'),
              brand: of('.brand'),
              emergency: of('.emergency-link'),
              nav: of('.bottom-nav'),
              current: of('.bottom-nav a[aria-current="page"]'),
              other: of('.bottom-nav a:not([aria-current])'),
            };
          });
        await page.locator('main button.log-button:not(#early-log)').waitFor(LONG);
        const drawn = await looks();
        // Only what the page itself carries: the app's stylesheet and code never arrive.
        await page.route(/\/assets\/index-[^/]+\.(js|css)$/, (route) => route.abort());
        await page.reload();
        await page.locator('#early-log').waitFor(LONG);
        await page.waitForFunction(() => document.querySelector('script[type="module"]') !== null, undefined, LONG);
        const first = await looks();
        expect(await page.locator('#early-log').count()).toBe(1);
        // Nothing was drawn before the button was armed: a tap on the first paint is always kept.
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, LONG);
        const [painted, armed] = await page.evaluate(() => ['first-contentful-paint', 'log-ready'].map((name) => performance.getEntriesByName(name)[0]!.startTime));
        expect(armed).toBeLessThanOrEqual(painted!);
        expect(first.body).toBe(colorScheme === 'light' ? 'rgb(247, 241, 232)' : 'rgb(27, 20, 15)');
        expect(first).toEqual(drawn);
      } finally {
        await session.close();
        await server.close().catch(() => undefined);
      }
    });
  }
});
