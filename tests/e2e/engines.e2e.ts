/**
 * The core promises in three real engines (Chromium, WebKit, Firefox), each with a fresh profile: the app
 * loads and its service worker takes control; with the server stopped for real it still starts; one tap
 * logs a cramp that survives a reload offline; a new build brings an update prompt whose acceptance
 * keeps every record; and the lock locks, logs while locked, unlocks, and an encrypted backup made on
 * another phone restores. An engine missing here is skipped loudly, and counted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, findFirefox, findWebKit, installHint, type Engine } from '../../scripts/browsers';
import { launchChromium } from './engines/chromium';
import { tap, waitUntil, type EngineSession } from './engines/engine-session';
import { launchFirefox } from './engines/firefox';
import { launchWebKit } from './engines/webkit';
import { DIST } from './support/app';
import { buildNextVersion } from './support/build-next';
import { startStaticServer, type StaticServer } from './support/static-server';

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

const LAUNCHERS: Record<Engine, (() => Promise<EngineSession>) | undefined> = {
  chromium: findChromium() ? launchChromium : undefined,
  webkit: (() => {
    const paths = findWebKit();
    return paths ? () => launchWebKit(paths) : undefined;
  })(),
  firefox: (() => {
    const path = findFirefox();
    return path ? () => launchFirefox(path) : undefined;
  })(),
};

/** One "next version" build for all engines, made when the first engine needs it. */
let nextBuild: string | undefined;
const nextVersion = () => (nextBuild ??= buildNextVersion('next'));

const text = (s: string) => `return document.body.innerText.includes(${JSON.stringify(s)})`;

/** In-page script: true when an episode stored in IndexedDB (read with the plain API) satisfies `condition` (of `e`). */
const storedEpisodeSays = (condition: string) => `
  return await new Promise((resolve) => {
    const open = indexedDB.open('crampnote');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const request = open.result.transaction('episodes').objectStore('episodes').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result.some((e) => ${condition}));
      };
      request.onerror = () => resolve(false);
    };
  })`;

const encryptedBackup = readFileSync(resolve(import.meta.dirname, '../fixtures/exports/encrypted-v1.json'), 'utf8');

/** Types into the field labelled exactly `label` (the last one on the page, as a form opens below), as React sees typing. */
const fill = (session: EngineSession, label: string, value: string) =>
  session.evaluate(`
    const label = [...document.querySelectorAll('label')].filter((l) => l.textContent.trim() === ${JSON.stringify(label)}).pop();
    const input = label.control;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return true`);

