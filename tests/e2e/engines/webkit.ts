/**
 * WebKit (WebKitGTK, the engine family of Safari) through WebKitWebDriver and its MiniBrowser, under a
 * virtual display. Plain W3C WebDriver over HTTP: a handful of endpoints, no client library needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { WebKitPaths } from '../../../scripts/browsers';
import { findByText, type EngineSession } from './engine-session';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function launchWebKit(paths: WebKitPaths): Promise<EngineSession> {
  const port = await freePort();
  const driver: ChildProcess = spawn(paths.xvfbRun, ['-a', paths.driver, `--port=${port}`], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
    return json.value;
  };

  // The driver takes a moment to listen.
  const ready = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      if (Date.now() > ready) throw new Error('WebKitWebDriver did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const created = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] } } },
  });
  const session = `/session/${created.sessionId}`;

  const evaluate = async <T>(body: string): Promise<T> => {
    const script = `const done = arguments[arguments.length - 1]; Promise.resolve((async () => { ${body} })()).then(done, (e) => done({ __error: String(e) }));`;
    const value: unknown = await call('POST', `${session}/execute/async`, { script, args: [] });
    if (value && typeof value === 'object' && '__error' in value) throw new Error(String((value as { __error: unknown }).__error));
    return value as T;
  };

  return {
    engine: 'webkit',
    goto: async (url) => {
      await call('POST', `${session}/url`, { url });
    },
    reload: async () => {
      await call('POST', `${session}/refresh`, {});
    },
    evaluate,
    click: async (name) => {
      // Centred first, as a person scrolls a button clear of the bottom bar before tapping it (WebDriver
      // scrolls it only just into view, where the fixed bar may cover it).
      const el = await call<Record<string, string> | null>('POST', `${session}/execute/sync`, { script: `const el = ${findByText(name)}; el?.scrollIntoView({ block: 'center' }); return el;`, args: [] });
      if (!el?.[ELEMENT]) throw new Error(`webkit: no button or link "${name}"`);
      await call('POST', `${session}/element/${el[ELEMENT]}/click`, {});
    },
    close: async () => {
      await call('DELETE', session).catch(() => undefined);
      try {
        if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
