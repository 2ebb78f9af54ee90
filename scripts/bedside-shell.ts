/**
 * The bedside shell: the Log screen's header, "Log a cramp" button and navigation written into index.html
 * at build time, from the build's catalogue, so the first paint shows the button before any module has
 * loaded or the database has answered. A small inline script arms it: a tap before the app has started is
 * kept with its time (`window.crampnoteEarlyTap`), the button says it is saving, and the app logs that cramp
 * as soon as it starts (src/state/early-tap.ts). On any other path the shell is removed before it paints.
 * The app's first render replaces the shell with the same screen.
 */
import type { Plugin } from 'vite';

export interface ShellWords {
  appName: string;
  skipToContent: string;
  nav: { label: string; home: string; history: string; patterns: string; guide: string; settings: string; emergency: string; about: string };
  home: { title: string; logCramp: string; logHint: string; saving: string };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The shell's markup and its arming script, as index.html carries them. */
export function shellHtml(w: ShellWords): string {
  const nav = ([['/', w.nav.home], ['/history', w.nav.history], ['/patterns', w.nav.patterns], ['/guide', w.nav.guide], ['/settings', w.nav.settings]] as const)
    .map(([href, label]) => `<a href="${href}"${href === '/' ? ' aria-current="page"' : ''}>${escape(label)}</a>`)
    .join('');
  return [
    `<a class="skip-link" href="#main">${escape(w.skipToContent)}</a>`,
    `<header class="top-bar"><a href="/" class="brand">${escape(w.appName)}</a><a href="/about" class="about-link">${escape(w.nav.about)}</a><a href="/emergency" class="emergency-link">${escape(w.nav.emergency)}</a></header>`,
    `<main id="main" tabindex="-1"><section class="home" aria-labelledby="home-title"><h1 id="home-title" class="visually-hidden">${escape(w.home.title)}</h1>`,
    `<button type="button" class="log-button" id="early-log">${escape(w.home.logCramp)}</button><p class="hint center">${escape(w.home.logHint)}</p></section></main>`,
    `<nav class="bottom-nav" aria-label="${escape(w.nav.label)}">${nav}</nav>`,
  ].join('');
}

/** Arms the shell's button, or removes the shell where the path is not Log. */
export function shellScript(saving: string): string {
  return `
      (function () {
        var root = document.getElementById('root');
        var button = document.getElementById('early-log');
        if (!root || !button) return;
        if (location.pathname !== '/') return root.replaceChildren();
        button.addEventListener('click', function () {
          if (window.crampnoteEarlyTap) return;
          window.crampnoteEarlyTap = Date.now();
          button.setAttribute('aria-busy', 'true');
          button.textContent = ${JSON.stringify(saving)};
        });
        performance.mark('log-ready');
      })();
    `;
}

export function bedsideShell(words: () => ShellWords): Plugin {
  return {
    name: 'crampnote-bedside-shell',
    transformIndexHtml(html) {
      const w = words();
      return html.replace('<div id="root"></div>', `<div id="root">${shellHtml(w)}</div>\n    <script>${shellScript(w.home.saving)}</script>`);
    },
  };
}
