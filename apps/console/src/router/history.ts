import { useSyncExternalStore } from 'react';

/**
 * The browser's address is the console's state of navigation (History API, no library): every page has a URL that
 * can be shared and bookmarked, and Back and Forward work. Components read it with useLocation and change it with
 * navigate (or a <Link>).
 */
export interface ConsoleLocation {
  pathname: string;
  search: string;
}

const listeners = new Set<() => void>();
let current: ConsoleLocation = readLocation();

function readLocation(): ConsoleLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

function notify(): void {
  const next = readLocation();
  if (next.pathname === current.pathname && next.search === current.search) return;
  current = next;
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  if (!options.replace) window.scrollTo?.(0, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocation(): ConsoleLocation {
  return useSyncExternalStore(subscribe, () => current);
}

/** One query parameter of the current address, or null. */
export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}
