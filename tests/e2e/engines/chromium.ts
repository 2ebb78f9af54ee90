/**
 * Chromium through playwright-core, for the cross-engine tests, with a fresh persistent profile.
 */
import type { ElementHandle } from 'playwright-core';
import { launch } from '../support/browser';
import { findByText, type EngineSession } from './engine-session';

export async function launchChromium(): Promise<EngineSession> {
  const session = await launch();
  const { page } = session;
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    evaluate: <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
    click: async (name) => {
      const handle = await page.evaluateHandle(findByText(name));
      const el = handle.asElement() as ElementHandle<HTMLElement> | null;
      if (!el) throw new Error(`chromium: no button or link "${name}"`);
      await el.click();
    },
    close: session.close,
  };
}
