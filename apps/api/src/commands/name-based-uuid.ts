import { createHash } from 'node:crypto';

/** Fixed namespace of this service for name-based (version 5) UUIDs. */
const NAMESPACE = Buffer.from('6f1c2b8e4a5d4e0f9b7a3c2d1e0f4a5b', 'hex');

/**
 * RFC 9562 version-5 UUID of a name: the same name always gives the same id, so an event derived from
 * (principal, command id, index) keeps its id when a command is retried.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
