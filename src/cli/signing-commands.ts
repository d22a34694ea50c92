/** `pack keygen`, `pack sign` and `pack verify`: publishing signed packs for subscribers. */
import { readFile, writeFile } from 'node:fs/promises';
import { MAX_FEED_BYTES } from '../pack/feed-limit.ts';
import { megabytes } from '../shared/megabytes.ts';
import { generateKeyPair, signPack, verifySignedPack } from '../signing/signing.ts';
import type { Io } from './commands.ts';

const message = (error: unknown) => (error as Error).message ?? String(error);

/** `pack keygen --out KEYFILE`: a new key pair; the file holds both halves, the public key is printed. */
export async function keygenCommand(out: string | undefined, io: Io): Promise<number> {
  if (!out) {
    io.err('pack keygen needs --out KEYFILE (where to write the key pair; keep it secret)');
    return 2;
  }
  const keys = await generateKeyPair();
  try {
    await writeFile(out, `${JSON.stringify(keys, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    io.err(
      `${out}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'already exists; not overwritten' : message(error)}`,
    );
    return 1;
  }
  io.out(`Wrote the key pair to ${out} (keep it secret: it signs your packs).`);
  io.out(`Key id:     ${keys.keyId}   (put "keyId": "${keys.keyId}" in your packs)`);
  io.out(`Public key: ${keys.publicKey}   (subscribers pin this)`);
  return 0;
}

async function readKeys(file: string): Promise<{ privateKey: string; publicKey: string }> {
  const data = JSON.parse(await readFile(file, 'utf8')) as {
    privateKey?: unknown;
    publicKey?: unknown;
  };
  if (typeof data.privateKey !== 'string' || typeof data.publicKey !== 'string')
    throw new Error('not a key file from `sourcelight pack keygen`');
  return { privateKey: data.privateKey, publicKey: data.publicKey };
}

/** `pack sign --key KEYFILE PACK.json [--out SIGNED.json]`: signs the pack file's exact bytes. */
export async function signCommand(
  file: string,
  options: { key?: string | undefined; out?: string | undefined },
  io: Io,
): Promise<number> {
  if (!options.key) {
    io.err('pack sign needs --key KEYFILE (from `sourcelight pack keygen`)');
    return 2;
  }
  try {
    const keys = await readKeys(options.key);
    const signed = await signPack(await readFile(file, 'utf8'), keys);
    const text = `${JSON.stringify(signed)}\n`;
    if (Buffer.byteLength(text) > MAX_FEED_BYTES)
      throw new Error(
        `the signed pack is over the ${megabytes(MAX_FEED_BYTES, 0)} subscribers accept`,
      );
    if (options.out) await writeFile(options.out, text);
    else io.out(text.trimEnd());
    io.err(`${file}: signed with key ${signed.keyId}${options.out ? ` into ${options.out}` : ''}`);
    return 0;
  } catch (error) {
    io.err(`${file}: ${message(error)}`);
    return 1;
  }
}

/** `pack verify --public-key KEY SIGNED.json`: what a subscriber's Sourcelight will say of the file. */
export async function verifyCommand(
  file: string,
  options: { publicKey?: string | undefined; today: string },
  io: Io,
): Promise<number> {
  if (!options.publicKey) {
    io.err('pack verify needs --public-key ed25519:…');
    return 2;
  }
  try {
    const result = await verifySignedPack(new Uint8Array(await readFile(file)), {
      publicKey: options.publicKey,
      today: options.today,
      maxBytes: MAX_FEED_BYTES,
    });
    if (!result.ok) {
      io.err(`${file}: refused: ${result.reason}`);
      return 1;
    }
    io.out(
      `${file}: valid, signed: ${result.pack.id} ${result.pack.version} by ${result.pack.publisher}, expires ${result.pack.expires}`,
    );
    return 0;
  } catch (error) {
    io.err(`${file}: ${message(error)}`);
    return 1;
  }
}
