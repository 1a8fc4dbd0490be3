import { describe, expect, it } from 'vitest';
import { readUntilCaughtUp, showsReview } from './caught-up';

describe('reading again until the read model shows a review', () => {
  const pauses: number[] = [];
  const pause = (ms: number) => {
    pauses.push(ms);
    return Promise.resolve();
  };

  it('reads until the review shows, pausing between reads', async () => {
    pauses.length = 0;
    const answers = [{ reviews: [] }, { reviews: [] }, { reviews: [{ eventId: 'e-1' }] }];
    let reads = 0;
    const shown = await readUntilCaughtUp(
      () => Promise.resolve(answers[reads++]),
      (finding) => showsReview(finding, 'e-1'),
      { attempts: 5, pauseMs: 400, pause },
    );
    expect({ shown, reads, pauses }).toEqual({ shown: true, reads: 3, pauses: [400, 400] });
  });

  it('gives up after the last attempt, without a pause after it', async () => {
    pauses.length = 0;
    let reads = 0;
    const shown = await readUntilCaughtUp(
      () => Promise.resolve({ reviews: [{ eventId: 'older' }] }).finally(() => (reads += 1)),
      (finding) => showsReview(finding, 'e-1'),
      { attempts: 3, pauseMs: 100, pause },
    );
    expect({ shown, reads, pauses }).toEqual({ shown: false, reads: 3, pauses: [100, 100] });
    expect(showsReview(undefined, 'e-1')).toBe(false);
  });
});
