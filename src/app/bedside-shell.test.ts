/**
 * The page's own first paint (scripts/bedside-shell.ts, written into index.html at build): the Log screen's
 * button, from the catalogue, armed so that a tap before the app starts is kept, and gone on other paths.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shellHtml, shellScript } from '../../scripts/bedside-shell';
import { messages as m } from '../i18n/messages';
import { takeEarlyTap } from '../state/early-tap';

function paint(path: string) {
  history.replaceState(null, '', path);
  document.body.innerHTML = `<div id="root">${shellHtml(m)}</div>`;
  new Function(shellScript(m.home.saving))();
}

describe('the bedside shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
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
});
