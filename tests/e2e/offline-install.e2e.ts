import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { initialJavaScript } from '../../scripts/initial-js';
import { DIST, logCramp, openApp, type RunningApp } from './support/app';

describe('installable and offline', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('passes Chromium\'s installability check with no errors', async () => {
    const cdp = await app.context.newCDPSession(app.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  });

  it('has a complete manifest with any and maskable icons that load', async () => {
    const manifest = await app.page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
      return href ? ((await (await fetch(href)).json()) as Record<string, unknown>) : null;
    });
    expect(manifest).toMatchObject({
      id: '/', name: expect.any(String), short_name: 'Crampnote', description: expect.any(String),
      start_url: '/', scope: '/', display: 'standalone', theme_color: '#1b140f', background_color: '#1b140f',
    });
    const icons = manifest?.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons).toEqual(expect.arrayContaining([
      expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
      expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
      expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
    ]));
    const themeMeta = await app.page.locator('meta[name="theme-color"]').getAttribute('content');
    expect(themeMeta).toBe(manifest?.theme_color);
    for (const href of [...icons.map((i) => `/${i.src}`), '/apple-touch-icon-180x180.png']) {
      const size = await app.page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, href);
      expect(href.includes('180x180') ? '180x180' : icons.find((i) => `/${i.src}` === href)?.sizes).toBe(size);
    }
  });

  it('the service worker precaches every file of the build, so every screen works offline', async () => {
    const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
      .filter((f) => f.isFile())
      .map((f) => relative(DIST, join(f.parentPath, f.name)).split(sep).join('/'))
      .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('the bedside start loads at most 120 KB of JavaScript (gzip)', () => {
    const js = initialJavaScript(DIST);
    console.log(`initial JavaScript: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files.length} files`);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzipBytes).toBeLessThanOrEqual(120 * 1024);
  });

  it('starts dark before any script runs: no white flash', async () => {
    const html = await (await fetch(app.server.url)).text();
    const inlineStyle = /<style>([^<]*)<\/style>/.exec(html);
    expect(inlineStyle?.[1]).toMatch(/html,\s*body\s*\{[^}]*background:\s*#1b140f/);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<script'));
  });

  it('with the server stopped for real, the app starts, and "Log a cramp" saves', async () => {
    await app.server.close();
    await app.page.reload();
    await logCramp(app.page);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Cramp details' }).waitFor();
    expect(await app.page.getByText(/^Saved\. Started/).isVisible()).toBe(true);
    for (const screen of ['History', 'Settings', 'About'] as const) {
      await app.page.getByRole('link', { name: screen, exact: true }).click();
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await app.page.getByRole('link', { name: 'Emergency signs' }).click();
    await app.page.getByRole('heading', { name: 'Emergency signs' }).waitFor();
  });

  it('never asked any other origin for anything', () => {
    const origin = new URL(app.server.url).origin;
    const foreign = app.requested.filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
    expect(app.requested.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });
});
