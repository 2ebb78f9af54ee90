/*
 * Runs before the first paint (a tiny blocking script, cached by the service worker): applies the theme
 * the person chose, as remembered from the last visit, so a phone set to light with "Follow the device"
 * never paints the night theme first. The same decision as isNightTheme in src/domain/settings.ts, which
 * a test holds it to. Without a remembered choice, the night theme of index.html stays.
 */
(function () {
  try {
    var saved = JSON.parse(window.localStorage.getItem('crampnote-theme') || 'null');
    if (!saved) return;
    var hour = new Date().getHours();
    var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)').matches : false;
    var from = saved.nightFromHour;
    var to = saved.nightToHour;
    var night =
      saved.theme === 'always' ||
      (saved.theme === 'device' && dark) ||
      (saved.theme === 'hours' && (from === to || (from < to ? hour >= from && hour < to : hour >= from || hour < to)));
    if (night) return;
    document.documentElement.setAttribute('data-theme', 'day');
    var meta = document.querySelector('meta[name="theme-color"]');
    if (meta) meta.setAttribute('content', '#f7f1e8');
  } catch {
    /* No storage: the night theme stays. */
  }
})();
