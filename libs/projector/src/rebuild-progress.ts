/** What a CLI prints while a projection replays the log. */
export interface RebuildProgress {
  projection: string;
  /** Log events replayed so far (all types: the whole log is read). */
  eventsDone: number;
  /** The log's highest global position when the rebuild began (never below `eventsDone`): close to its length. */
  totalEstimate: number;
  eventsPerSecond: number;
  /** Null until a rate is known. */
  etaSeconds: number | null;
  done: boolean;
}

export type RebuildProgressListener = (progress: RebuildProgress) => void;

/** Turns "n more events committed" into progress reports; stops reporting once the head is reached. */
export class RebuildProgressTracker {
  private eventsDone = 0;
  private readonly startedAt: number;
  private finished = false;

  constructor(
    private readonly projection: string,
    private readonly totalEstimate: number,
    private readonly now: () => Date,
    private readonly report: RebuildProgressListener,
  ) {
    this.startedAt = now().getTime();
  }

  get done(): boolean {
    return this.finished;
  }

  readonly onBatch = (eventsCommitted: number, atHead: boolean): void => {
    if (this.finished) return;
    this.eventsDone += eventsCommitted;
    this.finished = atHead;
    this.report(this.snapshot());
  };

  snapshot(): RebuildProgress {
    const seconds = (this.now().getTime() - this.startedAt) / 1000;
    const total = Math.max(this.totalEstimate, this.eventsDone);
    const rate = seconds > 0 ? this.eventsDone / seconds : 0;
    return {
      projection: this.projection,
      eventsDone: this.eventsDone,
      totalEstimate: total,
      eventsPerSecond: Math.round(rate),
      etaSeconds: this.finished ? 0 : rate > 0 ? Math.ceil((total - this.eventsDone) / rate) : null,
      done: this.finished,
    };
  }
}
