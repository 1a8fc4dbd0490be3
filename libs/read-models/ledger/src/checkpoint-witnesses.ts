import type { Pool } from 'pg';
import {
  appendSignatureLines,
  formatAddCheckpointRequest,
  formatVerifierKey,
  NoteError,
  openCheckpoint,
  parseCosignatureLines,
  parseTreeSize,
  type NoteVerifier,
} from '@lib/ledger';
import { messageOf } from '@lib/database';
import type { PublishedCheckpoint } from './checkpoint-publisher';
import { LedgerQuery } from './ledger.query';
import { postAddCheckpoint, type WitnessReply } from './witness-client';

/** A witness the log asks to cosign its checkpoints: its submission prefix and its cosignature/v1 key. */
export interface WitnessEndpoint {
  readonly url: string;
  readonly key: NoteVerifier;
}

export interface CheckpointWitnessesOptions {
  pool: Pool;
  /** The log's own key: a cosigned checkpoint is opened with it before a cosignature is stored. */
  logKey: NoteVerifier;
  witnesses: readonly WitnessEndpoint[];
  log: (line: string) => void;
  /** How long a witness has to answer, in ms (default 5000). */
  timeoutMs?: number;
}

/** What asking one witness came to: cosigned, already past this checkpoint, or not cosigned and why. */
type Outcome = { kind: 'cosigned' } | { kind: 'ahead'; size: number } | { kind: 'failed'; reason: string; alarm?: boolean };
/** What one request came to: an outcome, or a 409 naming the size to send the proof from. */
type Reply = Outcome | { kind: 'moved'; size: number };

/**
 * Asks every configured witness to cosign a checkpoint the publisher has just stored (C2SP tlog-witness
 * add-checkpoint), with the consistency proof from the size that witness last cosigned: first the largest size it
 * cosigned here (ledger_cosignature), else 0, the empty tree; a 409 names its size, and the request is sent once more
 * from there. A cosignature is stored (ledger_cosignature, append-only) only once it verifies with the witness's
 * configured key over this checkpoint; GET /ledger/checkpoint then shows it after the log's signature.
 *
 * A witness that is down, slow (`timeoutMs`) or refuses never stops the log: the failure is logged in Vietnamese
 * (once until it changes, and again when the witness answers again) and the next checkpoint is submitted as usual,
 * with a proof from the last size the witness cosigned.
 */
export class CheckpointWitnesses {
  private readonly query: LedgerQuery;
  /** The size each witness last cosigned (or said it had), by its verifier key string. */
  private readonly known = new Map<string, number>();
  /** The last failure logged for each witness, so that a witness down for an hour is not logged every few seconds. */
  private readonly lastFailure = new Map<string, string>();
  private readonly timeoutMs: number;

