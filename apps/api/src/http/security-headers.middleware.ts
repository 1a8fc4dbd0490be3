import type { NextFunction, Request, Response } from 'express';

/**
 * Headers set on every answer before any handler runs, so refusals, errors and the 404 of an unknown route
 * carry them too: no MIME sniffing, no framing (the legacy header and CSP's frame-ancestors), no Referer
 * sent on, and nothing kept in caches — every authenticated answer may be personal (a person's report, an
 * export, an evidence bundle), and the few public ones (health, calendar) are cheap to ask again.
 * Only `frame-ancestors` is set in the CSP: the API answers JSON and files, and /docs runs its own scripts.
 */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  next();
}
