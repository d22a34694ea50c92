import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareVersions,
  generateKeyPair,
  keyIdOf,
  signPack,
  verifySignedPack,
  type KeyPair,
} from './signing.ts';
import { testPack } from '../pack/test-pack.ts';

const TODAY = '2026-06-01';
const MAX = 1024 * 1024;
let keys: KeyPair;
let other: KeyPair;

const packText = (version: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    testPack({}, { version, expires: '2026-12-31', keyId: keys.keyId, ...extra }),
    null,
    2,
  );
const bytes = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
/** Verified against the pinned key on TODAY under the usual size cap, unless the options say otherwise. */
const verify = (data: Uint8Array, options: Partial<Parameters<typeof verifySignedPack>[1]> = {}) =>
  verifySignedPack(data, { publicKey: keys.publicKey, today: TODAY, maxBytes: MAX, ...options });

beforeAll(async () => {
  keys = await generateKeyPair();
  other = await generateKeyPair();
});

describe('keys', () => {
  it('writes public keys as ed25519:<43 characters>, with a 16-hex-digit id', async () => {
    expect(keys.publicKey).toMatch(/^ed25519:[A-Za-z0-9_-]{43}$/);
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(await keyIdOf(keys.publicKey)).toBe(keys.keyId);
    expect(keys.keyId).not.toBe(other.keyId);
    await expect(keyIdOf('ed25519:short')).rejects.toThrow(/not a Sourcelight public key/);
  });
});

describe('signPack', () => {
  it("refuses a pack without an expiry, without the signing key's id, or invalid", async () => {
    const noExpiry = JSON.stringify(testPack({}, { keyId: keys.keyId }));
    await expect(signPack(noExpiry, keys)).rejects.toThrow(/needs "expires"/);
    const wrongId = JSON.stringify(testPack({}, { expires: '2026-12-31', keyId: other.keyId }));
    await expect(signPack(wrongId, keys)).rejects.toThrow(
      new RegExp(`needs "keyId": "${keys.keyId}"`),
    );
    await expect(signPack('{"format": "sourcelight-pack"}', keys)).rejects.toThrow(
      /the pack is invalid/,
    );
    await expect(signPack('not json', keys)).rejects.toThrow(/not valid JSON/);
  });
});

describe('verifySignedPack', () => {
  it('accepts a pack signed with the pinned key, whatever the JSON layout the publisher chose', async () => {
    const signed = await signPack(packText('1.0.0'), keys);
    const result = await verify(bytes(signed));
    expect(result).toMatchObject({ ok: true, pack: { version: '1.0.0', keyId: keys.keyId } });
  });

  it('rejects a pack changed after signing, even by one space', async () => {
    const signed = await signPack(packText('1.0.0'), keys);
    const tampered = { ...signed, payload: signed.payload.replace('"Test desk"', '"Test  desk"') };
    expect(await verify(bytes(tampered))).toMatchObject({
      ok: false,
      kind: 'bad-signature',
    });
    const resigned = {
      ...signed,
      signature: signed.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    };
    expect(await verify(bytes(resigned))).toMatchObject({
      ok: false,
      kind: 'bad-signature',
    });
  });

  it('rejects a pack signed with another key than the pinned one, or claiming the pinned key id falsely', async () => {
    const theirs = JSON.stringify(testPack({}, { expires: '2026-12-31', keyId: other.keyId }));
    const signedByOther = await signPack(theirs, other);
    expect(await verify(bytes(signedByOther))).toMatchObject({
      ok: false,
      kind: 'wrong-key',
      reason: expect.stringContaining(`you pinned key ${keys.keyId}`),
    });
    // A forger puts the pinned key's id on a pack signed with another key: the signature check catches it.
    const forged = { ...signedByOther, keyId: keys.keyId };
    expect(await verify(bytes(forged))).toMatchObject({
      ok: false,
      kind: 'bad-signature',
    });
  });

  it('rejects an expired pack', async () => {
    const signed = await signPack(packText('1.0.0', { expires: '2026-05-31' }), keys);
    expect(await verify(bytes(signed))).toMatchObject({
      ok: false,
      kind: 'expired',
      reason: 'the pack expired on 2026-05-31; the publisher has not published a newer one',
    });
    // The last day is still good.
    expect(await verify(bytes(signed), { today: '2026-05-31' })).toMatchObject({ ok: true });
  });

  it('accepts only a newer version than the one installed: an older one is a rollback, the same one is nothing new', async () => {
    const signed = await signPack(packText('1.2.0'), keys);
    const check = (installedVersion: string) => verify(bytes(signed), { installedVersion });
    expect(await check('1.1.9')).toMatchObject({ ok: true });
    expect(await check('1.10.0')).toMatchObject({ ok: false, kind: 'rollback' });
    expect(await check('1.2.0')).toMatchObject({ ok: false, kind: 'not-newer' });
  });

  it('refuses anything over the size cap before reading it, and anything that is not a signed pack', async () => {
    const signed = await signPack(packText('1.0.0'), keys);
    expect(await verify(bytes(signed), { maxBytes: 100 })).toMatchObject({
      ok: false,
      kind: 'too-large',
    });
    for (const junk of [
      new Uint8Array([0xff, 0xfe, 0x00]),
      bytes('<html>'),
      bytes({ format: 'sourcelight-pack' }),
      bytes('null'),
    ]) {
      expect(await verify(junk)).toMatchObject({ ok: false, kind: 'malformed' });
    }
    expect(await verify(bytes(signed), { publicKey: 'not a key' })).toMatchObject({
      ok: false,
      kind: 'wrong-key',
    });
  });
});

describe('compareVersions', () => {
  it('orders MAJOR.MINOR.PATCH numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
  });
});
