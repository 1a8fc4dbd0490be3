import { nameBasedUuid } from '@lib/domain/core';

/** Namespace of finding ids (a fixed random UUID). */
const FINDING_ID_NAMESPACE = '7c1f5e2a-4b8d-4e61-9a3f-2d6b8c0e4f71';

/** The id of a finding: the name-based UUID of its rule, version, task, subject and key events. */
export function findingIdOf(parts: {
  ruleCode: string;
  ruleVersion: number;
  taskId: string;
  subject: string;
  keyEventIds: readonly string[];
}): string {
  return nameBasedUuid(
    [parts.ruleCode, String(parts.ruleVersion), parts.taskId, parts.subject, ...parts.keyEventIds].join('\u001f'),
    FINDING_ID_NAMESPACE,
  );
}
