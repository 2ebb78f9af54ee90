/** The clock the screens read: moved on when the app comes back to the foreground, left alone when it goes. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

const become = (state: 'hidden' | 'visible') => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
};

describe('useNow', () => {
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    vi.useRealTimers();
  });

  it('reads the clock again on coming back, and draws nothing on going to the background', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useNow();
    });
    const first = result.current;
    const drawn = renders;
    vi.setSystemTime(first + 3 * 60 * 60_000);
    become('hidden');
    expect(renders).toBe(drawn);
    expect(result.current).toBe(first);
    become('visible');
    expect(result.current).toBe(first + 3 * 60 * 60_000);
  });
});
