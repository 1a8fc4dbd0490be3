/**
 * The service records a review at once but its findings read model follows a moment later: read again until what is
 * read shows the write (`caughtUp`), pausing between reads, at most `attempts` reads. True when it showed it.
 */
export async function readUntilCaughtUp<T>(
  read: () => Promise<T>,
  caughtUp: (value: T) => boolean,
  options: { attempts: number; pauseMs: number; pause?: (ms: number) => Promise<void> },
): Promise<boolean> {
  const pause = options.pause ?? ((ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms)));
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    if (caughtUp(await read())) return true;
    if (attempt < options.attempts) await pause(options.pauseMs);
  }
  return false;
}

/** Whether a finding as read lists the review the API just recorded. */
export function showsReview(finding: { reviews: ReadonlyArray<{ eventId: string }> } | undefined, eventId: string): boolean {
  return finding?.reviews.some((review) => review.eventId === eventId) ?? false;
}
