/**
 * Encrypting and opening a backup with a passphrase, with the browser's Web Crypto: PBKDF2-SHA-256 derives
 * an AES-256-GCM key from the passphrase and the file's random salt (passphrase-key.ts); a random IV per file. Nothing here
 * is kept: the passphrase and the key live only as long as the call.
 */
import { fromBase64, toBase64 } from '../domain/base64';
import { IV_BYTES, SEALED_FORMAT, SEALED_VERSION, sealedHeader, type SealedBackup } from '../domain/sealed-backup';
import { deriveKey, PBKDF2_ITERATIONS, SALT_BYTES } from './passphrase-key';

const encoder = new TextEncoder();

/** Encrypts `text` (an export's JSON) into an encrypted backup file. */
export async function sealText(text: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<SealedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: SEALED_FORMAT,
    formatVersion: SEALED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(sealedHeader(header)) }, key, encoder.encode(text));
  return { ...header, data: toBase64(new Uint8Array(data)) };
}

/** The export's JSON text inside an encrypted backup, or null when the passphrase does not open it (or the file was altered). */
export async function openSealed(file: SealedBackup, passphrase: string): Promise<string | null> {
  const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.cipher.iv), additionalData: encoder.encode(sealedHeader(file)) }, key, fromBase64(file.data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
