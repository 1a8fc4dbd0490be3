/**
 * The console's routes are plain paths with `:name` segments ("/nhiem-vu/:taskId"); matching is exact, segment by
 * segment, with each parameter decoded. Pure, so that it is tested without a browser.
 */
export interface RouteMatch<Route> {
  route: Route;
  params: Record<string, string>;
}

export function matchRoute<Route extends { path: string }>(routes: readonly Route[], pathname: string): RouteMatch<Route> | undefined {
  const segments = segmentsOf(pathname);
  for (const route of routes) {
    const pattern = segmentsOf(route.path);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        const value = safeDecode(segment);
        if (value === undefined || value === '') return false;
        params[part.slice(1)] = value;
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/** A path for a route pattern and its parameters, each encoded: pathFor('/nhiem-vu/:taskId', { taskId: 'a b' }). */
export function pathFor(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pathFor: no value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
}

/**
 * Where to go back to after signing in: a path of this origin only ("/nhiem-vu?trang=2"), never an address elsewhere
 * ("//evil.example", "https://…", "/\\evil"), else the overview.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return fallback;
  return candidate;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
