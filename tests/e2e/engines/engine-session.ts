/**
 * One browser engine driving the app, in the few words the cross-engine tests need. Each engine has its
 * own driver (Playwright for Chromium, W3C WebDriver for WebKit, WebDriver BiDi for Firefox); the tests
 * only see this.
 */
import type { Engine } from '../../../scripts/browsers';

export interface EngineSession {
  engine: Engine;
  goto: (url: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs `body` (a function body that may `return` a value or a promise) in the page. */
  evaluate: <T>(body: string) => Promise<T>;
  /** Clicks the button or link whose text is exactly `name`, as a person would. */
  click: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Polls `body` in the page until it returns something truthy. */
export async function waitUntil(session: EngineSession, body: string, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await session.evaluate<boolean>(body)) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${session.engine}: timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** In-page script: the button or link with exactly this text, or null. */
export const findByText = (name: string) =>
  `[...document.querySelectorAll('button, a')].find((el) => el.textContent.trim() === ${JSON.stringify(name)}) ?? null`;

/**
 * Waits for the button or link with exactly this text (a screen may still be loading), then clicks it. When
 * the one found was replaced before the click (the app drawing Log over the page's first paint: each
 * driver says so in its own words), the one now in its place is clicked, as a finger would.
 */
export async function tap(session: EngineSession, name: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await waitUntil(session, `return !!(${findByText(name)})`, `"${name}"`, Math.max(deadline - Date.now(), 1));
    try {
      await session.click(name);
      return;
    } catch (error) {
      if (Date.now() > deadline || !/detached|not attached|stale|not clickable/i.test(String(error))) throw error;
    }
  }
}
