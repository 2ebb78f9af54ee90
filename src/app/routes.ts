/**
 * The app's screens by path. Pure: a path in, a screen and its parameters out.
 */
import { isNightKey } from '../domain/night';

export type Screen =
  | { name: 'home' }
  | { name: 'episode'; id: string }
  | { name: 'check-in'; night: string }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'emergency' }
  | { name: 'about' }
  | { name: 'guide' }
  | { name: 'results' }
  | { name: 'learn' }
  | { name: 'data' }
  | { name: 'report' }
  | { name: 'patterns' }
  | { name: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function screenOf(path: string): Screen {
  const [, first = '', second, ...rest] = path.split('/');
  if (rest.length > 0) return { name: 'not-found' };
  if (first === '' && second === undefined) return { name: 'home' };
  if (first === 'episode' && second && UUID.test(second)) return { name: 'episode', id: second };
  if (first === 'check-in' && second && isNightKey(second)) return { name: 'check-in', night: second };
  if (first === 'guide' && second === 'results') return { name: 'results' };
  if (second === undefined && (first === 'history' || first === 'settings' || first === 'emergency' || first === 'about' || first === 'guide' || first === 'learn' || first === 'data' || first === 'report' || first === 'patterns')) return { name: first };
  return { name: 'not-found' };
}
