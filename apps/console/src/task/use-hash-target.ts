import { useEffect, useState } from 'react';
import { eventIdOfHash, trailAnchorId } from './trail.anchor';

/**
 * The trail event the address's hash points at (`#su-kien-<eventId>`), scrolled into view once its row is on the
 * page (`ready`), and again when the hash changes; the row is highlighted by the caller.
 */
export function useHashTarget(ready: boolean): string | null {
  const [target, setTarget] = useState(() => eventIdOfHash(window.location.hash));
  useEffect(() => {
    const follow = () => setTarget(eventIdOfHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (!ready || target === null) return;
    const row = document.getElementById(trailAnchorId(target));
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [ready, target]);
  return target;
}
