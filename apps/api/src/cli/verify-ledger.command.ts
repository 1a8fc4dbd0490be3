import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { NoteVerifier } from '@lib/ledger';
import {
  describeCheckpointMismatch,
  describeEventMismatch,
  describeTreeMismatch,
  LedgerVerifier,
  vietnameseCount,
  vietnameseInstant,
  type LedgerVerificationReport,
} from '@lib/read-models/ledger';
import { ConfigError, existingLedgerSigner, loadConfig, parseLedgerVerifierKey, resolveLedgerVerifier, type AppConfig } from '@lib/service';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database';
import { AlreadyRunningError } from '../database/instance-lock';

const USAGE = [
  'Cách dùng: npm run verify [-- --key <khóa xác minh>]',
  '  Băm lại toàn bộ nhật ký sự kiện theo thứ tự ghi, đối chiếu từng sự kiện với lá của cây Merkle đã lưu,',
  '  tính lại gốc cây ở kích thước của từng checkpoint đã ký và kiểm tra chữ ký của checkpoint đó.',
  '  --key <khóa>  khóa xác minh công khai của sổ cái (<origin>+<id>+<khóa>, như GET /ledger/key trả về);',
  '                mặc định: LEDGER_VERIFIER_KEY, hoặc suy ra từ khóa ký đã cấu hình.',
  'Cần DATABASE_URL (không có thì dùng cơ sở dữ liệu nhúng trong DATA_DIR khi dịch vụ không chạy).',
  'Mã thoát: 0 sổ cái toàn vẹn, 1 phát hiện sai lệch, 2 sai cách dùng, thiếu cấu hình hoặc không kiểm tra được.',
].join('\n');

/** A progress line on stderr every this many events. */
const PROGRESS_EVERY = 10_000;

class UsageError extends Error {}

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

function parseArguments(argv: string[]): { key: string | undefined; help: boolean } {
  let key: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--key') {
      key = argv[++i];
      if (key === undefined || key.startsWith('--')) throw new UsageError('--key cần một khóa xác minh đi sau');
    } else if (arg.startsWith('--key=')) key = arg.slice('--key='.length);
    else throw new UsageError(`đối số không hỗ trợ: ${arg}`);
  }
  return { key, help };
}

/** The key to check signatures with: --key, else LEDGER_VERIFIER_KEY, else the public half of the configured signing key. */
function verifierKeyOf(key: string | undefined, config: AppConfig): NoteVerifier | undefined {
  try {
    if (key !== undefined) return parseLedgerVerifierKey(key, '--key');
    return resolveLedgerVerifier(config, existingLedgerSigner(config));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`khóa xác minh không dùng được: ${error.message}`);
    throw error;
  }
}

/**
 * `npm run verify`: the whole verification as a function of its arguments, environment and output. Exit code 0: the
 * log, the tree and every checkpoint agree; 1: a mismatch (named on stdout); 2: usage, configuration or a database
 * that cannot be checked.
 */
