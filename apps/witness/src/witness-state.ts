import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The state file under the witness's state directory. */
export const WITNESS_STATE_FILE = 'state.json';
const FORMAT = 'ro-trach-nhiem/witness-state/v1';

/** What the witness remembers of a log: the last checkpoint it cosigned. */
export interface WitnessedCheckpoint {
  readonly size: number;
  readonly rootHash: Buffer;
  /** The checkpoint as submitted, with the witness's cosignature appended: evidence of what the log signed. */
  readonly checkpoint: string;
  /** When it was cosigned, ISO 8601. */
  readonly cosignedAt: string;
}

/** The state directory holds something that is not a state this witness wrote: it refuses to start rather than forget. */
export class WitnessStateError extends Error {}

interface StoredEntry {
  size: number;
  rootHash: string;
  checkpoint: string;
  cosignedAt: string;
}

/**
 * The witness's memory, per log origin, in one JSON file written atomically (a temporary file, fsync, rename,
 * fsync of the directory): a crash leaves the old state or the new one, never a torn one, and a restart never
 * forgets a checkpoint it cosigned. A cosignature is returned only after `record` has returned, and the check and
 * the write of one submission run under `exclusive`, one submission at a time (tlog-witness's race: a smaller
 * tree cosigned after a larger one would roll the state back).
 *
 * One process per state directory: the lock is in memory.
 */
export class WitnessState {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly logs: Map<string, WitnessedCheckpoint>,
  ) {}

  /** Opens (creating the directory if needed, mode 700) and reads the state. Throws a WitnessStateError when it is unreadable. */
  static async open(dir: string): Promise<WitnessState> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, WITNESS_STATE_FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new WitnessState(dir, new Map());
      throw new WitnessStateError(`Không đọc được trạng thái của nhân chứng ${path}: ${(error as Error).message}`);
    }
    return new WitnessState(dir, parseState(text, path));
  }

  /** The last checkpoint cosigned for this origin, or null. */
  get(origin: string): WitnessedCheckpoint | null {
    return this.logs.get(origin) ?? null;
  }

  /** Every origin's last cosigned checkpoint. */
  entries(): ReadonlyArray<readonly [string, WitnessedCheckpoint]> {
    return [...this.logs.entries()];
  }

  /** Runs `task` after every task queued before it has finished: one submission at a time. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stores the origin's new last cosigned checkpoint on disk, then in memory; the old state stays when the write fails. */
  async record(origin: string, entry: WitnessedCheckpoint): Promise<void> {
    const next = new Map(this.logs).set(origin, entry);
    await writeAtomically(this.dir, WITNESS_STATE_FILE, serialise(next));
    this.logs.set(origin, entry);
  }
}

function serialise(logs: ReadonlyMap<string, WitnessedCheckpoint>): string {
  const stored: Record<string, StoredEntry> = {};
  for (const [origin, entry] of [...logs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    stored[origin] = {
      size: entry.size,
      rootHash: entry.rootHash.toString('base64'),
      checkpoint: entry.checkpoint,
      cosignedAt: entry.cosignedAt,
    };
  }
  return `${JSON.stringify({ format: FORMAT, logs: stored }, null, 2)}\n`;
}

function parseState(text: string, path: string): Map<string, WitnessedCheckpoint> {
  const refuse = (why: string): WitnessStateError =>
    new WitnessStateError(
      `Tệp trạng thái ${path} không hợp lệ (${why}). Nhân chứng không khởi động để khỏi quên các checkpoint đã ký; ` +
        'hãy khôi phục tệp từ bản sao lưu.',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse('không phải JSON');
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT || !isRecord(parsed.logs)) throw refuse(`không đúng định dạng ${FORMAT}`);
  const logs = new Map<string, WitnessedCheckpoint>();
  for (const [origin, value] of Object.entries(parsed.logs)) {
    if (!isRecord(value)) throw refuse(`mục của ${origin} không phải đối tượng`);
    const { size, rootHash, checkpoint, cosignedAt } = value;
    const hash = typeof rootHash === 'string' ? Buffer.from(rootHash, 'base64') : undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw refuse(`kích thước cây của ${origin} không hợp lệ`);
    if (!hash || hash.length !== 32 || hash.toString('base64') !== rootHash) throw refuse(`gốc cây của ${origin} không hợp lệ`);
    if (typeof checkpoint !== 'string' || typeof cosignedAt !== 'string') throw refuse(`checkpoint của ${origin} thiếu`);
    logs.set(origin, { size, rootHash: hash, checkpoint, cosignedAt });
  }
  return logs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes `name` in `dir` so that it holds either its old content or `content`, whatever happens. */
async function writeAtomically(dir: string, name: string, content: string): Promise<void> {
  const temporary = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(content, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, join(dir, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const directory = await open(dir, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
