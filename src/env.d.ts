/** The app's version, set at build time from package.json (and an optional build label). */
declare const __APP_VERSION__: string;
