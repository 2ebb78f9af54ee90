/**
 * A rough measure of how hard a passphrase is to guess, to tell a weak one from a strong one as it is
 * typed. Not a promise: the size of its characters' pool to the power of its length, with repeated
 * characters and the most guessed words counted as little.
 */
import { MIN_PASSPHRASE_LENGTH } from './sealed-backup';

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

const GUESSED_FIRST = ['password', 'passwort', 'qwerty', 'azerty', '123456', 'letmein', 'iloveyou', 'crampnote', 'abcdef'];

export function passphraseBits(text: string): number {
  const chars = [...text];
  let pool = 0;
  if (/\p{Ll}/u.test(text)) pool += 26;
  if (/\p{Lu}/u.test(text)) pool += 26;
  if (/\p{N}/u.test(text)) pool += 10;
  if (/[^\p{L}\p{N}]/u.test(text)) pool += 33;
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  const lower = text.toLowerCase();
  const guessed = GUESSED_FIRST.filter((word) => lower.includes(word)).reduce((n, word) => n + word.length - 1, 0);
  const length = Math.max(0, Math.min(chars.length, distinct * 2) - guessed);
  return pool === 0 ? 0 : length * Math.log2(pool);
}

export function passphraseStrength(text: string): Strength {
  if ([...text].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const bits = passphraseBits(text);
  if (bits < 45) return 'weak';
  return bits < 70 ? 'fair' : 'strong';
}
