/**
 * Signed claim packs: Ed25519 over the exact bytes of the pack's JSON text,
 * with WebCrypto (Node 20, Chrome 137+, Firefox 129+), so the CLI that signs
 * and the extension that verifies run the same code. It lives outside
 * src/pack because it needs those platform globals (crypto, TextEncoder,
 * atob), which the pure engine's compiler settings leave out.
 *
 * A signed pack is a small JSON envelope around the pack's text:
 *   { "format": "sourcelight-signed-pack", "formatVersion": 1,
 *     "keyId": "…", "signature": "<base64url>", "payload": "<the pack's JSON text>" }
 * A public key is written `ed25519:<base64url of its 32 bytes>`; its id is the
 * first 16 hex digits of the SHA-256 of those bytes.
 */
import { formatProblem, parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack } from '../pack/schema.ts';
import { megabytes } from '../shared/megabytes.ts';

const SIGNED_FORMAT = 'sourcelight-signed-pack';
const PUBLIC_PREFIX = 'ed25519:';
const PRIVATE_PREFIX = 'ed25519-private:';
const ED25519 = { name: 'Ed25519' } as const;

/** Bytes backed by a plain ArrayBuffer, as WebCrypto takes them. */
type Bytes = Uint8Array<ArrayBuffer>;

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): Bytes | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(
      text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4),
    );
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function keyIdOfRaw(raw: Bytes): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The raw bytes of a public key string, or null when it is not one. */
export function parsePublicKey(text: string): Bytes | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PUBLIC_PREFIX)) return null;
  const raw = fromBase64Url(trimmed.slice(PUBLIC_PREFIX.length));
  return raw && raw.length === 32 ? raw : null;
}

/** The id of a public key string (what a pack's `keyId` names). */
export async function keyIdOf(publicKey: string): Promise<string> {
  const raw = parsePublicKey(publicKey);
  if (!raw) throw new Error('not a Sourcelight public key (expected "ed25519:" and 43 characters)');
  return keyIdOfRaw(raw);
}

export interface KeyPair {
  /** `ed25519:…`: publish it; subscribers pin it. */
  publicKey: string;
  /** `ed25519-private:…`: keep it secret; it signs packs. */
  privateKey: string;
  keyId: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return {
    publicKey: PUBLIC_PREFIX + toBase64Url(raw),
    privateKey: PRIVATE_PREFIX + toBase64Url(pkcs8),
    keyId: await keyIdOfRaw(raw),
  };
}

export interface SignedPack {
  format: typeof SIGNED_FORMAT;
  formatVersion: 1;
  keyId: string;
  signature: string;
  payload: string;
}

/**
 * Signs a pack's exact JSON text. The pack must be valid and carry `expires`
 * and the `keyId` of the key pair (the publisher's promise of which key to trust).
 */
export async function signPack(
  packText: string,
  keys: { privateKey: string; publicKey: string },
): Promise<SignedPack> {
  let data: unknown;
  try {
    data = JSON.parse(packText);
  } catch {
    throw new Error('the pack is not valid JSON');
  }
  const parsed = parsePack(data);
  if (!parsed.ok)
    throw new Error(`the pack is invalid:\n${parsed.problems.map(formatProblem).join('\n')}`);
  const keyId = await keyIdOf(keys.publicKey);
  if (!parsed.pack.expires)
    throw new Error(
      'a signed pack needs "expires" (YYYY-MM-DD): subscribers stop using it after that day',
    );
  if (parsed.pack.keyId !== keyId)
    throw new Error(`a signed pack needs "keyId": "${keyId}" (the id of the key that signs it)`);
  const pkcs8 = keys.privateKey.startsWith(PRIVATE_PREFIX)
    ? fromBase64Url(keys.privateKey.slice(PRIVATE_PREFIX.length))
    : null;
  if (!pkcs8) throw new Error('not a Sourcelight private key (expected "ed25519-private:…")');
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, ED25519, false, ['sign']);
  const signature = new Uint8Array(
    await crypto.subtle.sign(ED25519, key, new TextEncoder().encode(packText)),
  );
  return {
    format: SIGNED_FORMAT,
    formatVersion: 1,
    keyId,
    signature: toBase64Url(signature),
    payload: packText,
  };
}

