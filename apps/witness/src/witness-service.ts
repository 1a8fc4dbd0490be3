import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  appendSignatureLines,
  formatAddCheckpointRequest,
  formatTreeSize,
  NoteError,
  openCheckpoint,
  parseAddCheckpointRequest,
  parseCheckpoint,
  parseNote,
  TREE_SIZE_CONTENT_TYPE,
  witnessCheck,
  WitnessProtocolError,
  type AddCheckpointRequest,
  type Checkpoint,
  type NoteSigner,
  type NoteVerifier,
  type WitnessProtocolErrorCode,
  type WitnessRefusal,
} from '@lib/ledger';
import type { WitnessState } from './witness-state';

/** An HTTP answer: status, content type and body. */
export interface WitnessAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

export interface WitnessServiceOptions {
  /** The logs this witness follows, by their checkpoint keys (the key's name is the origin). */
  readonly logs: readonly NoteVerifier[];
  /** The witness's own cosignature/v1 key. */
  readonly signer: NoteSigner;
  readonly state: WitnessState;
  readonly log: (line: string) => void;
  /** The clock, ms since the epoch; the cosignature's time is its whole seconds. */
  readonly now?: () => number;
}

/** Where refused checkpoints the log did sign are kept, under the state directory: evidence of a log's misbehaviour. */
export const REFUSED_DIR = 'refused';

const TEXT = 'text/plain; charset=utf-8';

const MALFORMED_REQUEST: Record<WitnessProtocolErrorCode, string> = {
  'malformed-old-size': 'dòng đầu phải là "old <kích thước cây>" (số thập phân, không có số 0 ở đầu)',
  'malformed-proof': 'mỗi dòng của chứng minh nhất quán phải là một giá trị băm 32 byte, base64',
  'too-many-proof-lines': 'chứng minh nhất quán có nhiều hơn 63 dòng',
  'missing-checkpoint': 'thiếu dòng trống giữa chứng minh nhất quán và checkpoint, hoặc thiếu checkpoint',
};

/**
 * The witness's `add-checkpoint` (https://c2sp.org/tlog-witness), without HTTP: parses the body, checks the
 * checkpoint with `witnessCheck` against the last one it cosigned for that origin, remembers the new one on disk,
 * then answers with the cosignature. The statuses are the specification's, in its order: 400 malformed, 404 unknown
 * origin, 403 not signed by the log's key, 400 an old size above the checkpoint's, 409 (`text/x.tlog.size`) an old
 * size other than the last cosigned one or a second root for that size, 422 a consistency proof that fails.
 */
export class WitnessService {
  private readonly logs: ReadonlyMap<string, NoteVerifier>;
  private readonly now: () => number;

  constructor(private readonly options: WitnessServiceOptions) {
    this.logs = new Map(options.logs.map((key) => [key.name, key]));
    this.now = options.now ?? Date.now;
  }

  async addCheckpoint(body: string): Promise<WitnessAnswer> {
    let request: AddCheckpointRequest;
    try {
      request = parseAddCheckpointRequest(body);
    } catch (error) {
      if (error instanceof WitnessProtocolError) return text(400, `Yêu cầu add-checkpoint không hợp lệ: ${MALFORMED_REQUEST[error.code]}.`);
      throw error;
    }
    let unverified: Checkpoint;
    try {
      unverified = parseCheckpoint(parseNote(request.checkpoint).text);
    } catch (error) {
      if (error instanceof NoteError) return text(400, 'Phần sau dòng trống không phải một checkpoint có chữ ký (C2SP signed-note).');
      throw error;
    }
    const logKey = this.logs.get(unverified.origin);
    if (!logKey) return text(404, `Nhân chứng này không theo dõi sổ cái "${unverified.origin}".`);
    let checkpoint: Checkpoint;
    try {
      ({ checkpoint } = openCheckpoint(request.checkpoint, { log: logKey }));
    } catch (error) {
      if (!(error instanceof NoteError)) throw error;
      if (error.code === 'malformed-note' || error.code === 'malformed-checkpoint')
        return text(400, 'Phần sau dòng trống không phải một checkpoint có chữ ký (C2SP signed-note).');
      return text(403, `Checkpoint không có chữ ký hợp lệ của khóa sổ cái "${logKey.name}" mà nhân chứng tin cậy.`);
    }
    if (request.oldSize > checkpoint.size)
      return text(400, `Kích thước cũ (old ${request.oldSize}) lớn hơn kích thước của checkpoint (${checkpoint.size}).`);
    return this.options.state.exclusive(() => this.decide(logKey, request, checkpoint));
  }