for (const engine of ['chromium', 'webkit', 'firefox'] as const) {
  const launch = LAUNCHERS[engine];
  if (!launch) console.warn(`\n!!! skipped: no ${engine} on this machine. To run it: ${installHint(engine)}\n`);

  describe.skipIf(!launch)(`in ${engine}`, () => {
    let session: EngineSession;
    let server: StaticServer;
    let next: string;

    beforeAll(async () => {
      next = nextVersion();
      server = await startStaticServer(DIST);
      session = await launch!();
    }, 120_000);

    afterAll(async () => {
      await session?.close();
      await server?.close().catch(() => undefined);
    });

    it('loads, and its service worker takes control', async () => {
      await session.goto(server.url);
      await waitUntil(session, `return !!document.querySelector('.log-button')`, '"Log a cramp"');
      await waitUntil(session, `const r = await navigator.serviceWorker.getRegistration(); return !!(r && r.active)`, 'an active service worker');
      await session.reload();
      await waitUntil(session, `return navigator.serviceWorker.controller !== null`, 'the page under the service worker');
    });

    it('starts with the server stopped for real', async () => {
      await server.close();
      await session.reload();
      await waitUntil(session, `return !!document.querySelector('.log-button')`, 'the app, offline');
    });

    it('logs a cramp with one tap, still there after a reload with the server down', async () => {
      await tap(session, 'Log a cramp');
      await waitUntil(session, text('Saved. Started'), 'the saved confirmation');
      await session.reload();
      await waitUntil(session, text('Saved. Started'), 'the cramp after a reload');
      await tap(session, 'History');
      await waitUntil(session, `return [...document.querySelectorAll('main button')].some((b) => b.textContent.startsWith('Cramp at'))`, 'the cramp in History');
    });

    it('at night: the timer records the length, a place on the drawn map and what helped are kept, and Log confirms a check-in', async () => {
      await tap(session, 'Log');
      await tap(session, 'Log a cramp');
      await waitUntil(session, text('Saved. Started'), 'the saved confirmation');
      await tap(session, 'The cramp is over');
      await waitUntil(session, text('Recorded: it lasted under a minute.'), 'the recorded length');
      // The drawn body map: each place is itself the button.
      await session.evaluate(`document.querySelector('[aria-label="Left calf"]').dispatchEvent(new MouseEvent('click', { bubbles: true })); return true`);
      await waitUntil(session, `return document.querySelector('[aria-label="Left calf"]')?.getAttribute('aria-pressed') === 'true'`, 'Left calf chosen');
      const tick = (label: string) => `[...document.querySelectorAll('.relief-row label')].find((l) => (l.querySelector('input').getAttribute('aria-label') ?? l.textContent.trim()) === ${JSON.stringify(label)})?.querySelector('input')`;
      await session.evaluate(`${tick('Massage')}.click(); return true`);
      await waitUntil(session, `return !!${tick('Massage: it helped')}`, '"It helped" for massage');
      await session.evaluate(`${tick('Massage: it helped')}.click(); return true`);
      await waitUntil(session, `return ${tick('Massage: it helped')}?.checked === true`, 'massage helped');
      // The box shows the tick at once; the reload waits for the write itself, as a person's next tap would not.
      await waitUntil(session, storedEpisodeSays(`e.reliefWorked.includes('massage') && e.sites.some((s) => s.region === 'calf')`), 'the place and the relief stored');
      await session.reload();
      await waitUntil(session, `return document.querySelector('[aria-label="Left calf"]')?.getAttribute('aria-pressed') === 'true' && ${tick('Massage: it helped')}?.checked === true`, 'the place and the relief after a reload');

      await tap(session, 'Log');
      await session.evaluate(`[...document.querySelectorAll('main button')].find((b) => /^(Tonight's check-in|Check-in for last night)$/.test(b.textContent.trim())).click(); return true`);
      await waitUntil(session, text('Check-in for the night of'), 'the check-in');
      await session.evaluate(`[...document.querySelectorAll('label.choice')].find((l) => l.textContent.trim() === 'Cool').querySelector('input').click(); return true`);
      await waitUntil(session, `return [...document.querySelectorAll('label.choice')].find((l) => l.textContent.trim() === 'Cool')?.querySelector('input').checked === true`, 'the bedroom chosen');
      await tap(session, 'Done');
      await waitUntil(session, `return /(Tonight's|Last night's) check-in is saved\\./.test(document.body.innerText)`, 'the check-in confirmed on Log');
      await tap(session, 'History');
      await waitUntil(session, `return [...document.querySelectorAll('main button')].some((b) => b.textContent.startsWith('Cramp at'))`, 'the cramps in History');
    });

    it('shows the update prompt for a new build, and accepting it keeps every record', async () => {
      server = await startStaticServer(next, server.port);
      await session.evaluate(`document.dispatchEvent(new Event('visibilitychange')); return true`);
      await waitUntil(session, text('Update available.'), 'the update prompt', 30_000);
      expect(await session.evaluate<boolean>(text('Cramp at'))).toBe(true);
      // The page before the update carries a mark; the updated app is a new page without it (the old page
      // can still show its screens for a moment after the tap).
      await session.evaluate(`window.crampnoteBeforeUpdate = true; return true`);
      await tap(session, 'Update now');
      await waitUntil(session, `return !window.crampnoteBeforeUpdate && document.readyState === 'complete' && !!document.querySelector('.log-button, main h1')`, 'the updated app');
      await tap(session, 'About');
      await waitUntil(session, text(`Version ${version}+next`), 'the new version in About', 30_000);
      await tap(session, 'History');
      await waitUntil(session, `return [...document.querySelectorAll('main button')].some((b) => b.textContent.startsWith('Cramp at'))`, 'the cramp after the update');
    });

    it('locks with a passphrase, logs while locked, unlocks, and restores an encrypted backup made on another phone', async () => {
      await tap(session, 'Settings');
      await tap(session, 'Turn on the lock');
      await fill(session, 'Passphrase (at least 8 characters)', 'kettle on the landing at four');
      await fill(session, 'The same passphrase again', 'kettle on the landing at four');
      await tap(session, 'Turn on the lock');
      await waitUntil(session, text('The lock is on.'), 'the lock on', 60_000);
      await tap(session, 'Lock now');
      await waitUntil(session, text('Your diary is locked'), 'the locked screen');

      await tap(session, 'Log');
      await waitUntil(session, text('The diary is locked.'), 'Log, locked');
      await tap(session, 'Log a cramp');
      await waitUntil(session, text('Saved. Started'), 'a cramp saved while locked');
      await waitUntil(session, `return !!document.querySelector('[aria-label="Right heel"]')`, 'the drawn map while locked');
      await session.evaluate(`document.querySelector('[aria-label="Right heel"]').dispatchEvent(new MouseEvent('click', { bubbles: true })); return true`);
      await waitUntil(session, text('Chosen: Right heel'), 'the place chosen while locked');

      await tap(session, 'History');
      await waitUntil(session, text('Your diary is locked'), 'History asking for the passphrase');
      expect(await session.evaluate<boolean>(text('Cramp at'))).toBe(false);
      await fill(session, 'Passphrase', 'kettle on the landing at four');
      await tap(session, 'Unlock');
      await waitUntil(session, `return [...document.querySelectorAll('main button')].some((b) => /^Cramp at .*Right heel/.test(b.textContent))`, 'the cramp logged while locked, once unlocked', 60_000);

      await tap(session, 'Settings');
      await tap(session, 'Your data: export, import, report');
      await waitUntil(session, `return !!document.querySelector('input[type=file]')`, 'the import field');
      await session.evaluate(`
        const input = document.querySelector('input[type=file]');
        const files = new DataTransfer();
        files.items.add(new File([${JSON.stringify(encryptedBackup)}], 'crampnote-encrypted.json', { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return true`);
      await waitUntil(session, text('This is an encrypted backup.'), 'the passphrase asked for the backup');
      await fill(session, 'Passphrase of this backup', 'correct horse battery staple');
      await tap(session, 'Open the backup');
      await tap(session, 'Import', 60_000);
      await waitUntil(session, text('Imported:'), 'the backup imported');
    });
  });
}
