import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSealed, sealedHeader, type SealedBackup } from '../../src/domain/sealed-backup';
import { openSealed, sealText } from '../../src/storage/sealed-backup';
import { derivedKeyBytes } from '../../src/storage/passphrase-key';
import encryptedV1 from '../fixtures/exports/encrypted-v1.json';
import formatV4 from '../fixtures/exports/format-v4.json';

const hex = (b: ArrayBuffer) => Buffer.from(b).toString('hex');
const PASSPHRASE = 'correct horse battery staple';
/** Few iterations where a test makes many files: the format takes any count from 100,000. */
const FAST = 100_000;

describe('the encrypted backup', () => {
  it('derives its key with PBKDF2-HMAC-SHA-256 (RFC 7914, section 11: "passwd", "salt", 1 iteration)', async () => {
    const bytes = await derivedKeyBytes('passwd', new TextEncoder().encode('salt'), 1);
    expect(hex(bytes)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('opens the frozen version-1 file with its passphrase, and another implementation opens it too', async () => {
    const reading = readSealed(JSON.stringify(encryptedV1));
    if (reading.kind !== 'sealed') throw new Error(reading.kind);
    expect(reading.file.kdf.iterations).toBe(600_000);
    expect(JSON.parse((await openSealed(reading.file, PASSPHRASE))!)).toEqual(formatV4);

    // The format as documented, read with Node's own crypto rather than the browser's.
    const file = reading.file;
    const key = pbkdf2Sync(PASSPHRASE, Buffer.from(file.kdf.salt, 'base64'), file.kdf.iterations, 32, 'sha256');
    const data = Buffer.from(file.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.cipher.iv, 'base64'));
    decipher.setAAD(Buffer.from(sealedHeader(file)));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const plain = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
    expect(JSON.parse(plain)).toEqual(formatV4);
  });

  it('a wrong passphrase, or a file whose parameters or data were changed, opens nothing', async () => {
    const file = readSealed(JSON.stringify(encryptedV1));
    if (file.kind !== 'sealed') throw new Error(file.kind);
    expect(await openSealed(file.file, 'correct horse battery stapler')).toBeNull();
    const data = Buffer.from(file.file.data, 'base64');
    data[10] = (data[10] ?? 0) ^ 1;
    expect(await openSealed({ ...file.file, data: data.toString('base64') }, PASSPHRASE)).toBeNull();
    // Fewer iterations make another key; and the header is authenticated with the data.
    expect(await openSealed({ ...file.file, kdf: { ...file.file.kdf, iterations: 600_001 } }, PASSPHRASE)).toBeNull();
  });

  it('round-trips any text, with a fresh salt and IV each time, and a passphrase in another normal form', async () => {
    const text = JSON.stringify({ note: 'Crampe au mollet 🦵 — 3 h' });
    const a = await sealText(text, 'Crème brûlée', FAST);
    const b = await sealText(text, 'Crème brûlée', FAST);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toContain('Crampe');
    // Typed on another keyboard, the same words may arrive decomposed: they still open the file.
    expect(await openSealed(a, 'Crème brûlée'.normalize('NFD'))).toBe(text);
  });

  it('tells an encrypted backup from a plain export, a newer version and a damaged file', () => {
    expect(readSealed(JSON.stringify(formatV4)).kind).toBe('not-sealed');
    expect(readSealed('not json').kind).toBe('not-sealed');
    expect(readSealed(JSON.stringify({ ...encryptedV1, formatVersion: 2 }))).toEqual({ kind: 'newer-format', version: 2 });
    expect(readSealed(JSON.stringify({ ...encryptedV1, data: 'not base64!' })).kind).toBe('damaged');
    expect(readSealed(JSON.stringify({ ...encryptedV1, kdf: { ...encryptedV1.kdf, iterations: 10 } })).kind).toBe('damaged');
    const noData: Partial<SealedBackup> = { ...(encryptedV1 as SealedBackup) };
    delete noData.data;
    expect(readSealed(JSON.stringify(noData)).kind).toBe('damaged');
  });
});
