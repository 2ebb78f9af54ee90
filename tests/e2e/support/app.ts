/**
 * One running copy of the production build in a fresh browser profile, for an end-to-end test.
 */
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForServiceWorkerControl, type Session } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export const DIST = resolve(import.meta.dirname, '../../../dist');

export interface RunningApp extends Session {
  server: StaticServer;
  /** Every URL the browser asked for, from the page and from the service worker. */
  requested: string[];
  stop: () => Promise<void>;
}

export async function openApp(options: Parameters<typeof launch>[0] & { root?: string } = {}): Promise<RunningApp> {
  const server = await startStaticServer(options.root ?? DIST);
  const session = await launch(options);
  const requested: string[] = [];
  session.context.on('request', (r) => requested.push(r.url()));
  await session.page.goto(server.url);
  await session.page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  await waitForServiceWorkerControl(session.page);
  return {
    ...session,
    server,
    requested,
    stop: async () => {
      await session.close();
      await server.close().catch(() => undefined);
    },
  };
}

/** Taps "Log a cramp" and waits for the saved episode's details. */
export async function logCramp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('heading', { name: 'Cramp details' }).waitFor();
  await page.getByText(/^Saved\. Started/).waitFor();
}

/** Opens the cramp form's "Add more now or in the morning" fold, where the fields beyond the short night form are. */
export async function moreDetails(page: Page): Promise<void> {
  const fold = page.locator('details.more-details');
  await fold.waitFor();
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Add more now or in the morning').click();
  await page.getByLabel('Notes').waitFor();
}

/** Goes to a screen by the bottom navigation or the header, as a person would. */
export async function goTo(page: Page, name: 'Log' | 'History' | 'Patterns' | 'Guide' | 'Settings' | 'About' | 'Emergency signs'): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
}

/**
 * For a describe block whose tests each open their own copy of the app: returns the opener, and stops
 * whatever the test opened when it ends.
 */
export function openAppPerTest(): (options?: Parameters<typeof openApp>[0]) => Promise<RunningApp> {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });
  return async (options) => (app = await openApp(options));
}
