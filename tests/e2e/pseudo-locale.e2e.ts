/**
 * The app built in the pseudo-locale (every catalogue string accented, about 30% longer, in brackets):
 * on a 390x844 phone no screen scrolls sideways, and no text a person can see or hear comes from outside
 * the catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app as en } from '../../src/i18n/en/app';
import { pseudoText as p } from '../../src/i18n/pseudo/localize';
import { launch, waitForServiceWorkerControl, type Session } from './support/browser';
import { buildNextVersion } from './support/build-next';
import { axeViolations } from './support/checks';
import { startStaticServer, type StaticServer } from './support/static-server';

/** Words the browser's own date and time formatting writes (Intl), which the catalogue does not hold. */
const INTL_WORDS = /^(AM|PM|am|pm|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Text a person can see, or hear from a screen reader, that is not inside a catalogue string's brackets. */
async function textOutsideCatalogue(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const strip = (text: string) => {
      let rest = text;
      for (let before = ''; before !== rest; ) {
        before = rest;
        rest = rest.replace(/\[[^[\]]*\]/g, ' ');
      }
      return rest;
    };
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      // The noscript note is static HTML, shown only where the app cannot run at all.
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'svg', 'path'].includes(el.tagName)) continue;
      const style = getComputedStyle(el);
      const hidden = style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]') !== null;
      if (hidden) continue;
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
      const spoken = ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' ');
      for (const text of [own, spoken]) {
        const words = strip(text).match(/[A-Za-z]{2,}/g) ?? [];
        if (words.length > 0) out.push(`<${el.tagName.toLowerCase()}> ${text.trim().slice(0, 80)} :: ${words.join(' ')}`);
      }
    }
    return out;
  });
  return found.filter((line) => !line.split(' :: ')[1]?.split(' ').every((w) => INTL_WORDS.test(w)));
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the pseudo-locale build', () => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    const dist = buildNextVersion('pseudo', { CRAMPNOTE_LOCALE: 'pseudo' });
    server = await startStaticServer(dist);
    session = await launch();
    await session.page.goto(server.url);
    await session.page.getByRole('button', { name: p(en.home.logCramp) }).waitFor();
    await waitForServiceWorkerControl(session.page);
    // A cramp with details, so History, Patterns and the report have something to show.
    await session.page.getByRole('button', { name: p(en.home.logCramp) }).click();
    const leftCalf = p(en.site).replace('{side}', p(en.sides.left)).replace('{region}', p(en.regions.calf));
    await session.page.getByRole('button', { name: leftCalf, exact: true }).click();
    await session.page.waitForFunction((name) => document.querySelector(`[aria-label="${name}"]`)?.getAttribute('aria-pressed') === 'true', leftCalf);
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await server?.close().catch(() => undefined);
  });

  it.each([
    ['cramp details', ''],
    ['Log', '/'],
    ['History', '/history'],
    ['Patterns', '/patterns'],
    ['Guide', '/guide'],
    ['Guide results', '/guide/results'],
    ['Learn', '/learn'],
    ['check-in', '/check-in/2026-11-20'],
    ['Settings', '/settings'],
    ['Your data', '/data'],
    ['report', '/report'],
    ['Emergency signs', '/emergency'],
    ['About', '/about'],
  ])('%s: nothing scrolls sideways and every word comes from the catalogue', async (_name, path) => {
    const { page } = session;
    if (path) await page.goto(new URL(path, server.url).href);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await textOutsideCatalogue(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
