/**
 * The page's own first paint (scripts/bedside-shell.ts, written into index.html at build): the Log screen's
 * button, from the catalogue, armed from the head so that a tap before the app starts is kept, and hidden
 * then gone on other paths; the stylesheet's rules it needs, and the app started only after it has painted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armScript, AWAY, AWAY_RULE, shellCss, shellHtml, shellScript, startData, startModulesOf, type StartModules } from '../../scripts/bedside-shell';
import { messages as m } from '../i18n/messages';
import { takeEarlyTap } from '../state/early-tap';

const listening: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];

/** The head's script, as the parser runs it before the body exists (its listeners taken off after each test). */
function head(path: string) {
  history.replaceState(null, '', path);
  const add = document.addEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    listening.push([type, listener, options]);
    add(type, listener, options);
  });
  new Function(armScript(m.home.saving))();
  vi.mocked(document.addEventListener).mockRestore();
}

/** The shell, then the script after it. */
function body(start?: StartModules) {
  document.body.innerHTML = `<div id="root">${shellHtml(m)}</div>${start ? startData(start) : ''}`;
  new Function(shellScript(start !== undefined))();
}

function paint(path: string, start?: StartModules) {
  head(path);
  body(start);
}

const START: StartModules = { style: '/assets/index-1.css', entry: '/assets/index-2.js', preload: ['/assets/react-3.js', '/assets/live-4.js'] };
const entryScript = () => document.querySelector<HTMLScriptElement>('script[type="module"]');

describe('the bedside shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML = '';
    for (const [type, listener, options] of listening.splice(0)) document.removeEventListener(type, listener, options);
    document.documentElement.removeAttribute(AWAY);
    performance.clearMarks();
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

  it('is armed from the head, before the parser reaches the button: the first frame that shows it keeps a tap', () => {
    head('/');
    expect(performance.getEntriesByName('log-ready')).toHaveLength(1);
    // The parser has not reached the shell yet; any frame from here on shows an armed button.
    document.body.innerHTML = `<div id="root">${shellHtml(m)}</div>`;
    document.getElementById('early-log')!.click();
    expect(document.getElementById('early-log')!.textContent).toBe('Saving…');
    expect(takeEarlyTap()).toBeTypeOf('number');
    // Other buttons, such as the app's own once it has replaced the shell, are not the shell's.
    document.body.innerHTML = '<button type="button" class="log-button">Log a cramp</button>';
    document.querySelector('button')!.click();
    expect(takeEarlyTap()).toBeUndefined();
  });

  it('is hidden from the head on any other screen, and gone once the script after it has run', () => {
    head('/history');
    expect(performance.getEntriesByName('log-ready')).toHaveLength(0);
    document.body.innerHTML = `<div id="root">${shellHtml(m)}</div>`;
    // A frame drawn here shows no Log screen: the page's rule hides the shell.
    expect(document.querySelector(AWAY_RULE.slice(0, AWAY_RULE.indexOf('{')))).toBe(document.getElementById('root'));
    document.getElementById('early-log')!.click();
    expect(takeEarlyTap()).toBeUndefined();
    new Function(shellScript())();
    expect(document.getElementById('root')!.children).toHaveLength(0);
    // The app draws its screen into a root no rule hides.
    expect(document.documentElement.hasAttribute(AWAY)).toBe(false);
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
    expect(startModulesOf(`${startData(START)}<script>${shellScript(true)}</script>`)).toEqual(START);
    expect(startModulesOf(`<script>${shellScript()}</script>`)).toBeUndefined();
    expect(shellScript(true)).not.toContain('/assets/');
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
