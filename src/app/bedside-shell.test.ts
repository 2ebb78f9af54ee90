/**
 * The page's own first paint (scripts/bedside-shell.ts, written into index.html at build): the Log screen's
 * button, from the catalogue, armed so that a tap before the app starts is kept, and gone on other paths;
 * the stylesheet's rules it needs, and the app started only after it has painted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shellCss, shellHtml, shellScript, startData, startModulesOf, type StartModules } from '../../scripts/bedside-shell';
import { messages as m } from '../i18n/messages';
import { takeEarlyTap } from '../state/early-tap';

function paint(path: string, start?: StartModules) {
  history.replaceState(null, '', path);
  document.body.innerHTML = `<div id="root">${shellHtml(m)}</div>${start ? startData(start) : ''}`;
  new Function(shellScript(m.home.saving, start !== undefined))();
}

const START: StartModules = { style: '/assets/index-1.css', entry: '/assets/index-2.js', preload: ['/assets/react-3.js', '/assets/live-4.js'] };
const entryScript = () => document.querySelector<HTMLScriptElement>('script[type="module"]');

describe('the bedside shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML = '';
    history.replaceState(null, '', '/');
    takeEarlyTap();
  });

  it('shows the Log screen\'s button and links from the catalogue, and keeps a tap with its time', () => {
    paint('/');
    const button = document.getElementById('early-log')!;
    expect(button.textContent).toBe('Log a cramp');
    expect([...document.querySelectorAll('a')].map((a) => a.textContent)).toEqual([m.skipToContent, m.appName, m.nav.about, m.nav.emergency, m.nav.home, m.nav.history, m.nav.patterns, m.nav.guide, m.nav.settings]);
    const before = Date.now();
    button.click();
    button.click();
    expect(button.textContent).toBe('Saving…');
    expect(button.getAttribute('aria-busy')).toBe('true');
    const at = takeEarlyTap();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
    // Taken once: the app logs it once.
    expect(takeEarlyTap()).toBeUndefined();
  });

  it('is gone before it paints on any other screen', () => {
    paint('/history');
    expect(document.getElementById('root')!.children).toHaveLength(0);
  });

  it('writes text as text', () => {
    const html = shellHtml({ ...m, home: { ...m.home, logCramp: '<b>Log</b> & "go"' } });
    expect(html).toContain('&lt;b&gt;Log&lt;/b&gt; &amp; &quot;go&quot;');
  });

  it('starts the app only after the first paint has been shown, and its entry only once the stylesheet has loaded', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    paint('/', START);
    // Nothing is asked for while the shell has not painted.
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
    expect(frames).toHaveLength(1);
    // The first frame draws the shell; the app is asked for after the next one.
    frames[0]!(performance.now());
    expect(frames).toHaveLength(2);
    frames[1]!(performance.now());
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
    await vi.waitFor(() => expect(document.head.querySelectorAll('link')).toHaveLength(3));
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname);
    expect(preloads).toEqual(START.preload);
    const sheet = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
    expect(new URL(sheet.href).pathname).toBe(START.style);
    expect(entryScript()).toBeNull();
    sheet.dispatchEvent(new Event('load'));
    expect(new URL(entryScript()!.src).pathname).toBe(START.entry);
    // The shell stays armed meanwhile.
    expect(document.getElementById('early-log')!.textContent).toBe('Log a cramp');
  });

  it('starts the app all the same when the stylesheet cannot be loaded, and at once in a hidden page', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    paint('/history', START);
    expect(frame).not.toHaveBeenCalled();
    expect(document.getElementById('root')!.children).toHaveLength(0);
    const sheet = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
    sheet.dispatchEvent(new Event('error'));
    expect(new URL(entryScript()!.src).pathname).toBe(START.entry);
    expect(document.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });

  it('starts the app when the page is hidden before its first frame, which a hidden page never draws', () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    paint('/', START);
    expect(frame).toHaveBeenCalledTimes(1);
    expect(document.head.querySelector('link[rel="stylesheet"]')).toBeNull();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    const sheet = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
    sheet.dispatchEvent(new Event('load'));
    expect(document.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });

  it('carries its start list beside its script, which stays the same whatever the build names its files', () => {
    expect(startModulesOf(`${startData(START)}<script>${shellScript(m.home.saving, true)}</script>`)).toEqual(START);
    expect(startModulesOf(`<script>${shellScript(m.home.saving)}</script>`)).toBeUndefined();
    expect(shellScript(m.home.saving, true)).not.toContain('/assets/');
    expect(startData({ ...START, entry: '/assets/</script>.js' })).not.toContain('</script>.js');
  });

  it('keeps the stylesheet\'s rules the shell uses, in both themes, and leaves out the rest', async () => {
    const css = [
      '[data-theme=night]{--bg:#000}',
      '[data-theme=day]{--bg:#fff}',
      '.log-button{font-size:2rem}',
      '.bottom-nav a[aria-current=page]{font-weight:700}',
      ':focus-visible{outline:3px solid}',
      '.chart-readout{display:none}',
      '.calendar th{font-weight:600}',
      '@media (prefers-reduced-motion:reduce){.log-button{transition:none}.heat-map{opacity:1}}',
    ].join('');
    const kept = await shellCss(css, shellHtml(m));
    for (const rule of ['[data-theme=night]', '[data-theme=day]', '.log-button{', '.bottom-nav a[aria-current=page]', ':focus-visible', 'prefers-reduced-motion']) expect(kept).toContain(rule);
    for (const rule of ['.chart-readout', '.calendar', '.heat-map']) expect(kept).not.toContain(rule);
  });
});
