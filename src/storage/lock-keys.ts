/**
 * The keys of the optional lock, with the browser's Web Crypto only:
 *
 * - a random AES-256-GCM data key encrypts the sensitive fields of every record;
 * - an ECDH P-256 key pair lets a locked phone add records it cannot read: each one is encrypted to the
 *   public key with an ephemeral key pair of its own (ECDH, then HKDF-SHA-256, then AES-256-GCM);
 * - both private keys are wrapped by a key derived from the passphrase (PBKDF2-SHA-256, the iteration count
 *   stored with the salt so it can be raised later).
 *
 * Changing the passphrase re-wraps the two keys and re-encrypts no record. Nothing here touches the
 * database; the keys are held only in memory by whoever unlocked.
 */
import { fromBase64, toBase64 } from '../domain/base64';
import { deriveKey, PBKDF2_ITERATIONS, SALT_BYTES } from './passphrase-key';

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface Sealed {
  iv: string;
  data: string;
}

/** What is stored for the lock: everything needed to unlock, nothing that opens a record without the passphrase. */
export interface LockRecord {
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key (raw), encrypted with the passphrase key. */
  dataKey: Sealed;
  /** The public key records written while locked are encrypted to (raw, uncompressed point). */
  publicKey: string;
  /** The matching private key (PKCS #8), encrypted with the passphrase key. */
  privateKey: Sealed;
}

/**
 * The lock's one row in the database (table `lock`, id 'lock'); no row means no lock. `key` names this
 * lock: every record encrypted under it says so, and a lock turned off and on again gets a new one.
 */
export interface LockRow {
  id: 'lock';
  key: string;
  keys: LockRecord;
  /** Minutes in the background before the diary locks itself. */
  autoLockMinutes: number;
  updatedAt: number;
}

export interface UnlockedKeys {
  dataKey: CryptoKey;
  privateKey: CryptoKey;
}

/** A record written while locked: the ephemeral public key, and the data encrypted with the shared key. */
export interface SealedToPublic extends Sealed {
  ephemeral: string;
}

const random = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes));

/** AES-GCM parameters; `bound` (authenticated, not encrypted) ties a value to its record, so it cannot be moved to another. */
const gcm = (iv: Uint8Array<ArrayBuffer>, bound?: string): AesGcmParams => (bound === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: encoder.encode(bound) });

async function seal(key: CryptoKey, bytes: BufferSource, bound?: string): Promise<Sealed> {
  const iv = random(IV_BYTES);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(await crypto.subtle.encrypt(gcm(iv, bound), key, bytes))) };
}

async function open(key: CryptoKey, sealed: Sealed, bound?: string): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt(gcm(fromBase64(sealed.iv), bound), key, fromBase64(sealed.data));
}

async function wrapKeys(passphrase: string, dataKeyRaw: ArrayBuffer, publicKeyRaw: ArrayBuffer, privateKeyPkcs8: ArrayBuffer, iterations: number): Promise<LockRecord> {
  const salt = random(SALT_BYTES);
  const wrapping = await deriveKey(passphrase, salt, iterations);
  return {
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    dataKey: await seal(wrapping, dataKeyRaw),
    publicKey: toBase64(new Uint8Array(publicKeyRaw)),
    privateKey: await seal(wrapping, privateKeyPkcs8),
  };
}

/** New keys for a lock turned on with `passphrase`: what to store, and the keys themselves (so turning on derives once). */
export async function createLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ record: LockRecord; keys: UnlockedKeys }> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const dataKeyRaw = await crypto.subtle.exportKey('raw', dataKey);
  const privateKeyPkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const record = await wrapKeys(passphrase, dataKeyRaw, await crypto.subtle.exportKey('raw', pair.publicKey), privateKeyPkcs8, iterations);
  return { record, keys: await importKeys(dataKeyRaw, privateKeyPkcs8) };
}

