/**
 * Firefox (Debian's firefox-esr) over WebDriver BiDi, through puppeteer-core, headless, with a fresh
 * profile. puppeteer-core never downloads a browser.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findByText, type EngineSession } from './engine-session';

export async function launchFirefox(executablePath: string): Promise<EngineSession> {
  const profile = await mkdtemp(join(tmpdir(), 'crampnote-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // A closed network: no update checks, telemetry or captive-portal probes.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
    click: async (name) => {
      const handle = await page.evaluateHandle(findByText(name));
      const el = handle.asElement();
      if (!el) throw new Error(`firefox: no button or link "${name}"`);
      await (el as unknown as { click: () => Promise<void> }).click();
    },
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
