/**
 * The encrypted backup file: the same export as the JSON file, encrypted with a passphrase, in a small
 * documented JSON envelope (see docs/data-format.md):
 *
 *   { format: "crampnote-encrypted-backup", formatVersion: 1,
 *     kdf: { name: "PBKDF2", hash: "SHA-256", iterations: 600000, salt: base64 (16 bytes) },
 *     cipher: { name: "AES-GCM", iv: base64 (12 bytes) },
 *     data: base64 (the export's JSON text, UTF-8, encrypted; the last 16 bytes are the GCM tag) }
 *
 * The key is derived from the passphrase with the file's own salt and iteration count, so the count can be
 * raised later and older files still open. The envelope's fields other than `data` are the GCM additional
 * data: a file whose parameters were changed does not open. Released versions are never changed; a new
 * version adds its reading here and a frozen example under tests/fixtures/exports/.
 */
import * as v from 'valibot';

export const SEALED_FORMAT = 'crampnote-encrypted-backup';
export const SEALED_VERSION = 1;
export const IV_BYTES = 12;
/** Shorter passphrases are refused when a backup is made; a file is opened with whatever it was made with. */
export const MIN_PASSPHRASE_LENGTH = 8;

const base64 = v.pipe(v.string(), v.base64());

const SealedSchema = v.object({
  format: v.literal(SEALED_FORMAT),
  formatVersion: v.literal(SEALED_VERSION),
  kdf: v.object({ name: v.literal('PBKDF2'), hash: v.literal('SHA-256'), iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(100_000_000)), salt: base64 }),
  cipher: v.object({ name: v.literal('AES-GCM'), iv: base64 }),
  data: base64,
});

export type SealedBackup = v.InferOutput<typeof SealedSchema>;

export type SealedReading = { kind: 'not-sealed' } | { kind: 'sealed'; file: SealedBackup } | { kind: 'newer-format'; version: number } | { kind: 'damaged' };

/** Whether a file's text is an encrypted backup, and if so whether this version can open it. */
export function readSealed(text: string): SealedReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'not-sealed' };
  }
  return sealedReading(raw);
}

/** The same, for a file already read as JSON (its text is parsed once for both kinds of file). */
export function sealedReading(raw: unknown): SealedReading {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SEALED_FORMAT) return { kind: 'not-sealed' };
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > SEALED_VERSION) return { kind: 'newer-format', version };
  const parsed = v.safeParse(SealedSchema, raw);
  return parsed.success ? { kind: 'sealed', file: parsed.output } : { kind: 'damaged' };
}

/** The envelope without its data: what the cipher authenticates along with it. */
export function sealedHeader(file: Omit<SealedBackup, 'data'>): string {
  return JSON.stringify({ format: file.format, formatVersion: file.formatVersion, kdf: file.kdf, cipher: file.cipher });
}
