/** The trail row's id in the page, so that other pages link to `/nhiem-vu/<taskId>#su-kien-<eventId>`. */
const PREFIX = 'su-kien-';

export function trailAnchorId(eventId: string): string {
  return `${PREFIX}${eventId}`;
}

/** The event an address's hash points at ("#su-kien-<eventId>"), or null. */
export function eventIdOfHash(hash: string): string | null {
  const anchor = decodeURIComponent(hash.replace(/^#/, ''));
  return anchor.startsWith(PREFIX) && anchor.length > PREFIX.length ? anchor.slice(PREFIX.length) : null;
}
