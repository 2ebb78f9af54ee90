/**
 * True once the page has loaded and the browser is idle: for work that must not compete with the first
 * paint of the bedside screen.
 */
import { useEffect, useState } from 'react';

export function useAfterStart(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const whenIdle = () => {
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => setStarted(true), { timeout: 2_000 }) : window.setTimeout(() => setStarted(true), 50);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
    };
  }, []);
  return started;
}