export async function runVerifyLedger(argv: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  let args: { key: string | undefined; help: boolean };
  let config: AppConfig;
  let verifier: NoteVerifier | undefined;
  try {
    args = parseArguments(argv);
    if (args.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    try {
      config = loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(`cấu hình không hợp lệ: ${error.message}`);
      throw error;
    }
    verifier = verifierKeyOf(args.key, config);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`verify: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    if (!existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
      io.err(
        `verify: cần DATABASE_URL trỏ tới cơ sở dữ liệu của dịch vụ; trong ${config.dataDir} cũng không có cơ sở dữ liệu nhúng nào để kiểm tra.\n`,
      );
      return 2;
    }
    try {
      embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, () => undefined);
    } catch (error) {
      if (error instanceof AlreadyRunningError) {
        io.err(
          'verify: dịch vụ đang chạy trên cơ sở dữ liệu nhúng này: hãy dừng dịch vụ rồi chạy lại, hoặc đặt DATABASE_URL trỏ tới cơ sở dữ liệu của nó.\n' +
            'Khi dịch vụ chạy, GET /health (với quyền quản trị) cũng cho biết kết quả kiểm tra định kỳ của sổ cái.\n',
        );
        return 2;
      }
      if (error instanceof ConfigError) {
        io.err(`verify: không khởi động được cơ sở dữ liệu nhúng: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    url = embedded.url;
  }
  try {
    const report = await verifyDatabase(url, verifier, io);
    if (report === 'no-ledger') {
      io.err(
        'verify: cơ sở dữ liệu chưa có các bảng sổ cái (ledger_leaf…): hãy khởi động dịch vụ phiên bản mới một lần để cập nhật lược đồ.\n',
      );
      return 2;
    }
    if (report.interrupted) {
      io.err('verify: cây Merkle đang được dựng lại trong lúc kiểm tra; hãy chạy lại khi việc dựng lại xong.\n');
      return 2;
    }
    if (!verifier)
      io.err(
        'verify: không có khóa xác minh (--key hoặc LEDGER_VERIFIER_KEY): đã đối chiếu gốc cây, KHÔNG kiểm tra chữ ký các checkpoint.\n',
      );
    io.out(`${verdict(report).join('\n')}\n`);
    return report.intact ? 0 : 1;
  } catch (error) {
    io.err(`verify: không kiểm tra được cơ sở dữ liệu: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await embedded?.stop();
  }
}

/**
 * Reads the whole log and the tree in one read-only REPEATABLE READ transaction: one snapshot, so the log, the tree
 * and the checkpoints are compared as they were at one instant, and nothing is written.
 */
async function verifyDatabase(
  url: string,
  verifier: NoteVerifier | undefined,
  io: CliOutput,
): Promise<LedgerVerificationReport | 'no-ledger'> {
  const client = new Client({ connectionString: url });
  let broken: Error | undefined;
  client.on('error', (error) => void (broken = error));
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ ready: boolean }>(
      `SELECT to_regclass('events') IS NOT NULL AND to_regclass('ledger_leaf') IS NOT NULL AND to_regclass('ledger_checkpoint') IS NOT NULL AS ready`,
    );
    if (!rows[0]!.ready) return 'no-ledger';
    const [{ last }] = (await client.query<{ last: string | null }>('SELECT max(global_position)::text AS last FROM events')).rows as [
      { last: string | null },
    ];
    const total = Number(last ?? 0);
    let printed = 0;
    const sql = {
      query: async <Row>(text: string, params?: ReadonlyArray<unknown>) =>
        (await client.query(text, params ? [...params] : undefined)).rows as Row[],
    };
    const ledger = new LedgerVerifier(sql, {
      ...(verifier ? { verifier } : {}),
      onProgress: ({ eventsChecked }) => {
        if (eventsChecked - printed < PROGRESS_EVERY) return;
        printed = eventsChecked;
        io.err(
          `verify: đã băm lại ${vietnameseCount(eventsChecked)} / khoảng ${vietnameseCount(Math.max(total, eventsChecked))} sự kiện\n`,
        );
      },
    });
    const report = await ledger.run('log');
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw broken ?? error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The verdict a person reads, first line first: intact or the first mismatch. */
export function verdict(report: LedgerVerificationReport): string[] {
  const lines: string[] = [];
  const checkpoints = `${vietnameseCount(report.checkpointsChecked)} checkpoint`;
  if (report.intact) {
    lines.push(
      report.checkpointsChecked === 0
        ? `Sổ cái toàn vẹn: ${vietnameseCount(report.eventsChecked)} sự kiện khớp với cây Merkle; chưa có checkpoint nào được ký.`
        : `Sổ cái toàn vẹn: ${vietnameseCount(report.eventsChecked)} sự kiện, ${checkpoints} khớp ${report.signaturesChecked ? 'chữ ký và gốc cây' : 'gốc cây (chữ ký chưa được kiểm tra)'}.`,
    );
  } else {
    const first = report.eventMismatch
      ? describeEventMismatch(report.eventMismatch)
      : report.checkpointMismatch
        ? describeCheckpointMismatch(report.checkpointMismatch)
        : describeTreeMismatch(report.treeMismatch!);
    lines.push(`PHÁT HIỆN SAI LỆCH: ${first}.`);
    if (report.alteredEvents > 1) lines.push(`Tổng cộng ${vietnameseCount(report.alteredEvents)} sự kiện không còn khớp với lá của chúng.`);
    if (report.eventMismatch && report.checkpointMismatch)
      lines.push(
        `${vietnameseCount(report.checkpointMismatches)} trong ${checkpoints} đã ký không còn khớp với nhật ký; đầu tiên: ${describeCheckpointMismatch(report.checkpointMismatch)}.`,
      );
    else if (report.checkpointMismatches > 1)
      lines.push(`${vietnameseCount(report.checkpointMismatches)} trong ${checkpoints} đã ký không còn khớp với nhật ký.`);
    if (report.treeMismatch && (report.eventMismatch || report.checkpointMismatch))
      lines.push(`Cây đã lưu: ${describeTreeMismatch(report.treeMismatch)}.`);
    if (report.eventMismatch && report.eventMismatch.kind !== 'altered')
      lines.push(`Việc đối chiếu dừng ở lá số ${report.eventMismatch.leafIndex}: sau chỗ này nhật ký và cây không còn đi cùng nhau.`);
  }
  if (report.verifiedUpTo)
    lines.push(
      `Đã đối chiếu đến lá số ${report.verifiedUpTo.leafIndex} (sự kiện ở vị trí ${report.verifiedUpTo.globalPosition}); cây có ${vietnameseCount(report.treeSize)} lá.`,
    );
  if (report.behind > 0)
    lines.push(
      `${vietnameseCount(report.behind)} sự kiện mới nhất chưa vào cây (bộ chiếu đang bắt kịp): chưa có lá để đối chiếu, không phải lỗi.`,
    );
  if (report.latestCheckpoint)
    lines.push(
      `Checkpoint mới nhất: kích thước ${vietnameseCount(report.latestCheckpoint.treeSize)}, ký lúc ${vietnameseInstant(report.latestCheckpoint.publishedAt)} (giờ Việt Nam).`,
    );
  if (!report.signaturesChecked && report.checkpointsChecked > 0)
    lines.push('Chữ ký của các checkpoint KHÔNG được kiểm tra: hãy chạy lại với --key <khóa xác minh> (GET /ledger/key).');
  return lines;
}
