/**
 * The one table of the app's screens and their paths. Links and `navigate` take a `Path`, so a path that
 * names no screen does not compile; the screen switch (src/app/routes.ts) reads the same table.
 */
import type { NightKey } from '../domain/night';

/** Screens without a parameter, by name. Do not change a path without redirecting it: people bookmark them. */
export const STATIC_PATHS = {
  home: '/',
  history: '/history',
  patterns: '/patterns',
  guide: '/guide',
  results: '/guide/results',
  learn: '/learn',
  settings: '/settings',
  data: '/data',
  report: '/report',
  emergency: '/emergency',
  about: '/about',
  unlock: '/unlock',
} as const;

export type StaticScreen = keyof typeof STATIC_PATHS;

export type Path = (typeof STATIC_PATHS)[StaticScreen] | `/episode/${string}` | `/check-in/${NightKey}`;

/** Paths with a parameter. */
export const paths = {
  episode: (id: string): Path => `/episode/${id}`,
  checkIn: (night: NightKey): Path => `/check-in/${night}`,
};
