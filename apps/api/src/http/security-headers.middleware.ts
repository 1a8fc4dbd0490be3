import type { NextFunction, Request, Response } from 'express';

/**
 * Headers set on every answer before any handler runs, so refusals, errors and the 404 of an unknown route
 * carry them too: no MIME sniffing, no framing (the legacy header and CSP's frame-ancestors), no Referer
 * sent on, and nothing kept in caches — every authenticated answer may be personal (a person's report, an
 * export, an evidence bundle), and the few public ones (health, calendar) are cheap to ask again.
 * Only `frame-ancestors` is set in the CSP: the API answers JSON and files, and /docs runs its own scripts.
 * The console's files (served at `/`) change two of them: see consoleFileHeaders.
 */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * The console's pages run scripts, so their CSP says which: only the console's own files ('self'), no inline script,
 * no eval, no plugin, no other origin to connect to, post forms to or be framed by. Styles may be inline: Ant Design
 * writes its CSS into <style> elements at run time (CSS-in-JS), which a nonce cannot cover on a static file.
 */
export const CONSOLE_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * For each file of the built console (express.static's setHeaders, and the index.html of a console address): the
 * page's CSP on HTML; the hashed bundles under /assets/ (a new name at every build) kept by the browser for a year,
 * so that only index.html is asked again. Every other header stays securityHeaders'.
 */
export function consoleFileHeaders(response: Response, path: string): void {
  if (path.endsWith('.html')) response.setHeader('Content-Security-Policy', CONSOLE_PAGE_POLICY);
  else if (/[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.(?:js|css)$/.test(path))
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