  /** Under the state's lock: compare with the last cosigned tree, decide, remember, answer. */
  private async decide(logKey: NoteVerifier, request: AddCheckpointRequest, checkpoint: Checkpoint): Promise<WitnessAnswer> {
    const { state, signer, log } = this.options;
    const origin = logKey.name;
    const last = state.get(origin);
    const lastSize = last?.size ?? 0;
    if (request.oldSize !== lastSize) return treeSize(lastSize);
    const now = this.now();
    const decision = witnessCheck({
      logKey,
      origin,
      lastSeen: last ? { size: last.size, rootHash: last.rootHash } : null,
      checkpoint: request.checkpoint,
      consistencyProof: request.consistencyProof,
      witness: signer,
      time: Math.floor(now / 1000),
    });
    if (!decision.accepted) {
      log(`Từ chối checkpoint ${checkpoint.size} của ${origin} (đã ký đến ${lastSize}): ${REFUSAL_LOG[decision.reason]}`);
      if (decision.reason === 'conflicting-root' || decision.reason === 'inconsistent')
        await this.keepEvidence(origin, checkpoint, request);
      return refusal(decision.reason, lastSize, checkpoint.size);
    }
    await state.record(origin, {
      size: decision.lastSeen.size,
      rootHash: Buffer.from(decision.lastSeen.rootHash),
      checkpoint: appendSignatureLines(request.checkpoint, decision.cosignature),
      cosignedAt: new Date(now).toISOString(),
    });
    log(`Đã ký đồng xác nhận checkpoint ${checkpoint.size} của ${origin} (trước đó: ${lastSize}).`);
    return text(200, decision.cosignature);
  }

  /** Keeps a refused request that the log signed (tlog-witness allows it): it may prove the log showed two histories. */
  private async keepEvidence(origin: string, checkpoint: Checkpoint, request: AddCheckpointRequest): Promise<void> {
    const dir = join(this.options.state.dir, REFUSED_DIR);
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    const file = join(dir, `${stamp}-${origin.replace(/[^A-Za-z0-9.-]/g, '_')}-${checkpoint.size}.txt`);
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(file, formatAddCheckpointRequest(request), { mode: 0o600 });
      this.options.log(`Đã lưu checkpoint bị từ chối làm bằng chứng: ${file}`);
    } catch (error) {
      this.options.log(`Không lưu được checkpoint bị từ chối vào ${dir}: ${(error as Error).message}`);
    }
  }
}

/** Why, in the witness's log. */
const REFUSAL_LOG: Record<WitnessRefusal, string> = {
  'malformed-checkpoint': 'không phải checkpoint',
  'unverified-checkpoint': 'chữ ký của sổ cái không hợp lệ',
  'older-size': 'cây nhỏ hơn cây đã ký',
  'conflicting-root': 'CẢNH BÁO: sổ cái đã ký hai gốc cây khác nhau cho cùng một kích thước',
  inconsistent: 'chứng minh nhất quán không đúng',
};

function refusal(reason: WitnessRefusal, lastSize: number, size: number): WitnessAnswer {
  switch (reason) {
    case 'older-size':
    case 'conflicting-root':
      return treeSize(lastSize);
    case 'inconsistent':
      return text(422, `Chứng minh nhất quán từ cây ${lastSize} lá đến cây ${size} lá không đúng: checkpoint không nối tiếp cây đã ký.`);
    case 'malformed-checkpoint':
      return text(400, 'Phần sau dòng trống không phải một checkpoint có chữ ký (C2SP signed-note).');
    case 'unverified-checkpoint':
      return text(403, 'Checkpoint không có chữ ký hợp lệ của khóa sổ cái mà nhân chứng tin cậy.');
  }
}

function text(status: number, body: string): WitnessAnswer {
  return { status, contentType: TEXT, body: body.endsWith('\n') ? body : `${body}\n` };
}

/** 409: the size the witness last cosigned, so the log can send the proof from it. */
function treeSize(size: number): WitnessAnswer {
  return { status: 409, contentType: TREE_SIZE_CONTENT_TYPE, body: formatTreeSize(size) };
}
