import './register-lib-paths';
import { stampedLine } from './log-line';
import { parseWitnessArguments, WITNESS_USAGE, WitnessUsageError } from './witness-arguments';
import { startWitness } from './witness-app';
import { WitnessKeyError } from './witness-key';
import { WitnessStateError } from './witness-state';

const log = (line: string): void => void process.stdout.write(`${stampedLine(line)}\n`);

/**
 * `npm run witness -- --log <log verifier key>`: a witness (https://c2sp.org/tlog-witness) that another office runs,
 * the inspectorate for instance, on its own machine, with its own key: it cosigns each checkpoint of the log that
 * extends the last one it cosigned, and refuses any other. See docs/ledger.md, "Witnesses".
 */
async function main(): Promise<void> {
  const parsed = parseWitnessArguments(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(`${WITNESS_USAGE}\n`);
    return;
  }
  const witness = await startWitness({
    ...parsed,
    keyFile: process.env.WITNESS_SIGNING_KEY_FILE?.trim() || undefined,
    log,
  });
  log(
    witness.keyCreated
      ? `Đã tạo khóa ký mới của nhân chứng ${witness.signer.name}, lưu ở ${witness.keySource} (chỉ chủ sở hữu đọc được; hãy sao lưu).`
      : `Khóa ký của nhân chứng ${witness.signer.name}: ${witness.keySource}.`,
  );
  log(`Khóa kiểm tra của nhân chứng (công khai): ${witness.verifierKey}`);
  log(`Cấu hình ở phía sổ cái: LEDGER_WITNESSES=${witness.url}|${witness.verifierKey}`);
  for (const key of parsed.logs) {
    const last = witness.state.get(key.name);
    log(
      last
        ? `Theo dõi sổ cái ${key.name}: đã ký đồng xác nhận đến cây ${last.size} lá.`
        : `Theo dõi sổ cái ${key.name}: chưa ký checkpoint nào.`,
    );
  }
  log(`Nhân chứng đang nghe tại ${witness.url} (POST /add-checkpoint); dừng bằng Ctrl+C.`);
  const stop = (signal: string): void => {
    log(`${signal}: dừng nhận yêu cầu mới, chờ các yêu cầu đang xử lý.`);
    witness.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof WitnessUsageError) {
    process.stderr.write(`${error.message}\n\n${WITNESS_USAGE}\n`);
    process.exit(2);
  }
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    error instanceof WitnessKeyError || error instanceof WitnessStateError
      ? error.message
      : code === 'EADDRINUSE'
        ? `Cổng đã có chương trình khác dùng: ${(error as Error).message}. Chọn cổng khác bằng --port.`
        : ((error as Error).stack ?? String(error));
  process.stderr.write(`${stampedLine(`Nhân chứng không khởi động được: ${message}`)}\n`);
  process.exit(1);
});
