import { describe, expect, it } from 'vitest';
import { changePassphrase, createLock, decryptValue, encryptValue, hkdfBytes, openFromPublic, sealToPublic, unlock } from '../../src/storage/lock-keys';

/** The format takes any count; tests use few so they stay quick. The default is 600,000. */
const FAST = 1_000;
const hex = (b: ArrayBuffer) => Buffer.from(b).toString('hex');

describe('the lock\'s keys', () => {
  it('turns an ECDH secret into a key with HKDF-SHA-256 as RFC 5869 test case 1 says', async () => {
    const okm = await hkdfBytes(new Uint8Array(22).fill(0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
    expect(hex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  });

  it('unlocks with its passphrase only, and a record encrypted with the data key reads back', async () => {
    const { record, keys: fresh } = await createLock('night cramps at three', FAST);
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: FAST });
    expect(JSON.stringify(record)).not.toContain('night cramps');
    expect(await unlock(record, 'night cramps at four')).toBeNull();
    const keys = (await unlock(record, 'night cramps at three'))!;
    const sealed = await encryptValue(keys.dataKey, { notes: 'left calf', sites: [{ region: 'calf', side: 'left' }] });
    expect(sealed.data).not.toContain('calf');
    expect(await decryptValue(keys.dataKey, sealed)).toEqual({ notes: 'left calf', sites: [{ region: 'calf', side: 'left' }] });
    // The keys handed out when the lock is made are the ones the passphrase unwraps.
    expect(await decryptValue(fresh.dataKey, sealed)).toEqual({ notes: 'left calf', sites: [{ region: 'calf', side: 'left' }] });
  });

  it('a value bound to one record does not open as another\'s, whichever key sealed it', async () => {
    const { record, keys } = await createLock('bound to a record', FAST);
    const sealed = await encryptValue(keys.dataKey, { notes: 'mine' }, 'episodes/a');
    expect(await decryptValue(keys.dataKey, sealed, 'episodes/a')).toEqual({ notes: 'mine' });
    await expect(decryptValue(keys.dataKey, sealed, 'episodes/b')).rejects.toThrow();
    const locked = await sealToPublic(record.publicKey, { notes: 'mine' }, 'checkIns/a');
    expect(await openFromPublic(keys.privateKey, locked, 'checkIns/a')).toEqual({ notes: 'mine' });
    await expect(openFromPublic(keys.privateKey, locked, 'checkIns/b')).rejects.toThrow();
  });

  it('a new passphrase re-wraps the same keys: what was encrypted before still opens, the old passphrase no longer does', async () => {
    const { record } = await createLock('first passphrase', FAST);
    const before = await encryptValue((await unlock(record, 'first passphrase'))!.dataKey, 'magnesium since 1 Nov');
    const lockedWrite = await sealToPublic(record.publicKey, { notes: 'written while locked' });
    expect(await changePassphrase(record, 'not the passphrase', 'second passphrase')).toBeNull();
    const changed = (await changePassphrase(record, 'first passphrase', 'second passphrase'))!;
    expect(changed.kdf.salt).not.toBe(record.kdf.salt);
    expect(changed.publicKey).toBe(record.publicKey);
    expect(await unlock(changed, 'first passphrase')).toBeNull();
    const keys = (await unlock(changed, 'second passphrase'))!;
    expect(await decryptValue(keys.dataKey, before)).toBe('magnesium since 1 Nov');
    expect(await openFromPublic(keys.privateKey, lockedWrite)).toEqual({ notes: 'written while locked' });
  });

  it('a value written while locked is encrypted to the public key: each with its own ephemeral key, and no other lock opens it', async () => {
    const { record: mine } = await createLock('mine mine mine', FAST);
    const { record: other } = await createLock('someone else', FAST);
    const a = await sealToPublic(mine.publicKey, { intensity: 7 });
    const b = await sealToPublic(mine.publicKey, { intensity: 7 });
    expect(a.ephemeral).not.toBe(b.ephemeral);
    expect(a.data).not.toBe(b.data);
    expect(await openFromPublic((await unlock(mine, 'mine mine mine'))!.privateKey, a)).toEqual({ intensity: 7 });
    await expect(openFromPublic((await unlock(other, 'someone else'))!.privateKey, a)).rejects.toThrow();
  });
});
