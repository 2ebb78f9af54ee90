import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bedsideShell } from './scripts/bedside-shell.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { app as english } from './src/i18n/en/app.ts';
import { app as pseudo } from './src/i18n/pseudo/app.ts';

const NIGHT = '#1b140f';
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Shown in About. A build label (a commit, or a test build) is appended after a "+". */
const label = process.env.CRAMPNOTE_BUILD_LABEL;
const appVersion = label ? `${pkg.version}+${label}` : pkg.version;
/**
 * The language the build speaks: English, or the pseudo-locale (`CRAMPNOTE_LOCALE=pseudo`), which swaps
 * the catalogue for src/i18n/pseudo/ to show hard-coded text and layouts that break with longer words.
 */
const locale = process.env.CRAMPNOTE_LOCALE ?? 'en';
if (!['en', 'pseudo'].includes(locale)) throw new Error(`CRAMPNOTE_LOCALE: no catalogue for "${locale}" (en, pseudo)`);

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  resolve: {
    alias: locale === 'en' ? [] : [{ find: /^\.\/en\/(app|clinical|insights|screens)$/, replacement: `./${locale}/$1` }],
  },
  plugins: [
    react(),
    bedsideShell(() => (locale === 'pseudo' ? pseudo : english)),
    contentSecurityPolicy(),
    VitePWA({
      // The person decides when a new version takes over: never reload over what they are doing.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.ico', 'icon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        id: '/',
        name: 'Crampnote: night cramp diary',
        short_name: 'Crampnote',
        description: 'A private bedside diary for night foot and leg cramps. Works offline; your diary stays on this device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: NIGHT,
        background_color: NIGHT,
        categories: ['health', 'medical'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png', purpose: 'any' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,ico,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the page it was installed from, so every screen, lazy ones
        // included, opens offline straight after the first visit. Updates still wait for the person
        // (registerType 'prompt': no skipWaiting until they choose "Update now").
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    host: '127.0.0.1',
  },
});
