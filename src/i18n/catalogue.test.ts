import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue';
import { app } from './en/app';
import { clinical } from './en/clinical';
import { insights } from './en/insights';
import { screens } from './en/screens';
import { plural } from './format';
import { pseudoLocalize, pseudoText } from './pseudo/localize';

/** Every catalogue of every language in the project, by locale and part. */
const catalogues = import.meta.glob<Record<string, unknown>>('./*/{app,clinical,insights,screens}.ts', { eager: true });
const english = { app, clinical, insights, screens };

describe('the catalogues of every language', () => {
  const found = Object.keys(catalogues).filter((path) => !path.startsWith('./en/'));

  it('include at least the pseudo-locale', () => {
    expect(found).toEqual(expect.arrayContaining(['./pseudo/app.ts', './pseudo/clinical.ts', './pseudo/insights.ts', './pseudo/screens.ts']));
  });

  it.each(found)('%s has every key of English and the same placeholders', (path) => {
    const part = (['app', 'clinical', 'insights', 'screens'] as const).find((name) => path.endsWith(`/${name}.ts`)) ?? 'app';
    expect(catalogueProblems(english[part], catalogues[path]?.[part])).toEqual([]);
  });
});

describe('catalogueProblems', () => {
  const source = { home: { title: 'Tonight', saved: 'Saved on {night}.' }, weeks: { one: '{count} week', other: '{count} weeks' } };

  it('accepts a faithful translation, with the plural forms its language needs', () => {
    const polish = { home: { title: 'Dziś', saved: 'Zapisano {night}.' }, weeks: { one: '{count} tydzień', few: '{count} tygodnie', many: '{count} tygodni', other: '{count} tygodnia' } };
    expect(catalogueProblems(source, polish)).toEqual([]);
  });

  it('names a missing key, an extra key, and a placeholder that differs', () => {
    expect(catalogueProblems(source, { home: { title: 'Ce soir' }, weeks: source.weeks })).toEqual(['home.saved: missing']);
    expect(catalogueProblems(source, { ...source, extra: 'x' })).toEqual(['extra: not in English']);
    expect(catalogueProblems(source, { home: { title: 'Ce soir', saved: 'Enregistré le {nuit}.' }, weeks: source.weeks })).toEqual(['home.saved: placeholders nuit instead of night']);
    expect(catalogueProblems(source, { home: source.home, weeks: { one: '{count} semaine', other: '{n} semaines' } })).toEqual(['weeks.other: placeholders differ from English']);
    expect(catalogueProblems(source, { home: source.home, weeks: '{count} semaines' })).toEqual(['weeks: should be a plural with an "other" form']);
    expect(catalogueProblems({ body: ['One.', 'Two {n}.'] }, { body: ['Un.'] })).toEqual(['body: should be a list of 2']);
    expect(catalogueProblems({ body: ['One.', 'Two {n}.'] }, { body: { 0: 'Un.', 1: 'Deux {n}.' } })).toEqual(['body: should be a list of 2']);
  });
});

describe('plural', () => {
  const forms = { zero: 'zero {count}', one: 'one {count}', two: 'two {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' };

  it('uses every CLDR category a language has', () => {
    // Arabic digits depend on the engine's locale data: compare the forms chosen.
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(forms, n, 'ar').split(' ')[0])).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2, 5, 22].map((n) => plural(forms, n, 'pl'))).toEqual(['one 1', 'few 2', 'many 5', 'few 22']);
    expect([1, 2, 5].map((n) => plural({ one: '{count} week', other: '{count} weeks' }, n, 'en'))).toEqual(['1 week', '2 weeks', '5 weeks']);
  });

  it('falls back to "other" for a category the catalogue lacks', () => {
    expect(plural({ one: '{count} week', other: '{count} weeks' }, 3, 'pl')).toBe('3 weeks');
  });
});

describe('the pseudo-locale', () => {
  it('accents, lengthens by about 30%, brackets, and keeps placeholders', () => {
    expect(pseudoText('Saved on {night}.')).toBe('[Šávéď öñ {night}. ~~~]');
    const long = pseudoText('Log a cramp');
    expect(long.length).toBeGreaterThanOrEqual(Math.ceil('Log a cramp'.length * 1.3));
    expect(pseudoLocalize({ a: { b: 'x {n}' }, list: ['ab'] })).toEqual({ a: { b: '[x {n} ~]' }, list: ['[áƀ ~]'] });
    expect(pseudoText('x'.repeat(100))).toMatch(/ (~{12} ){2}~{6}\]$/);
  });
});
