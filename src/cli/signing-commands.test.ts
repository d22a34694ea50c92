import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOn } from './test-cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-sign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

const cli = cliOn('2026-06-01');

describe('sourcelight pack keygen, sign and verify', () => {
  it('publishes a signed pack a subscriber can check, and refuses it once changed', async () => {
    const keygen = await cli('pack', 'keygen', '--out', path('key.json'));
    expect(keygen.code).toBe(0);
    expect(statSync(path('key.json')).mode & 0o077).toBe(0);
    const keys = JSON.parse(readFileSync(path('key.json'), 'utf8')) as {
      publicKey: string;
      keyId: string;
    };
    expect(keygen.out).toContain(keys.publicKey);
    expect((await cli('pack', 'keygen', '--out', path('key.json'))).err).toContain(
      'already exists; not overwritten',
    );

    const pack = JSON.parse(readFileSync('packs/sourcelight-core.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      path('pack.json'),
      JSON.stringify({ ...pack, id: 'feed', expires: '2026-12-31', keyId: keys.keyId }, null, 2),
    );
    const sign = await cli(
      'pack',
      'sign',
      '--key',
      path('key.json'),
      path('pack.json'),
      '--out',
      path('signed.json'),
    );
    expect(sign.code).toBe(0);
    expect(sign.err).toContain(`signed with key ${keys.keyId}`);

    const verify = await cli('pack', 'verify', '--public-key', keys.publicKey, path('signed.json'));
    expect(verify).toMatchObject({
      code: 0,
      out: expect.stringContaining(
        `valid, signed: feed ${String(pack.version)} by Sourcelight project, expires 2026-12-31`,
      ),
    });

    writeFileSync(
      path('tampered.json'),
      readFileSync(path('signed.json'), 'utf8').replace('Rochester', 'Buffalo'),
    );
    const tampered = await cli(
      'pack',
      'verify',
      '--public-key',
      keys.publicKey,
      path('tampered.json'),
    );
    expect(tampered).toMatchObject({
      code: 1,
      err: expect.stringContaining('refused: the signature does not match'),
    });
  });

  it('says what a pack is missing before it signs, and what a command is missing', async () => {
    await cli('pack', 'keygen', '--out', path('key2.json'));
    writeFileSync(path('unsigned.json'), readFileSync('packs/sourcelight-core.json'));
    const sign = await cli('pack', 'sign', '--key', path('key2.json'), path('unsigned.json'));
    expect(sign).toMatchObject({ code: 1, err: expect.stringContaining('needs "expires"') });
    expect((await cli('pack', 'sign', path('unsigned.json'))).code).toBe(2);
    expect((await cli('pack', 'keygen')).code).toBe(2);
    expect((await cli('pack', 'verify', path('unsigned.json'))).code).toBe(2);
  });
});
