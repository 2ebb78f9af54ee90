import { describe, expect, it } from 'vitest';
import { refused, accepted } from '../domain/record';
import { guardSave, useNotices } from './notice-store';

describe('guardSave', () => {
  it('gives the saved record and clears an earlier, passing problem', async () => {
    useNotices.getState().showProblem('invalid');
    expect(await guardSave(() => Promise.resolve(accepted({ id: 'a' })))).toEqual({ id: 'a' });
    expect(useNotices.getState().problem).toBeUndefined();
  });

  it('turns a refused value into a message a person can read, whatever the record', async () => {
    expect(await guardSave(() => Promise.resolve(refused('alcohol-per-week', 'unknown-value')))).toBeUndefined();
    expect(useNotices.getState().problem).toBe('invalid');
    expect(await guardSave(() => Promise.resolve(refused('startedAt', 'future')))).toBeUndefined();
    expect(useNotices.getState().problem).toBe('futureTime');
  });

  it('turns a failure of storage into its own message', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(await guardSave(() => Promise.reject(full))).toBeUndefined();
    expect(useNotices.getState().problem).toBe('quota');
  });
});
