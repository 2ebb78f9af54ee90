import { describe, expect, it } from 'vitest';
import { paths, STATIC_PATHS, type Path } from '../state/paths';
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

describe('the route table', () => {
  it('every screen of the table is found by its own path', () => {
    for (const [name, path] of Object.entries(STATIC_PATHS)) expect(screenOf(path)).toEqual({ name });
    const id = '0b6a3f3e-1c1e-4f7a-9a57-2f1c9d8e7a10';
    expect(screenOf(paths.episode(id))).toEqual({ name: 'episode', id });
    expect(screenOf(paths.checkIn('2026-11-25'))).toEqual({ name: 'check-in', night: '2026-11-25' });
  });

  it('anything else is not found', () => {
    for (const path of ['/histroy', '/episode/42', '/check-in/2026-02-31', '/guide/results/more', '/history/', '//']) expect(screenOf(path)).toEqual({ name: 'not-found' });
  });

  it('a path that names no screen does not compile', () => {
    // @ts-expect-error: not a screen's path
    const wrong: Path = '/histroy';
    const right: Path = '/history';
    expect([wrong, right]).toHaveLength(2);
  });
});
