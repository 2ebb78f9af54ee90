/**
 * Finds the three browser engines the end-to-end tests and the bench run in (Chromium, WebKit, Firefox),
 * and installs Debian's packages when one is missing and we are root on a Debian-like system. Otherwise it
 * says exactly what to run. Nothing here downloads a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags that keep Chromium from reaching for the network on its own (it stalls on a closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Engine = 'chromium' | 'webkit' | 'firefox';

export interface WebKitPaths {
  driver: string;
  miniBrowser: string;
  xvfbRun: string;
}

const first = (paths: string[]) => paths.find((p) => existsSync(p));

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return first(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']);
}

export function findWebKit(): WebKitPaths | undefined {
  const driver = first(['/usr/bin/WebKitWebDriver']);
  const miniBrowser = first(['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser']);
  const xvfbRun = first(['/usr/bin/xvfb-run']);
  return driver && miniBrowser && xvfbRun ? { driver, miniBrowser, xvfbRun } : undefined;
}

export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return first(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

const PACKAGES: Record<Engine, string[]> = {
  chromium: ['chromium'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
  firefox: ['firefox-esr'],
};

const found: Record<Engine, () => unknown> = { chromium: findChromium, webkit: findWebKit, firefox: findFirefox };

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
}

/** The command that installs an engine's packages, for the message when we cannot. */
export function installHint(engine: Engine): string {
  return `sudo apt-get update && sudo apt-get install -y ${PACKAGES[engine].join(' ')}`;
}

/**
 * Makes sure each engine is present, installing Debian's packages in one go when possible.
 * Returns the engines that are available afterwards; a failed install is reported, not thrown, so the
 * engines already present still run.
 */
export function ensureBrowsers(engines: readonly Engine[] = ['chromium', 'webkit', 'firefox']): Engine[] {
  const missing = engines.filter((e) => !found[e]());
  if (missing.length > 0 && canInstallWithApt()) {
    const packages = missing.flatMap((e) => PACKAGES[e]);
    console.log(`Installing Debian's packages for ${missing.join(', ')}: apt-get install -y ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
    } catch (error) {
      console.error(`Installing ${packages.join(' ')} failed: ${(error as Error).message}`);
    }
  }
  return engines.filter((e) => found[e]());
}

/** The Chromium to use; installs it when possible, else throws with the command to run. */
export function ensureChromium(): string {
  ensureBrowsers(['chromium']);
  const path = findChromium();
  if (path) return path;
  throw new Error(['No Chromium found for the browser tests.', `On Debian or Ubuntu run: ${installHint('chromium')}`, 'On macOS install Google Chrome. Or set CHROMIUM_PATH to a Chromium or Chrome executable.'].join('\n'));
}
