import { createHash } from 'node:crypto';
import { present } from './present';

/** Fixed namespace of this service for name-based UUIDs of events, commands and records. */
export const SERVICE_NAMESPACE = '6f1c2b8e-4a5d-4e0f-9b7a-3c2d1e0f4a5b';

/**
 * RFC 9562 version-5 (SHA-1, name-based) UUID of a name in a namespace: the same name always gives the same
 * id, so an event derived from (principal, command id, index) keeps its id when a command is retried, and a
 * finding derived from its rule and key events keeps its id across evaluations. The one name-based UUID of
 * the service: each caller keeps its own namespace.
 */
export function nameBasedUuid(name: string, namespace: string = SERVICE_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (present(bytes[6], 'byte 6') & 0x0f) | 0x50;
  bytes[8] = (present(bytes[8], 'byte 8') & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
