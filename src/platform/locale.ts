/**
 * The device's language and time zone: the only code that reads them from the browser.
 */

/**
 * The device's locale as a valid BCP 47 tag. Browsers can report tags that Intl rejects (a POSIX "C"
 * locale reaches navigator.language on some Linux systems), so each candidate is checked, and the
 * runtime's own default is the last resort.
 */
export function deviceLocale(): string {
  const candidates = [...(navigator.languages ?? []), navigator.language];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

/** Local time minus UTC at `at`, minutes, from the device's time zone. */
export function deviceUtcOffset(at: number): number {
  // `0 - x`, not `-x`: at UTC this is 0, never -0, which a record stored as JSON (the lock) would not keep.
  return 0 - new Date(at).getTimezoneOffset();
}
