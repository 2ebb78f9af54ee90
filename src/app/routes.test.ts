import { describe, expect, it } from 'vitest';
import { screenOf } from './routes';

describe('screenOf', () => {
  it('maps paths to screens', () => {
    expect(screenOf('/')).toEqual({ name: 'home' });
    expect(screenOf('/history')).toEqual({ name: 'history' });
    expect(screenOf('/episode/0d9f7a3e-5b1c-4e2a-9f00-1234567890ab')).toEqual({ name: 'episode', id: '0d9f7a3e-5b1c-4e2a-9f00-1234567890ab' });
    expect(screenOf('/check-in/2026-11-25')).toEqual({ name: 'check-in', night: '2026-11-25' });
  });
  it('treats a malformed id or an impossible night as not found', () => {
    expect(screenOf('/episode/42')).toEqual({ name: 'not-found' });
    expect(screenOf('/check-in/2026-02-30')).toEqual({ name: 'not-found' });
    expect(screenOf('/history/extra/parts')).toEqual({ name: 'not-found' });
  });
});
