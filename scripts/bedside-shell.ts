/**
 * The bedside shell: the Log screen's header, "Log a cramp" button and navigation written into index.html
 * at build time, from the build's catalogue, so the first paint shows the button before any module has
 * loaded or the database has answered. A small script in the head arms it before it exists: a tap on it
 * before the app has started is kept with its time (`window.crampnoteEarlyTap`), the button says it is
 * saving, and the app logs that cramp as soon as it starts (src/state/early-tap.ts). On any other path the
 * same script hides the shell, and the script after the shell removes it. The app's first render replaces
 * the shell with the same screen.
 *
 * Nothing stands between the HTML and that first paint: the rules of the build's stylesheet that the shell
 * uses (in either theme) are written into the page, picked by matching the stylesheet against the shell's
 * markup (beasties); the page links no stylesheet (one would hold the paint, and the inline script, until the
 * service worker had answered for it) and no module (a module script in the head is run, when already
 * loaded, in the same task as the end of parsing, before any paint). The head asks the browser not to draw
 * before the button has been read (`<link rel="expect" blocking="render">`), so a parser pausing after the
 * head does not spend a frame on an empty page; the button is armed from the head, so whatever frame first
 * shows it keeps a tap. Once the shell has painted, the script after it adds the whole stylesheet and, when
 * that has loaded, the app's entry module, with the entry's imports preloaded meanwhile: the app never draws
 * a screen the stylesheet has not reached.
 */
import Beasties from 'beasties';
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

/** The app's start as the build names it: its stylesheet, its entry module and the modules the entry imports at once. */
export interface StartModules {
  style: string;
  entry: string;
  preload: string[];
}

/**
 * Starts the app once the page has painted: after the frame that follows the first one, so that the app's
 * code is not evaluated while the first frame is still being drawn and shown (on a phone with few cores
 * the two compete), or at once in a hidden page (which draws no frames), and on being hidden before that.
 * The entry's imports are preloaded at once, and the entry itself added when the stylesheet has loaded (or
 * failed to: the app starts all the same).
 */
function startScript(): string {
  return `
        var start = JSON.parse(document.getElementById('app-start').textContent);
        var started = false;
        function begin() {
          if (started) return;
          started = true;
          start.preload.forEach(function (href) {
            var link = document.createElement('link');
            link.rel = 'modulepreload';
            link.crossOrigin = '';
            link.href = href;
            document.head.appendChild(link);
          });
          var sheet = document.createElement('link');
          sheet.rel = 'stylesheet';
          sheet.href = start.style;
          sheet.onload = sheet.onerror = function () {
            var script = document.createElement('script');
            script.type = 'module';
            script.crossOrigin = '';
            script.src = start.entry;
            document.body.appendChild(script);
          };
          document.head.appendChild(sheet);
        }
        if (document.visibilityState === 'hidden') begin();
        else requestAnimationFrame(function () {
          requestAnimationFrame(function () { setTimeout(begin, 0); });
        });
        document.addEventListener('visibilitychange', begin, { once: true });`;
}

/**
 * The start list as the page carries it: a data block the shell's script reads, so that the script itself
 * (allowed by its hash in the Content-Security-Policy) stays the same from one build to the next.
 */
export function startData(start: StartModules): string {
  return `<script type="application/json" id="app-start">${JSON.stringify(start).replace(/</g, '\\u003c')}</script>`;
}

/** The start list a built page carries (for counting what a first start loads). */
export function startModulesOf(html: string): StartModules | undefined {
  const found = /<script type="application\/json" id="app-start">([^<]*)<\/script>/.exec(html)?.[1];
  return found ? (JSON.parse(found) as StartModules) : undefined;
}

/** The page's mark while its path is not Log: the shell is not shown, and the script after it removes it. */
export const AWAY = 'data-shell-away';
/** The rule that hides the shell on other paths until that script has run (a frame may come between). */
export const AWAY_RULE = `[${AWAY}] #root{display:none}`;