  constructor(private readonly options: CheckpointWitnessesOptions) {
    this.query = new LedgerQuery({ query: async (sql, params) => (await options.pool.query(sql, params ? [...params] : undefined)).rows });
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /** Asks every witness, all at once; resolves when each has answered or timed out. Never rejects. */
  async cosign(checkpoint: PublishedCheckpoint): Promise<void> {
    await Promise.all(
      this.options.witnesses.map(async (witness) => {
        let outcome: Outcome;
        try {
          outcome = await this.submit(witness, checkpoint);
        } catch (error) {
          outcome = { kind: 'failed', reason: messageOf(error) };
        }
        this.report(witness, checkpoint, outcome);
      }),
    );
  }

  /** One witness: submit from the size it is believed to have, and once more from the size a 409 names. */
  private async submit(witness: WitnessEndpoint, checkpoint: PublishedCheckpoint): Promise<Outcome> {
    const id = formatVerifierKey(witness.key);
    let old = this.known.get(id) ?? (await this.lastCosignedSize(id));
    for (let attempt = 0; ; attempt++) {
      if (old > checkpoint.treeSize) return { kind: 'ahead', size: old };
      const proof = old === 0 ? [] : await this.query.consistencyProof(old, checkpoint.treeSize);
      const body = formatAddCheckpointRequest({ oldSize: old, consistencyProof: proof, checkpoint: checkpoint.note });
      const reply = await postAddCheckpoint(witness.url, body, this.timeoutMs);
      const outcome = await this.outcomeOf(witness, id, checkpoint, old, reply);
      if (outcome.kind !== 'moved') return outcome;
      this.known.set(id, outcome.size);
      if (attempt === 1) return { kind: 'failed', reason: `vẫn trả lời 409 (cây ${outcome.size} lá) sau khi đã gửi lại` };
      old = outcome.size;
    }
  }

  private async outcomeOf(
    witness: WitnessEndpoint,
    id: string,
    checkpoint: PublishedCheckpoint,
    old: number,
    reply: WitnessReply,
  ): Promise<Reply> {
    if (reply.kind === 'unreachable') return { kind: 'failed', reason: reply.reason };
    const firstLine = reply.body.split('\n', 1)[0]?.slice(0, 300) ?? '';
    switch (reply.status) {
      case 200:
        return this.store(witness, id, checkpoint, reply.body);
      case 409: {
        const size = parseTreeSize(reply.body);
        if (size === undefined) return { kind: 'failed', reason: `trả lời 409 mà không nêu kích thước cây (${firstLine})` };
        if (size === old)
          return {
            kind: 'failed',
            alarm: true,
            reason: `đã ký một cây ${size} lá khác với cây ${size} lá của sổ cái này (gốc cây khác nhau): cần kiểm tra ngay`,
          };
        return { kind: 'moved', size };
      }
      case 422:
        return {
          kind: 'failed',
          alarm: true,
          reason: `từ chối (422): checkpoint không nối tiếp cây ${old} lá mà nhân chứng đã ký: ${firstLine}`,
        };
      default:
        return { kind: 'failed', reason: `trả lời ${reply.status}: ${firstLine}` };
    }
  }

  /** Stores the witness's cosignature once it verifies, with its configured key, over this very checkpoint. */
  private async store(witness: WitnessEndpoint, id: string, checkpoint: PublishedCheckpoint, body: string): Promise<Outcome> {
    const lines = parseCosignatureLines(body);
    if (!lines) return { kind: 'failed', reason: 'trả lời 200 nhưng không phải các dòng chữ ký' };
    let line: string | undefined;
    try {
      const opened = openCheckpoint(appendSignatureLines(checkpoint.note, lines), { log: this.options.logKey, witnesses: [witness.key] });
      line = opened.cosignatures.find(({ verifier }) => verifier.publicKey.equals(witness.key.publicKey))?.line;
    } catch (error) {
      if (!(error instanceof NoteError)) throw error;
      return { kind: 'failed', reason: `chữ ký đồng xác nhận không hợp lệ (${error.message})` };
    }
    if (line === undefined) return { kind: 'failed', reason: 'trả lời 200 nhưng không có chữ ký đồng xác nhận của khóa đã cấu hình' };
    await this.options.pool.query(
      'INSERT INTO ledger_cosignature (tree_size, witness, line) VALUES ($1, $2, $3) ON CONFLICT (tree_size, witness) DO NOTHING',
      [checkpoint.treeSize, id, line.replace(/\n$/, '')],
    );
    this.known.set(id, checkpoint.treeSize);
    return { kind: 'cosigned' };
  }

  private async lastCosignedSize(id: string): Promise<number> {
    const { rows } = await this.options.pool.query<{ size: string | null }>(
      'SELECT max(tree_size) AS size FROM ledger_cosignature WHERE witness = $1',
      [id],
    );
    return Number(rows[0]?.size ?? 0);
  }

  private report(witness: WitnessEndpoint, checkpoint: PublishedCheckpoint, outcome: Outcome): void {
    const id = formatVerifierKey(witness.key);
    const who = `Nhân chứng ${witness.key.name} (${witness.url})`;
    switch (outcome.kind) {
      case 'cosigned':
      case 'ahead':
        if (this.lastFailure.delete(id)) this.options.log(`${who} đã ký đồng xác nhận trở lại, từ checkpoint ${checkpoint.treeSize}.`);
        return;
      case 'failed': {
        const alarm = outcome.alarm === true;
        if (!alarm && this.lastFailure.get(id) === outcome.reason) return;
        this.lastFailure.set(id, outcome.reason);
        this.options.log(
          `${alarm ? 'CẢNH BÁO: ' : ''}${who} chưa ký đồng xác nhận checkpoint ${checkpoint.treeSize}: ${outcome.reason}. ` +
            'Sổ cái vẫn ký checkpoint; sẽ gửi lại với checkpoint sau.',
        );
        return;
      }
    }
  }
}
