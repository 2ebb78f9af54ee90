/**
 * The pseudo-locale: every string of the English catalogue with its letters accented, about 30% longer,
 * and in brackets, placeholders kept. A build in it (`CRAMPNOTE_LOCALE=pseudo`) shows at a glance any
 * text that does not come from the catalogue (it has no brackets) and any layout that breaks when a
 * translation is longer than English.
 */
const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', g: 'ğ', h: 'ĥ', i: 'í', k: 'ķ', l: 'ĺ', n: 'ñ', o: 'ö', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Á', C: 'Ç', D: 'Ď', E: 'É', G: 'Ğ', H: 'Ĥ', I: 'Î', L: 'Ĺ', N: 'Ñ', O: 'Ö', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', W: 'Ŵ', Y: 'Ý', Z: 'Ž',
};

export function pseudoText(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  const accented = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((c) => ACCENTS[c] ?? c).join(''))).join('');
  const letters = parts.filter((p) => !/^\{\w+\}$/.test(p)).join('').length;
  // The padding comes as words of up to 12 characters, about as long as the longest words of German.
  const padding = '~'.repeat(Math.ceil(letters * 0.3)).replace(/(.{12})(?=.)/g, '$1 ');
  return `[${accented}${letters > 0 ? ` ${padding}` : ''}]`;
}

/** The whole catalogue in the pseudo-locale, same shape and placeholders. */
export function pseudoLocalize<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (Array.isArray(value)) return value.map(pseudoLocalize) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocalize(v)])) as T;
}
