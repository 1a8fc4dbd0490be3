import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { NoteError } from './note-errors';
import { decodeBase64, isValidKeyName } from './note-format';

/**
 * Ed25519 keys of signed notes (https://c2sp.org/signed-note), encoded as golang.org/x/mod/sumdb/note
 * encodes them, so that keys move between this library and the Go ecosystem (Tessera, litewitness, the Go
 * checksum database's tools):
 *
 * - a key is identified by its name and a 32-bit key id, SHA-256(name || 0x0A || type byte || public key)
 *   truncated to 4 bytes, big-endian;
 * - a verifier key string is `<name>+<8 hex digits of the key id>+<base64(type byte || 32-byte public key)>`;
 * - a signer key string is `PRIVATE+KEY+<name>+<8 hex digits of the key id>+<base64(type byte || 32-byte
 *   Ed25519 seed)>`.
 *
 * Two types are supported: `ed25519` (type byte 0x01), the signatures of a log's checkpoints, and
 * `cosignature/v1` (type byte 0x04, https://c2sp.org/tlog-cosignature), a witness's timestamped
 * cosignatures. tlog-cosignature defines the verifier key string of type 0x04; the signer key string of type
 * 0x04 follows the same pattern as Go's (which only defines 0x01), so a witness's key is stored like a log's.
 * A signer key string is a secret: whoever holds it signs as the key.
 */

export type NoteKeyType = 'ed25519' | 'cosignature/v1';

/** A public key with its name and id: what verifies a signature line. */
export interface NoteVerifier {
  readonly name: string;
  /** The 32-bit key id, as an unsigned integer. */
  readonly keyId: number;
  readonly type: NoteKeyType;
  /** The 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
}

/** A private key with its name and id: what signs. It is also its own verifier. */
export interface NoteSigner extends NoteVerifier {
  /** The 32-byte Ed25519 seed (RFC 8032's private key). Secret. */
  readonly seed: Buffer;
}

const TYPE_BYTES: Record<NoteKeyType, number> = { ed25519: 0x01, 'cosignature/v1': 0x04 };
const KEY_SIZE = 32;
// DER prefixes of an Ed25519 private key (PKCS #8) and public key (SubjectPublicKeyInfo), RFC 8410: the raw
// 32 bytes follow.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** The key id SHA-256(name || 0x0A || type byte || public key)[:4], as an unsigned 32-bit integer. */
export function noteKeyId(name: string, type: NoteKeyType, publicKey: Uint8Array): number {
  return createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, TYPE_BYTES[type]]))
    .update(publicKey)
    .digest()
    .readUInt32BE(0);
}

/** A new random key pair of this name and type. Throws a NoteError when the name is not a valid key name. */
export function generateNoteKey(name: string, type: NoteKeyType = 'ed25519'): { signer: NoteSigner; verifier: NoteVerifier } {
  const signer = noteSignerFromSeed(name, randomBytes(KEY_SIZE), type);
  return { signer, verifier: verifierOf(signer) };
}

/** The signer of this name and type with this 32-byte Ed25519 seed. */
export function noteSignerFromSeed(name: string, seed: Uint8Array, type: NoteKeyType = 'ed25519'): NoteSigner {
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `invalid key name ${JSON.stringify(name)}`);
  if (seed.length !== KEY_SIZE) throw new NoteError('malformed-key', `an Ed25519 seed is ${KEY_SIZE} bytes, not ${seed.length}`);
  const privateKey = privateKeyOf(seed);
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);
  return { name, type, keyId: noteKeyId(name, type, publicKey), publicKey: Buffer.from(publicKey), seed: Buffer.from(seed) };
}

/** The verifier of a signer: the same name, id, type and public key, without the seed. */
export function verifierOf(signer: NoteVerifier): NoteVerifier {
  return { name: signer.name, keyId: signer.keyId, type: signer.type, publicKey: signer.publicKey };
}

/** The verifier of this name and type with this 32-byte Ed25519 public key. */
export function noteVerifierFromPublicKey(name: string, publicKey: Uint8Array, type: NoteKeyType = 'ed25519'): NoteVerifier {
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `invalid key name ${JSON.stringify(name)}`);
  if (publicKey.length !== KEY_SIZE)
    throw new NoteError('malformed-key', `an Ed25519 public key is ${KEY_SIZE} bytes, not ${publicKey.length}`);
  return { name, type, keyId: noteKeyId(name, type, publicKey), publicKey: Buffer.from(publicKey) };
}

