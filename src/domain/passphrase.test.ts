import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase';

describe('passphrase strength', () => {
  it.each([
    ['short', 'too-short'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['password1', 'weak'],
    ['qwerty123456', 'weak'],
    ['calfcramp', 'weak'],
    ['mountainriver', 'fair'],
    ['Tr0ub4dor&3', 'strong'],
    ['correct horse battery staple', 'strong'],
  ] as const)('%s is %s', (text, strength) => {
    expect(passphraseStrength(text)).toBe(strength);
  });
});
