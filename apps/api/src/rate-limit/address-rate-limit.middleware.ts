import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '../http/problem-document';
import { TokenBuckets } from './token-bucket';
import { tooManyRequests } from './too-many-requests.problem';

/**
 * Requests a minute per client address (`request.ip`: the peer's address, as Express gives it), ahead of
 * every route — /health, public routes, refused and unknown ones included — and before the body is read.
 * Answers 429 itself with the same problem document the exception filter would write.
 */
export function addressRateLimit(
  limitPerMinute: number,
  now: () => number = Date.now,
): (request: Request, response: Response, next: NextFunction) => void {
  const buckets = new TokenBuckets(limitPerMinute, now);
  return (request, response, next) => {
    if (limitPerMinute <= 0) return next();
    const verdict = buckets.take(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) return next();
    response
      .status(429)
      .setHeader('Retry-After', String(verdict.retryAfterSeconds))
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...tooManyRequests('address', verdict.retryAfterSeconds), instance: request.originalUrl }));
  };
}