/** The unwrapped keys as the browser holds them: usable, never exportable again. */
async function importKeys(dataKeyRaw: ArrayBuffer, privateKeyPkcs8: ArrayBuffer): Promise<UnlockedKeys> {
  return {
    dataKey: await crypto.subtle.importKey('raw', dataKeyRaw, 'AES-GCM', false, ['encrypt', 'decrypt']),
    privateKey: await crypto.subtle.importKey('pkcs8', privateKeyPkcs8, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']),
  };
}

async function unwrapRaw(record: LockRecord, passphrase: string): Promise<{ dataKey: ArrayBuffer; privateKey: ArrayBuffer } | null> {
  const wrapping = await deriveKey(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
  try {
    return { dataKey: await open(wrapping, record.dataKey), privateKey: await open(wrapping, record.privateKey) };
  } catch {
    return null;
  }
}

/** The keys, or null when the passphrase is not the lock's. */
export async function unlock(record: LockRecord, passphrase: string): Promise<UnlockedKeys | null> {
  const raw = await unwrapRaw(record, passphrase);
  return raw && importKeys(raw.dataKey, raw.privateKey);
}

/** The same keys under a new passphrase (and a new salt and count), or null when `current` is wrong. */
export async function changePassphrase(record: LockRecord, current: string, next: string, iterations = record.kdf.iterations): Promise<LockRecord | null> {
  const raw = await unwrapRaw(record, current);
  if (!raw) return null;
  return wrapKeys(next, raw.dataKey, fromBase64(record.publicKey).buffer, raw.privateKey, iterations);
}

/** Encrypts one value (any JSON) with the data key; `bound` (a record's table and id) must be given again to open it. */
export async function encryptValue(dataKey: CryptoKey, value: unknown, bound?: string): Promise<Sealed> {
  return encryptText(dataKey, JSON.stringify(value), bound);
}

export async function encryptText(dataKey: CryptoKey, text: string, bound?: string): Promise<Sealed> {
  return seal(dataKey, encoder.encode(text), bound);
}

export async function decryptValue(dataKey: CryptoKey, sealed: Sealed, bound?: string): Promise<unknown> {
  return JSON.parse(await decryptText(dataKey, sealed, bound)) as unknown;
}

export async function decryptText(dataKey: CryptoKey, sealed: Sealed, bound?: string): Promise<string> {
  return decoder.decode(await open(dataKey, sealed, bound));
}

/** HKDF-SHA-256, `length` bytes: the step from an ECDH secret to an AES key, here so it can be checked against RFC 5869. */
export async function hkdfBytes(secret: BufferSource, salt: BufferSource, info: BufferSource, length: number): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
  return crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, material, length * 8);
}

const HKDF_INFO = encoder.encode('crampnote lock v1: written while locked');

async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, ephemeralRaw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const bytes = await hkdfBytes(secret, ephemeralRaw, HKDF_INFO, 32);
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** A key for one record written while locked: its own ephemeral key pair's public half, and the AES key it shares with the lock. */
export interface EphemeralKey {
  ephemeral: string;
  key: CryptoKey;
}

/** Makes the key for the next record written while locked (ahead of time, so a tap does not wait for it). Use each once. */
export async function ephemeralKeyFor(publicKeyBase64: string): Promise<EphemeralKey> {
  const recipient = await crypto.subtle.importKey('raw', fromBase64(publicKeyBase64), { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  return { ephemeral: toBase64(ephemeralRaw), key: await sharedKey(ephemeral.privateKey, recipient, ephemeralRaw) };
}

/** Encrypts one record's text with its ephemeral key. */
export async function sealTextWith(ephemeral: EphemeralKey, text: string, bound?: string): Promise<SealedToPublic> {
  return { ephemeral: ephemeral.ephemeral, ...(await seal(ephemeral.key, encoder.encode(text), bound)) };
}

/** Encrypts one value to the lock's public key, as a locked phone does: it cannot read it back. */
export async function sealToPublic(publicKeyBase64: string, value: unknown, bound?: string): Promise<SealedToPublic> {
  return sealTextWith(await ephemeralKeyFor(publicKeyBase64), JSON.stringify(value), bound);
}

/** Opens a value written while locked, with the unlocked private key. */
export async function openFromPublic(privateKey: CryptoKey, sealed: SealedToPublic, bound?: string): Promise<unknown> {
  return JSON.parse(await openTextFromPublic(privateKey, sealed, bound)) as unknown;
}

export async function openTextFromPublic(privateKey: CryptoKey, sealed: SealedToPublic, bound?: string): Promise<string> {
  const ephemeralRaw = fromBase64(sealed.ephemeral);
  const ephemeral = await crypto.subtle.importKey('raw', ephemeralRaw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const key = await sharedKey(privateKey, ephemeral, ephemeralRaw);
  return decoder.decode(await open(key, sealed, bound));
}
