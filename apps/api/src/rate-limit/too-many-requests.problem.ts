import { problem } from '../http/problem-details.filter';
import type { ProblemDocument } from '../http/problem-document';

export type RateLimitScope = 'principal' | 'address';

/** The 429 problem document; the same number of seconds goes in the Retry-After header. */
export function tooManyRequests(scope: RateLimitScope, retryAfterSeconds: number): ProblemDocument {
  const who = scope === 'principal' ? 'Bạn đã gửi' : 'Địa chỉ mạng của bạn đã gửi';
  return problem(
    'too-many-requests',
    'Too many requests',
    429,
    `${who} quá nhiều yêu cầu trong một phút; vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    {
      scope,
      retryAfterSeconds,
    },
  );
}
