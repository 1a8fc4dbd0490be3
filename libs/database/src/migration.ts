/** A versioned schema change. Applied once, in id order, and never edited afterwards (the runner checks). */
export interface Migration {
  /** Sortable and unique across the whole service, e.g. `0001_event_store`. */
  readonly id: string;
  readonly description: string;
  readonly sql: string;
}
