/** A position in GET /findings: the last finding of a page, newest first in (at, finding_id) order. */
export interface FindingListCursor {
  at: string;
  findingId: string;
}

/** The opaque text a page hands out as `nextCursor`. */
export function encodeFindingListCursor(at: Date, findingId: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), findingId])).toString('base64url');
}

/** The position a cursor stands for; null when the text is not a cursor this endpoint returned. */
export function decodeFindingListCursor(cursor: string): FindingListCursor | null {
  try {
    const [at, findingId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof findingId === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/.test(findingId))
      return { at, findingId };
  } catch {
    // not JSON: not a cursor
  }
  return null;
}