/**
 * The head's script: on Log, arms the button before the parser reaches it (one listener on the document,
 * in the capture phase, for the shell's button only), so that any frame that shows it shows it armed;
 * elsewhere, marks the page so that the shell is not shown.
 */
export function armScript(saving: string): string {
  return `
      (function () {
        if (location.pathname !== '/') return document.documentElement.setAttribute(${JSON.stringify(AWAY)}, '');
        document.addEventListener('click', function (event) {
          var button = event.target instanceof Element ? event.target.closest('#early-log') : null;
          if (!button || window.crampnoteEarlyTap) return;
          window.crampnoteEarlyTap = Date.now();
          button.setAttribute('aria-busy', 'true');
          button.textContent = ${JSON.stringify(saving)};
        }, true);
        performance.mark('log-ready');
      })();
    `;
}

/**
 * The script after the shell: removes it where the head's script marked the page as not on Log. With
 * `start` (the build, whose page carries the start list, `startData`), it also starts the app after the
 * first paint, whatever the path.
 */
export function shellScript(start = false): string {
  return `
      (function () {${start ? startScript() : ''}
        var root = document.getElementById('root');
        if (!root || !document.documentElement.hasAttribute(${JSON.stringify(AWAY)})) return;
        root.replaceChildren();
        document.documentElement.removeAttribute(${JSON.stringify(AWAY)});
      })();
    `;
}

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\/([^"]+\.css))">/;

/**
 * The rules of `css` the shell uses: those its markup matches, the rules of both themes (the page names the
 * night theme, and its script may switch to the day one before the first paint) and the keyboard focus ring.
 */
export async function shellCss(css: string, shell: string): Promise<string> {
  const page = `<!doctype html><html data-theme="night"><head><style>${css}</style></head><body><div id="root">${shell}</div></body></html>`;
  const beasties = new Beasties({ reduceInlineStyles: true, allowRules: [/data-theme/, /focus-visible/], fonts: false, logLevel: 'silent' });
  const reduced = /<style>([\s\S]*?)<\/style>/.exec(await beasties.process(page))?.[1];
  if (!reduced) throw new Error('The bedside shell: no rules of the stylesheet match its markup.');
  return reduced;
}

export function bedsideShell(words: () => ShellWords): Plugin {
  return {
    name: 'crampnote-bedside-shell',
    transformIndexHtml: {
      // After Vite has written the build's script, preload and stylesheet tags into the page.
      order: 'post',
      async handler(html, ctx) {
        const w = words();
        const shell = shellHtml(w);
        let page = html;
        let start: StartModules | undefined;
        const entry = ENTRY.exec(page)?.[1];
        const sheet = STYLESHEET.exec(page);
        const css = sheet && ctx.bundle?.[sheet[2] ?? ''];
        if (entry && sheet?.[1] && css?.type === 'asset' && typeof css.source === 'string') {
          start = { style: sheet[1], entry, preload: [...page.matchAll(PRELOAD)].map((m) => m[1] ?? '') };
          page = page.replace(ENTRY, '').replace(PRELOAD, '').replace(sheet[0], `<style>${await shellCss(css.source, shell)}${AWAY_RULE}</style>`);
        } else if (ctx.bundle) {
          throw new Error('The bedside shell: the build wrote no entry module or stylesheet into index.html.');
        }
        // No frame before the button has been read: the head's script has armed it by then.
        page = page.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <link rel="expect" href="#early-log" blocking="render" />`);
        page = page.replace('</head>', `  <script>${armScript(w.home.saving)}</script>\n  </head>`);
        const script = `<script>${shellScript(start !== undefined)}</script>`;
        return page.replace('<div id="root"></div>', `<div id="root">${shell}</div>\n    ${start ? `${startData(start)}\n    ` : ''}${script}`);
      },
    },
  };
}
