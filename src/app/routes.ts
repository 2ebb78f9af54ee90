/**
 * The app's screens by path, read from the one table in src/state/paths.ts. Pure: a path in, a screen
 * and its parameters out.
 */
import { isNightKey } from '../domain/night';
import { STATIC_PATHS, type StaticScreen } from '../state/paths';

export type Screen = { name: StaticScreen } | { name: 'episode'; id: string } | { name: 'check-in'; night: string } | { name: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BY_PATH = new Map<string, StaticScreen>(Object.entries(STATIC_PATHS).map(([name, path]) => [path, name as StaticScreen]));

export function screenOf(path: string): Screen {
  const named = BY_PATH.get(path);
  if (named) return { name: named };
  const [, first, second, ...rest] = path.split('/');
  if (rest.length > 0 || !second) return { name: 'not-found' };
  if (first === 'episode' && UUID.test(second)) return { name: 'episode', id: second };
  if (first === 'check-in' && isNightKey(second)) return { name: 'check-in', night: second };
  return { name: 'not-found' };
}
