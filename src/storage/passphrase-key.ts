/**
 * The key a passphrase makes, for the encrypted backup and for the lock: PBKDF2-SHA-256 over the
 * passphrase (NFC-normalised UTF-8) with a random salt, the iteration count stored beside the salt so it
 * can be raised later.
 */

/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023). */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

const encoder = new TextEncoder();

/** The 32 key bytes PBKDF2-HMAC-SHA-256 derives from a passphrase, for one salt and iteration count. */
export async function derivedKeyBytes(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
}

/** The AES-256-GCM key of a passphrase (the backup's, and the lock's wrapping key). */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', await derivedKeyBytes(passphrase, salt, iterations), 'AES-GCM', false, ['encrypt', 'decrypt']);
}
