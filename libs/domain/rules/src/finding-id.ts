import { present } from '@lib/domain/core';
import { createHash } from 'node:crypto';

/** Namespace of finding ids (a fixed random UUID). */
export const FINDING_ID_NAMESPACE = '7c1f5e2a-4b8d-4e61-9a3f-2d6b8c0e4f71';

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace = FINDING_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (present(bytes[6], 'byte 6') & 0x0f) | 0x50;
  bytes[8] = (present(bytes[8], 'byte 8') & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function findingIdOf(parts: { ruleCode: string; ruleVersion: number; taskId: string; subject: string; keyEventIds: readonly string[] }): string {
  return uuidV5([parts.ruleCode, String(parts.ruleVersion), parts.taskId, parts.subject, ...parts.keyEventIds].join('\u001f'));
}
