/**
 * `npm run screenshots`: pictures of the production build on a 390x844 phone at night, for the README
 * (docs/screenshots/). Builds first, serves dist/ on loopback, and drives Debian's (or the system's)
 * Chromium with playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowsers, findChromium } from './browsers';
import { headersFor, policyOfBuild } from './hosting';
import { distHandler } from './serve-dist';
import { syntheticExport } from './synthetic-diary';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'docs', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`wrote docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  ensureBrowsers(['chromium']);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');

  const policy = policyOfBuild(DIST);
  const server = createServer(distHandler(() => DIST, (path) => headersFor(path, policy)));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'crampnote-shots-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: 'dark', reducedMotion: 'reduce' });
  try {
    mkdirSync(OUT, { recursive: true });
    const page = context.pages()[0] ?? (await context.newPage());
    // The first pictures are of the night, at whatever hour this runs: 11:40 p.m. today.
    const today = new Date();
    await page.clock.setFixedTime(new Date(today.getFullYear(), today.getMonth(), today.getDate(), 23, 40));
    await page.goto(url);
    await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
    // The first visit's "ready to work offline" line goes by itself; the pictures are of the app after it.
    const ready = page.getByText('Crampnote is ready to work offline.');
    await ready.waitFor({ timeout: 30_000 });
    await ready.waitFor({ state: 'hidden', timeout: 30_000 });
    await shot(page, 'log-at-night');

    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('heading', { name: 'Cramp details' }).waitFor();
    await page.getByRole('button', { name: 'Left calf' }).click();
    await page.getByRole('radio', { name: '7' }).check();
    await page.getByRole('checkbox', { name: 'Pulled toes up or stretched' }).check();
    await page.getByRole('checkbox', { name: 'Pulled toes up or stretched: it helped' }).check();
    await page.getByText('Where did it cramp?').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot(page, 'cramp-details');

    await page.getByText('Add more now or in the morning').click();
    await page.getByRole('checkbox', { name: 'Cold, pale or blue foot' }).check();
    await page.getByRole('alertdialog').waitFor();
    await shot(page, 'urgent-message');

    // A year of a synthetic diary, for Patterns and the report.
    const diary = join(profile, 'diary.json');
    writeFileSync(diary, JSON.stringify(syntheticExport(1, Date.now(), 11)));
    await page.goto(new URL('/data', url).href);
    await page.getByLabel('Choose a file to import').setInputFiles(diary);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor({ timeout: 60_000 });
    await page.goto(new URL('/patterns', url).href);
    await page.getByRole('heading', { name: 'In short' }).waitFor();
    await page.getByRole('radio', { name: '3 months' }).check();
    await page.getByText(/^Cramps on \d+ of \d+ nights/).first().waitFor();
    await shot(page, 'patterns');
    await page.getByRole('heading', { name: 'How often' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -60));
    await shot(page, 'patterns-chart');

    await page.goto(new URL('/report', url).href);
    await page.getByText(/^median \d/).waitFor();
    await shot(page, 'report');

    await page.goto(new URL('/history', url).href);
    await page.getByRole('table').waitFor();
    await shot(page, 'history-month');

    await page.goto(new URL('/settings', url).href);
    await page.getByRole('heading', { name: 'Reminders' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot(page, 'reminders');

    // A morning: a cramp logged at 11:10 p.m., seen on Log at 7:30 a.m. Two days on, so that what was
    // logged above, at whatever time this runs, is neither last night's nor recent: the picture is the same
    // at any hour.
    const evening = await page.evaluate(() => {
      const d = new Date();
      return [new Date(d.getFullYear(), d.getMonth(), d.getDate() + 2, 23, 10).getTime(), new Date(d.getFullYear(), d.getMonth(), d.getDate() + 3, 7, 30).getTime()] as const;
    });
    await page.clock.setFixedTime(evening[0]);
    await page.goto(url);
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('heading', { name: 'Cramp details' }).waitFor();
    await page.clock.setFixedTime(evening[1]);
    await page.goto(url);
    await page.getByRole('button', { name: /^Add details to the / }).first().waitFor();
    const notNow = page.getByRole('button', { name: 'Not now' });
    if (await notNow.isVisible()) await notNow.click();
    await page.getByText(/^Last night: /).evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await shot(page, 'morning');
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