/** Compares MAJOR.MINOR.PATCH versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export interface VerifyOptions {
  /** The key the subscriber pinned for this feed. */
  publicKey: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** The version of this feed's pack already installed, if any. */
  installedVersion?: string | undefined;
  /** A hard cap on the envelope's size, in bytes. */
  maxBytes: number;
}

export type VerifyResult =
  | { ok: true; pack: ClaimPack }
  | {
      ok: false;
      kind:
        | 'too-large'
        | 'malformed'
        | 'wrong-key'
        | 'bad-signature'
        | 'invalid'
        | 'expired'
        | 'rollback'
        | 'not-newer';
      reason: string;
    };

const fail = (
  kind: Extract<VerifyResult, { ok: false }>['kind'],
  reason: string,
): VerifyResult => ({ ok: false, kind, reason });

/**
 * Checks a signed pack as fetched from a feed, in order: size, shape, the
 * pinned key, the signature over the exact payload bytes, the schema, the
 * expiry, and that its version is newer than the installed one.
 */
export async function verifySignedPack(
  bytes: Uint8Array,
  options: VerifyOptions,
): Promise<VerifyResult> {
  if (bytes.length > options.maxBytes)
    return fail(
      'too-large',
      `the file is ${megabytes(bytes.length)}; the limit is ${megabytes(options.maxBytes)}`,
    );
  let envelope: Partial<SignedPack>;
  try {
    envelope = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    ) as Partial<SignedPack>;
  } catch {
    return fail('malformed', 'the feed did not return a signed Sourcelight pack (not UTF-8 JSON)');
  }
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    envelope.format !== SIGNED_FORMAT ||
    envelope.formatVersion !== 1 ||
    typeof envelope.payload !== 'string' ||
    typeof envelope.signature !== 'string' ||
    typeof envelope.keyId !== 'string'
  ) {
    return fail(
      'malformed',
      'the feed did not return a signed Sourcelight pack (format, payload, signature or key id missing)',
    );
  }
  const raw = parsePublicKey(options.publicKey);
  if (!raw) return fail('wrong-key', 'the pinned key is not a Sourcelight public key');
  const pinnedId = await keyIdOfRaw(raw);
  if (envelope.keyId !== pinnedId)
    return fail(
      'wrong-key',
      `the pack is signed with key ${envelope.keyId}, but you pinned key ${pinnedId} for this feed`,
    );
  const signature = fromBase64Url(envelope.signature);
  const key = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  const valid =
    signature !== null &&
    (await crypto.subtle.verify(
      ED25519,
      key,
      signature,
      new TextEncoder().encode(envelope.payload),
    ));
  if (!valid)
    return fail(
      'bad-signature',
      'the signature does not match: the pack was changed after it was signed, or signed with another key',
    );
  let data: unknown;
  try {
    data = JSON.parse(envelope.payload);
  } catch {
    return fail('invalid', 'the signed pack is not valid JSON');
  }
  const parsed = parsePack(data);
  if (!parsed.ok)
    return fail(
      'invalid',
      `the pack does not follow the claim-pack format: ${parsed.problems.slice(0, 3).map(formatProblem).join('; ')}`,
    );
  const { pack } = parsed;
  if (pack.keyId !== pinnedId)
    return fail(
      'wrong-key',
      `the pack names key ${pack.keyId ?? '(none)'}, not the pinned key ${pinnedId}`,
    );
  if (!pack.expires) return fail('invalid', 'the pack has no expiry date');
  if (pack.expires < options.today)
    return fail(
      'expired',
      `the pack expired on ${pack.expires}; the publisher has not published a newer one`,
    );
  if (options.installedVersion !== undefined) {
    const order = compareVersions(pack.version, options.installedVersion);
    if (order < 0)
      return fail(
        'rollback',
        `version ${pack.version} is older than version ${options.installedVersion}, already installed: refused as a rollback`,
      );
    if (order === 0) return fail('not-newer', `version ${pack.version} is already installed`);
  }
  return { ok: true, pack };
}