/** `<name>+<hex key id>+<base64(type byte || public key)>`. */
export function formatVerifierKey(verifier: NoteVerifier): string {
  return `${verifier.name}+${hexId(verifier.keyId)}+${Buffer.concat([Buffer.from([TYPE_BYTES[verifier.type]]), verifier.publicKey]).toString('base64')}`;
}

/** `PRIVATE+KEY+<name>+<hex key id>+<base64(type byte || seed)>`. Secret. */
export function formatSignerKey(signer: NoteSigner): string {
  return `PRIVATE+KEY+${signer.name}+${hexId(signer.keyId)}+${Buffer.concat([Buffer.from([TYPE_BYTES[signer.type]]), signer.seed]).toString('base64')}`;
}

/**
 * Parses a verifier key string. Throws a NoteError (`malformed-key`) unless the name is valid, the id is 8
 * hexadecimal digits equal to the key id computed from the name and key, the key is strict base64 of a
 * known type byte and a 32-byte key.
 */
export function parseVerifierKey(text: string): NoteVerifier {
  const [name, id, key] = splitKey(text, 3);
  const { type, material } = typedKey(key);
  const verifier = noteVerifierFromPublicKey(name, material, type);
  if (verifier.keyId !== parseHexId(id)) throw new NoteError('malformed-key', 'the key id does not match the name and key');
  return verifier;
}

/**
 * Parses a signer key string. Throws a NoteError (`malformed-key`) unless it starts with `PRIVATE+KEY+`, the
 * name is valid, the id is 8 hexadecimal digits equal to the key id of the public key the seed gives, and the
 * key is strict base64 of a known type byte and a 32-byte seed.
 */
export function parseSignerKey(text: string): NoteSigner {
  const [private1, private2, name, id, key] = splitKey(text, 5);
  if (private1 !== 'PRIVATE' || private2 !== 'KEY') throw new NoteError('malformed-key', 'a signer key starts with PRIVATE+KEY+');
  const { type, material } = typedKey(key);
  const signer = noteSignerFromSeed(name, material, type);
  if (signer.keyId !== parseHexId(id)) throw new NoteError('malformed-key', 'the key id does not match the name and key');
  return signer;
}

/** The raw Ed25519 signature (RFC 8032) of `message` by the signer. */
export function signEd25519(signer: NoteSigner, message: Uint8Array): Buffer {
  return sign(null, message, privateKeyOf(signer.seed));
}

/** Whether `signature` is the verifier's valid Ed25519 signature (RFC 8032) of `message`. */
export function verifyEd25519(verifier: NoteVerifier, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, publicKeyOf(verifier.publicKey), signature);
  } catch {
    return false;
  }
}

function privateKeyOf(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}

function publicKeyOf(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}

// Splits at the first parts - 1 plus signs: the last part, base64, may itself contain plus signs.
function splitKey(text: string, parts: number): string[] {
  if (typeof text !== 'string') throw new NoteError('malformed-key', 'a key is a string');
  const fields: string[] = [];
  let rest = text;
  for (let i = 1; i < parts; i++) {
    const plus = rest.indexOf('+');
    if (plus < 0) throw new NoteError('malformed-key', `a key has ${parts} fields separated by +`);
    fields.push(rest.slice(0, plus));
    rest = rest.slice(plus + 1);
  }
  fields.push(rest);
  return fields;
}

function typedKey(text: string | undefined): { type: NoteKeyType; material: Buffer } {
  const bytes = decodeBase64(text ?? '');
  if (!bytes || bytes.length === 0) throw new NoteError('malformed-key', 'the key is not base64');
  const type = (Object.keys(TYPE_BYTES) as NoteKeyType[]).find((candidate) => TYPE_BYTES[candidate] === bytes[0]);
  if (!type) throw new NoteError('malformed-key', `unknown key type 0x${(bytes[0] as number).toString(16).padStart(2, '0')}`);
  return { type, material: bytes.subarray(1) };
}

function parseHexId(text: string | undefined): number {
  // Go's reader takes upper-case digits too (strconv.ParseUint); it writes lower case.
  if (!text || !/^[0-9a-fA-F]{8}$/.test(text)) throw new NoteError('malformed-key', 'the key id is not 8 hexadecimal digits');
  return Number.parseInt(text, 16);
}

function hexId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}
