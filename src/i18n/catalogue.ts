/**
 * What a translation must match: the English catalogue's keys, and in every string the same `{placeholders}`.
 * A plural may use the plural categories its language needs (`other` always), each with the placeholders
 * of the English forms (`{count}` may be left out of a form).
 */

/** A translation of the catalogue `T`: the same keys, any words. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlural(value: unknown): value is Record<string, string> {
  return isObject(value) && 'other' in value && Object.entries(value).every(([k, v]) => PLURAL_CATEGORIES.has(k) && typeof v === 'string');
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every way `translation` differs from the English `source` that would break the app: a key missing or
 * extra, a string where a group is expected, or a placeholder added, lost or renamed. Empty when it can
 * be used.
 */
export function catalogueProblems(source: unknown, translation: unknown, path = ''): string[] {
  const at = path || 'the catalogue';
  if (typeof source === 'string') {
    if (typeof translation !== 'string') return [`${at}: should be text`];
    return same(placeholders(source), placeholders(translation)) ? [] : [`${at}: placeholders ${placeholders(translation).join(', ') || 'none'} instead of ${placeholders(source).join(', ') || 'none'}`];
  }
  if (isPlural(source)) {
    if (!isPlural(translation)) return [`${at}: should be a plural with an "other" form`];
    // A form may leave the number out ("one record" in some languages), but no other value.
    const others = (text: string) => placeholders(text).filter((p) => p !== 'count');
    const expected = others(source.other ?? '');
    return Object.entries(translation)
      .filter(([, form]) => !same(others(form), expected))
      .map(([category]) => `${at}.${category}: placeholders differ from English`);
  }
  if (Array.isArray(source)) {
    if (!Array.isArray(translation) || translation.length !== source.length) return [`${at}: should be a list of ${source.length}`];
    return source.flatMap((item, i) => catalogueProblems(item, translation[i], `${at}[${i}]`));
  }
  if (!isObject(source)) return [];
  if (!isObject(translation)) return [`${at}: missing`];
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    const child = path ? `${path}.${key}` : key;
    problems.push(...(key in translation ? catalogueProblems(source[key], translation[key], child) : [`${child}: missing`]));
  }
  for (const key of Object.keys(translation)) if (!(key in source)) problems.push(`${path ? `${path}.${key}` : key}: not in English`);
  return problems;
}
