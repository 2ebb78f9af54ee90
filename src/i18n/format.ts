/**
 * Dates, times and numbers in the device's locale, through Intl. Nights are formatted as calendar dates
 * (UTC midnight, `timeZone: 'UTC'`) so a time-zone change never shifts them.
 */
import { nightDate, type NightKey } from '../domain/night';

/**
 * A text that changes with a number: one form per CLDR plural category the language uses (English has
 * `one` and `other`; Arabic has all six). `other` is always there; a category a language lacks falls back
 * to it.
 */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * One formatter per locale and options, made once: building an Intl formatter costs far more than using
 * one, and a chart or a year of History formats hundreds of values.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
const pluralRules = (locale: string) => cached('plural', locale, {}, () => new Intl.PluralRules(locale));

export function formatTime(at: number, locale: string, hour12: boolean): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', hour12 }).format(at);
}

export function formatNight(night: NightKey, locale: string): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(nightDate(night));
}

/** A month and its year: "November 2026". */
export function formatMonth(month: string, locale: string): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The short names of the weekdays, from `firstDay` (1 = Monday ... 7 = Sunday) on. */
export function weekdayNames(locale: string, firstDay: number): { short: string; long: string }[] {
  // 2026-11-02 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, 2 + ((firstDay - 1 + i) % 7)));
    return { short: dateFormat(locale, { weekday: 'narrow', timeZone: 'UTC' }).format(day), long: dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day) };
  });
}

/** The locale's first day of the week (1 = Monday ... 7 = Sunday), Monday where the browser cannot say. */
export function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** A day, as "26 Nov 2026" in the locale's order. */
export function formatDate(at: number, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium' }).format(at);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A share (0-1) as a whole percentage: "45%". */
export function formatPercent(share: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return numberFormat(locale, { style: 'unit', unit: units[i], maximumFractionDigits: 1 }).format(value);
}

/** Picks the plural form for `count` by the locale's rules (every CLDR category) and fills `{count}` and any other values. */
export function plural(forms: Plural, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  const rule = pluralRules(locale).select(count);
  const form = forms[rule] ?? forms.other;
  const filled: Record<string, string | number> = { ...values, count: formatNumber(count, locale) };
  return form.replace(/\{(\w+)\}/g, (match, key: string) => (key in filled ? String(filled[key]) : match));
}

/** Whether the locale shows times on a 12-hour clock by default. */
export function localeUses12Hour(locale: string): boolean {
  return dateFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
}

/** `YYYY-MM-DD` and `HH:MM` of an instant in local time, for date and time inputs. */
export function toLocalInputs(at: number): { date: string; time: string } {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The instant named by local date and time inputs, or undefined when they do not name a real moment. */
export function fromLocalInputs(date: string, time: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi);
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d || h > 23 || mi > 59) return undefined;
  return at.getTime();
}
