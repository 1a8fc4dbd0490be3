import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { loadConfig, prepareDatabase } from '@lib/service';
import { PostgresEventStore } from '@lib/event-store';
import { systemClock } from '../clock/clock';
import { OrgImportService, orgImportOrigin, type OrgImportOutcome, type OrgImportRequest } from '../org/org-import.service';
import { OrgImportConflictError } from '../org/org-import-conflict.error';
import { OrganisationReadModel } from '../org/organisation.read-model';

const USAGE = [
  'Cách dùng: npm run import-org -- <tệp.csv|tệp.json> [--good-rows-only] [--dry-run]',
  '  --good-rows-only  ghi các dòng hợp lệ, báo các dòng sai (mặc định: có một dòng sai thì không ghi gì)',
  '  --dry-run         chỉ kiểm tra và báo cáo, không ghi',
  'Cần DATABASE_URL trỏ tới cơ sở dữ liệu của dịch vụ. Mã thoát: 0 đã ghi (hoặc chạy thử hợp lệ), 1 bị từ chối, 2 sai cách dùng.',
].join('\n');

/** Who records an import from the command line: the system, on behalf of the city's office. */
const CLI_RECORDER = { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' };

class UsageError extends Error {}

type Arguments = Pick<OrgImportRequest, 'format' | 'mode' | 'dryRun'> & { file: string };

function parseArguments(argv: string[]): Arguments {
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const unknown = flags.filter((flag) => !['--good-rows-only', '--dry-run'].includes(flag));
  if (unknown.length > 0) throw new UsageError(`tùy chọn không hỗ trợ: ${unknown.join(', ')}`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'chưa nêu tệp cần nhập' : 'chỉ nhập một tệp mỗi lần');
  const file = files[0]!;
  const extension = extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') throw new UsageError(`tệp phải có đuôi .csv hoặc .json: ${file}`);
  return {
    file,
    format: extension === '.csv' ? 'csv' : 'json',
    mode: flags.includes('--good-rows-only') ? 'good_rows_only' : 'all_or_nothing',
    dryRun: flags.includes('--dry-run'),
  };
}

function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`không đọc được tệp ${file}: ${(error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`tệp ${file} không phải văn bản UTF-8`);
  }
}

/** The report as lines a person reads: one per issue, then a summary. */
function describeOutcome(outcome: OrgImportOutcome): string[] {
  const lines = outcome.issues.map((issue) => {
    const where =
      issue.index === 0
        ? issue.line !== null
          ? `Tệp (dòng ${issue.line})`
          : 'Tệp'
        : issue.line !== null
          ? `Dòng ${issue.line}`
          : `Bản ghi ${issue.index}`;
    return issue.field === 'file' ? `${where}: ${issue.reason}` : `${where}, cột ${issue.field}: ${issue.reason}`;
  });
  const { created, updated, unchanged, rejected } = outcome.counts;
  const counts = `${outcome.rowCount} dòng: ${created} tạo mới, ${updated} cập nhật, ${unchanged} không đổi, ${rejected} bị từ chối`;
  if (!outcome.accepted) lines.push(`Từ chối (${outcome.mode}): ${counts}. Không có thay đổi nào được ghi.`);
  else if (outcome.dryRun) lines.push(`Chạy thử (${outcome.mode}): ${counts}; sẽ ghi ${outcome.eventsPlanned} sự kiện. Chưa ghi gì.`);
  else lines.push(`Đã nhập (${outcome.mode}): ${counts}; đã ghi ${outcome.eventsAppended} sự kiện.`);
  return lines;
}

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The whole CLI as a function of its arguments, environment and output: exit code 0 applied, 1 refused, 2 usage. */
export async function runImportOrg(argv: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  let args: Arguments;
  let content: string;
  try {
    args = parseArguments(argv);
    content = readUtf8(args.file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`import-org: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(env);
  if (!config.databaseUrl) {
    io.err(
      'import-org: cần DATABASE_URL trỏ tới cơ sở dữ liệu của dịch vụ.\n' +
        'Cơ sở dữ liệu nhúng (embedded) thuộc về dịch vụ đang chạy; khi đó hãy gửi tệp qua API:\n' +
        `  curl -X POST "http://${config.host}:${config.port}/org/imports?mode=all_or_nothing" -H "Authorization: Bearer $TOKEN" ` +
        `-H "Content-Type: ${args.format === 'csv' ? 'text/csv' : 'application/json'}" --data-binary @${args.file}\n`,
    );
    return 2;
  }
  Logger.overrideLogger(false);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4 });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore(pool, { maxEventBytes: config.maxEventBytes, notify: config.eventStoreNotify });
  const organisation = new OrganisationReadModel(store);
  try {
    await prepareDatabase(
      { databaseUrl: config.databaseUrl, databaseOwnerUrl: config.databaseOwnerUrl },
      pool,
      () => undefined,
      () => undefined,
    );
    await organisation.onApplicationBootstrap();
    const service = new OrgImportService(store, config, systemClock, organisation);
    const commandId = randomUUID();
    const outcome = await service.run(
      { format: args.format, content, mode: args.mode, dryRun: args.dryRun },
      {
        actor: CLI_RECORDER,
        commandId,
        correlationId: `import-org:${basename(args.file)}:${commandId}`.slice(0, 200),
        roles: ['admin'],
        import: orgImportOrigin(`import-org:${basename(args.file)}`, commandId),
      },
    );
    io.out(`${describeOutcome(outcome).join('\n')}\n`);
    return outcome.accepted ? 0 : 1;
  } catch (error) {
    if (!(error instanceof OrgImportConflictError)) throw error;
    io.err(
      `import-org: tổ chức bộ máy đang được cập nhật đồng thời (${error.streamId}, ${error.attempts} lần thử); ` +
        `đã ghi ${error.eventsAppended} sự kiện. Hãy chạy lại lệnh: phần đã ghi sẽ được nhận là không đổi.\n`,
    );
    return 1;
  } finally {
    await organisation.onApplicationShutdown();
    await pool.end();
  }
}
